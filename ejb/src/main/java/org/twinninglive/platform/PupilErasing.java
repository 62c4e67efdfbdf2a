package org.twinninglive.platform;

import java.time.Instant;

/**
 * A pupil's login is being removed (T2), in the removal's transaction: each feature that holds
 * something the pupil wrote erases it (their wall posts, the words of their forum posts), as
 * {@code people.AccountErasing} asks of a person's data.
 */
public record PupilErasing(String pupilId, Instant at) {
}
