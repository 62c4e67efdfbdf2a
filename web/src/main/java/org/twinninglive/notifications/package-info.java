/** The bell (N2): its live count, and the notifications page. */
package org.twinninglive.notifications;
