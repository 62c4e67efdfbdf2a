package org.twinninglive.schools;

import java.time.LocalDate;

/**
 * The nss decided an application for the eTwinning School label. When {@code approved}, the
 * school holds the label until {@code validUntil}; else {@code reason} says why not. The
 * applicant is null once their account is erased.
 */
public record SchoolLabelDecided(String applicationId, String schoolId, String applicantId, String country,
                                 boolean approved, LocalDate validUntil, String reason, String schoolName) {
}
