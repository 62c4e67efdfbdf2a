package org.twinninglive.contacts;

/** Where a contact request stands (C2). */
public enum RequestStatus {
    PENDING,
    ACCEPTED,
    DECLINED,
    CANCELLED
}
