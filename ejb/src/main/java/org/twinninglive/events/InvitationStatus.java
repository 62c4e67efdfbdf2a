package org.twinninglive.events;

/** An invitation to an event, until it is answered. */
public enum InvitationStatus {
    PENDING, ACCEPTED, DECLINED
}
