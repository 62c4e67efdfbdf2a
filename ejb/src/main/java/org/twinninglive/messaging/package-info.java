/**
 * Internal mail (N3): threads between a writer and up to 20 recipients, replies by any
 * participant, each participant's unread state (the envelope's count), the inbox and sent
 * folders with search, attachments through {@code media.FileStore}, and the person's messages
 * in "download my data" and their erasure (U5). Who may write to whom is
 * {@link org.twinninglive.messaging.MessagingAccess}; every new message is announced as
 * {@link org.twinninglive.messaging.MessagePosted}, which notifications and mail observe.
 */
package org.twinninglive.messaging;
