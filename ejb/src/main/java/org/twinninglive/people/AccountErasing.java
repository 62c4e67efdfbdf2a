package org.twinninglive.people;

/**
 * An account is being erased (U5): every feature observes this (synchronously, in the
 * erasure's transaction) and deletes or anonymises its own rows about the person. A failure
 * rolls the whole erasure back, to be tried again.
 *
 * @param profileId the person's profile; the profile row itself stays, as "former member"
 */
public record AccountErasing(String profileId) {
}
