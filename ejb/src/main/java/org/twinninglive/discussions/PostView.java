package org.twinninglive.discussions;

import java.io.Serializable;
import java.time.Instant;

/**
 * A post as its readers see it: the sanitised {@code body} and its plain text, or, once a
 * moderator removed it, no words ({@code body} null) and the {@code removalReason} (null: removed
 * with its author's login, T2). A null author name: a former member. {@code byPupil}: the author is a pupil of the owner (T2), their
 * nickname the name, their id the owner's for them.
 */
public record PostView(String id, String threadId, String authorId, String authorName, String body, String bodyText,
                       Instant createdAt, boolean removed, String removalReason, Instant removedAt, boolean byPupil)
        implements Serializable {
}
