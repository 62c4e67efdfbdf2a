package org.twinninglive.projects;

/** One founder country's decision on a project. */
public enum ApprovalStatus {
    PENDING, APPROVED, REJECTED
}
