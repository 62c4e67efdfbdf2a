package org.twinninglive.twinspace;

import java.io.Serializable;
import java.time.Instant;

/**
 * A post of the pupil wall (T2): its author (a null name: a former member or a removed pupil;
 * {@code byPupil}: a pupil's nickname), its words; {@code hidden} ones reach the teachers alone.
 */
public record WallPostView(String id, String authorId, String authorName, boolean byPupil, String body,
                           Instant createdAt, boolean hidden) implements Serializable {
}
