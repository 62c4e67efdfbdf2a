package org.twinninglive.projects;

/** A teacher created a project, pending its nss (P1). */
public record ProjectCreated(String projectId, String founderId, String title) {
}
