package org.twinninglive.people;

/**
 * The National Support Service approved a teacher's account (U6). Fired in the decision's
 * transaction.
 *
 * @param profileId the teacher
 */
public record AccountValidated(String profileId) {
}
