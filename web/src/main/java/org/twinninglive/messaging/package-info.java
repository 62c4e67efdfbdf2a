/**
 * The mail pages (N3): the folders with search (messages/index.xhtml), a thread with its reply
 * form (messages/thread.xhtml) and a new message (messages/new.xhtml). Their beans hold view
 * state only; the rules are {@code MessageService}'s and {@code MessagingAccess}'s.
 */
package org.twinninglive.messaging;
