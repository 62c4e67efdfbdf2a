package org.twinninglive.schools;

/** Where an application for the eTwinning School label stands: waiting for the nss, then decided. */
public enum SchoolLabelStatus {
    PENDING, APPROVED, REJECTED
}
