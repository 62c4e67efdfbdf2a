package org.twinninglive.projects;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * A quality label application as its applicant, the project's members and its reviewer see it
 * (P5): the five criteria with the applicant's texts and, once reviewed, the scores and comments.
 */
public record QualityLabelView(String id, String projectId, String projectTitle, String level, String country,
                               String applicantId, String applicantName, String status, List<Criterion> criteria,
                               Integer total, String reason, Instant createdAt, Instant reviewedAt)
        implements Serializable {

    /** One criterion: its key (as in the request), the applicant's text, the score (0–5) and comment once reviewed. */
    public record Criterion(String key, String answer, Integer score, String comment) implements Serializable {
    }
}
