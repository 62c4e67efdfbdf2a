package org.twinninglive.schools;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/**
 * An application for the eTwinning School label as the school's teachers and the nss of its
 * country see it: the school and the day it came to the platform ({@code schoolOnPlatformSince},
 * in its country's time zone), who applied, the head's declaration and the statement, the active
 * teachers counted when applying, and once decided the status, the reason (of a rejection, or a
 * word with an approval) and the last day of the label.
 */
public record SchoolLabelView(String id, String schoolId, String schoolName, LocalDate schoolOnPlatformSince,
                              String country, String applicantId, String applicantName, boolean headDeclaration,
                              String statement, int activeTeachers, String status, String reason,
                              LocalDate validUntil, Instant createdAt, Instant reviewedAt) implements Serializable {
}
