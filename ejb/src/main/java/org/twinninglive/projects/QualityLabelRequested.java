package org.twinninglive.projects;

/** A member applied for a quality label (P5): the nss of {@code country}, or the css for a European one, reviews it. */
public record QualityLabelRequested(String applicationId, String projectId, String applicantId, QualityLabelLevel level,
                                    String country, String title) {
}
