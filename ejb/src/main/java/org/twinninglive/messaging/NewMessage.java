package org.twinninglive.messaging;

import java.util.List;

/**
 * What a writer sends to start a thread, as typed: the service checks every part.
 *
 * @param to          profile ids of the recipients (1 to 20)
 * @param subject     one line, at most 200 characters
 * @param body        HTML (sanitised on arrival), at most 20,000 characters once sanitised
 * @param attachments ids of files the writer uploaded and has not attached elsewhere (at most 10)
 */
public record NewMessage(List<String> to, String subject, String body, List<String> attachments) {
}
