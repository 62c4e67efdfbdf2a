/** Notifications (N2): what features announce, stored as bundle keys with arguments and rendered in the reader's language when read; grouped; pushed live. */
package org.twinninglive.notifications;
