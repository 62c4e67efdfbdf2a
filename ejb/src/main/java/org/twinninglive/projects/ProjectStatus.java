package org.twinninglive.projects;

/** Where a project is in its life: see {@link Project}. */
public enum ProjectStatus {
    /** Created; waits for the nss of each founder's country. */
    PENDING,
    /** Approved by every founder country's nss; partners may join. */
    OPEN,
    /** An nss said no, with a reason. */
    REJECTED,
    /** Closed by its founders: read-only, may be reopened. */
    CLOSED;

    /** Whether anyone may see it (open and closed projects are public, P2). */
    public boolean isPublic() {
        return this == OPEN || this == CLOSED;
    }
}
