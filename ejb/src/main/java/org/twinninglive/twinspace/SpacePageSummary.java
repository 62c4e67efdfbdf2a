package org.twinninglive.twinspace;

import java.io.Serializable;
import java.time.Instant;

/** A page in the tree of a TwinSpace: its place ({@code depth}, 0 at the top) and its current version. */
public record SpacePageSummary(String id, String parentId, String title, int depth, int version, Instant updatedAt)
        implements Serializable {
}
