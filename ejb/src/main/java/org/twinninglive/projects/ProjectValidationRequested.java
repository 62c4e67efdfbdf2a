package org.twinninglive.projects;

/** A founder country's nss has a project to decide: at its creation, or when a co-founder of another country joins (P4). */
public record ProjectValidationRequested(String projectId, String requesterId, String country, String title) {
}
