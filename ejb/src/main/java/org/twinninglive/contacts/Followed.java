package org.twinninglive.contacts;

/**
 * Someone started following someone (C1). Fired once per follow, in the follow's transaction.
 *
 * @param followerId who follows
 * @param followedId who is followed
 */
public record Followed(String followerId, String followedId) {
}
