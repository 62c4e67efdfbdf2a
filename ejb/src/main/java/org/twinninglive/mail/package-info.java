/** E-mail (N4): an outbox written in the action's transaction, a sender that claims, retries and sends once, per-kind choices and daily digests. */
package org.twinninglive.mail;
