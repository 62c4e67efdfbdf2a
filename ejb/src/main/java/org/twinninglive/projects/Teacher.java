package org.twinninglive.projects;

/**
 * What a project needs to know of a teacher who founds it, is invited or joins: their profile,
 * their current school (null: none) and its country, whether the nss validated their account,
 * and where they stand with the inviting founder as contacts.
 */
public record Teacher(String profileId, String schoolId, String schoolName, String country, boolean validated,
                      Contact contact) {

    /** Where the invited person stands with whoever invites them (C3). */
    public enum Contact { CONTACT, REQUEST_PENDING, NONE }

    public boolean hasSchool() {
        return schoolId != null;
    }
}
