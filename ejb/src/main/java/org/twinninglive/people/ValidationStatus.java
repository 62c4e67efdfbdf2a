package org.twinninglive.people;

/** Where a teacher's account stands in the review by their country's nss (U6). */
public enum ValidationStatus {
    PENDING_VALIDATION,
    VALIDATED,
    REJECTED
}
