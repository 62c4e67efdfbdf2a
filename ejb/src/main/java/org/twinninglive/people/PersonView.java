package org.twinninglive.people;

import java.io.Serializable;
import java.util.List;

/**
 * A profile as a viewer allowed to see it reads it (U1): the e-mail only when the owner shows
 * it (or to the owner), and how the viewer stands towards the person.
 *
 * @param photoVersion 0 without a photo; changes with each new photo (for addresses that cache)
 * @param validation   PENDING_VALIDATION, VALIDATED or REJECTED (U6); REJECTED for its owner only,
 *                     others read PENDING_VALIDATION
 * @param validationReason why the nss rejected the account; for its owner only
 * @param robotsMayIndex whether search engines may index the page (U4)
 */
public record PersonView(String id, String name, String country, SchoolSummary school, String email, String bio,
                         List<String> subjects, List<String> languages, Integer pupilsAgeFrom, Integer pupilsAgeTo,
                         int photoVersion, String validation, String validationReason, boolean robotsMayIndex,
                         List<MembershipView> schools,
                         Relationship relationship) implements Serializable {

    /** The current school, in short. */
    public record SchoolSummary(String id, String name, String country, String city) implements Serializable {
    }

    /**
     * How the viewer stands towards the person.
     *
     * @param pendingRequestId the open contact request between them, if any
     * @param requestIncoming  whether that request was sent to the viewer (they may accept it)
     */
    public record Relationship(boolean own, boolean signedIn, boolean following, boolean contact,
                               String pendingRequestId, boolean requestIncoming, boolean acceptsRequests)
            implements Serializable {

        public boolean mayFollow() {
            return signedIn && !own;
        }

        public boolean mayInvite() {
            return signedIn && !own && !contact && pendingRequestId == null && acceptsRequests;
        }
    }

    /** What a complete profile would still need, read from what this view shows (its owner sees it all). */
    public ProfileCompleteness completeness() {
        return ProfileCompleteness.of(name, bio, subjects, languages, pupilsAgeFrom, pupilsAgeTo, school != null);
    }

    public boolean hasPhoto() {
        return photoVersion > 0;
    }

    public boolean rejected() {
        return ValidationStatus.REJECTED.name().equals(validation);
    }

    public boolean underReview() {
        return ValidationStatus.PENDING_VALIDATION.name().equals(validation);
    }
}
