package org.twinninglive.contacts;

/**
 * A contact request was accepted: the two are contacts now (C2). Fired in the transaction of
 * the answer.
 *
 * @param requestId the request
 * @param fromId    who had asked
 * @param toId      who accepted
 */
public record ContactAccepted(String requestId, String fromId, String toId) {
}
