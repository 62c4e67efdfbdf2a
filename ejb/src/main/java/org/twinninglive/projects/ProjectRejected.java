package org.twinninglive.projects;

import java.util.List;

/** An nss rejected the project, with the reason its founders read (P4). */
public record ProjectRejected(String projectId, List<String> founderIds, String reason, String title) {
}
