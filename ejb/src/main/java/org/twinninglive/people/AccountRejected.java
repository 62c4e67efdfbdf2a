package org.twinninglive.people;

/**
 * The National Support Service rejected a teacher's account (U6), saying why.
 *
 * @param profileId the teacher
 * @param reason    the officer's reason, as the teacher will read it
 */
public record AccountRejected(String profileId, String reason) {
}
