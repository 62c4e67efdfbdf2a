/**
 * Events (E1, E2, E7): organised by validated teachers, online or face-to-face, public (listed,
 * searchable, open for registration, visitors read them) or private (they exist only for their
 * organisers and the people invited, {@link org.twinninglive.events.EventAccess}); a capacity with
 * a waiting list whose first person takes a seat that frees. The video room, forum, document
 * archive, calendar and repetitions come with the rest of issue 16.
 */
package org.twinninglive.events;
