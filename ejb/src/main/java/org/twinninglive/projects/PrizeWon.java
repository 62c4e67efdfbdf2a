package org.twinninglive.projects;

import java.util.List;

/**
 * The css marked a project's application a winner of its category (P5): {@code memberIds} are the
 * teachers the prize's certificate is theirs (every member of the project); {@code applicantId} is
 * null once their account is erased.
 */
public record PrizeWon(String applicationId, String roundId, String roundName, String category, String projectId,
                       String applicantId, List<String> memberIds, String title) {
}
