package org.twinninglive.projects;

import java.io.Serializable;
import java.time.Instant;

/**
 * A project's application for a prize round as its applicant and the css see it (P5): the round,
 * the project, the category and summary, who applied, and whether (and when) it won.
 */
public record PrizeApplicationView(String id, String roundId, String roundName, String projectId, String projectTitle,
                                   String category, String summary, String applicantId, String applicantName,
                                   boolean winner, Instant createdAt, Instant wonAt) implements Serializable {
}
