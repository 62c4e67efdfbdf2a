package org.twinninglive.projects;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A round of the European Prizes as everyone sees it (P5): its categories, its period and where it
 * stands today (UPCOMING, OPEN, CLOSED), and its winners, which are public. {@code applications}
 * only for the css reading one round (absent in lists and for everyone else), by category, oldest
 * first: the round's first {@value PrizeService#MOST_APPLICATIONS_READ}.
 */
public record PrizeRoundView(String id, String name, List<String> categories, LocalDate opensOn, LocalDate closesOn,
                             String status, List<Winner> winners, List<PrizeApplicationView> applications,
                             Instant createdAt) implements Serializable {

    /** A winning project of a category. */
    public record Winner(String category, String applicationId, String projectId, String projectTitle, Instant wonAt)
            implements Serializable {
    }
}
