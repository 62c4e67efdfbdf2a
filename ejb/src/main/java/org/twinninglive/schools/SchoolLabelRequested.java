package org.twinninglive.schools;

/** A teacher applied for their school's eTwinning School label: the nss of {@code country} decides. */
public record SchoolLabelRequested(String applicationId, String schoolId, String applicantId, String country,
                                   String schoolName) {
}
