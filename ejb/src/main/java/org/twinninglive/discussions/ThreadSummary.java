package org.twinninglive.discussions;

import java.io.Serializable;
import java.time.Instant;

/**
 * A thread in its owner's list: who opened it (a null name: a former member; {@code byPupil}: a
 * pupil of the owner, T2), its posts, its last activity.
 */
public record ThreadSummary(String id, String title, String createdBy, String createdByName, Instant createdAt,
                            int posts, Instant lastPostAt, boolean pinned, boolean locked, boolean byPupil) implements Serializable {
}
