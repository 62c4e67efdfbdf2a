package org.twinninglive.projects;

import java.util.List;

/** An invited teacher accepted: they are a founder or a partner now; the other founders hear of it (P3). */
public record ProjectJoined(String projectId, String memberId, PartnerRole role, List<String> founderIds,
                            String title) {
}
