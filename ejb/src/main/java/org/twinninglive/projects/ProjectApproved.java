package org.twinninglive.projects;

import java.util.List;

/** Every founder country's nss approved: the project is open (P4). */
public record ProjectApproved(String projectId, List<String> founderIds, String title) {
}
