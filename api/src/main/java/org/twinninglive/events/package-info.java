/** Events through the API (E1, E2, E7): the list and search, an event, its registrations and invitations. */
package org.twinninglive.events;
