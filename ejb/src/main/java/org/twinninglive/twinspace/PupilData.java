package org.twinninglive.twinspace;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** Everything the platform holds about a pupil (T2), for the teacher who asks: login, wall posts, forum posts. */
public record PupilData(String id, String projectId, String nickname, String username, boolean administrator,
                        Instant createdAt, List<WallPostView> wallPosts, List<?> forumPosts) implements Serializable {
}
