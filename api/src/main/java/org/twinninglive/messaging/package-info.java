/** Internal mail (N3) through the API: threads, messages, replies, unread state. */
package org.twinninglive.messaging;
