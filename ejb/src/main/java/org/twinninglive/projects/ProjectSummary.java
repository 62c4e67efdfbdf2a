package org.twinninglive.projects;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * A project in a list (the Projects tab, the nss queue, search): what it is, where from, its
 * cover picture (a thumbnail in lists; none if it has no image), its quality labels
 * ("NATIONAL:ES", "EUROPEAN"), and what the reader may do.
 */
public record ProjectSummary(String id, String title, String status, List<String> subjects, int ageFrom, int ageTo,
                             List<String> languages, List<String> countries, int members, Instant createdAt,
                             String role, List<String> actions, String coverImageId,
                             List<String> labels) implements Serializable {

    public boolean may(String action) {
        return actions.contains(action);
    }
}
