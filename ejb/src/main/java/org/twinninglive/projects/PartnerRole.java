package org.twinninglive.projects;

/** A member's role: founders run the project (information, partners, closing), partners take part. */
public enum PartnerRole {
    FOUNDER, PARTNER
}
