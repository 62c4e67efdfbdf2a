package org.twinninglive.people;

/** A person signed in for the first time and has a profile now. */
public record ProfileCreated(String profileId) {
}
