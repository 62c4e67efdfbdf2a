package org.twinninglive.twinspace;

import java.io.Serializable;
import java.util.List;
import java.util.Set;

/**
 * A TwinSpace as its reader sees it (T1): the public part (the project's title, description and
 * cover) for everyone; for its members also the tree of pages ({@code pages}, a page's children
 * right after it) and the Twinboard ({@code recent}: the latest saved versions), absent for
 * anyone else. {@code actions} says what the reader may do now; {@code archived}, whether the
 * project is closed (read-only).
 */
public record SpaceView(String projectId, String title, String description, String coverImageId, String status,
                        boolean archived, Set<SpaceAction> actions, List<SpacePageSummary> pages,
                        List<SpaceRevisionView> recent) implements Serializable {
}
