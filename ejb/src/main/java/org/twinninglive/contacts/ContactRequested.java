package org.twinninglive.contacts;

/**
 * A teacher asked another to become a contact (C2). Fired in the transaction of the request.
 *
 * @param requestId the request
 * @param fromId    who asks
 * @param toId      who is asked
 */
public record ContactRequested(String requestId, String fromId, String toId) {
}
