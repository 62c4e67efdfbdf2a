/** Notifications (N2) through the API: the list, read state, the unread count. */
package org.twinninglive.notifications;
