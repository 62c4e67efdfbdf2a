package org.twinninglive.projects;

/** Where an invitation to a project stands; answered once. */
public enum InvitationStatus {
    PENDING, ACCEPTED, DECLINED, CANCELLED
}
