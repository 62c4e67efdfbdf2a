package org.twinninglive.projects;

/** A member applied for a European Prize for their project (P5), in a category of a round. */
public record PrizeApplied(String applicationId, String roundId, String projectId, String applicantId, String category,
                           String title) {
}
