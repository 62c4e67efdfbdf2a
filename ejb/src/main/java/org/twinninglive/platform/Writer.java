package org.twinninglive.platform;

/**
 * Who writes (a post, a page): a person, as their profile, or a pupil of the owner (T2), as the id
 * their space gives them; exactly one of the two.
 */
public record Writer(String profileId, String pupilId) {

    public Writer {
        if ((profileId == null) == (pupilId == null)) {
            throw new IllegalArgumentException("a writer is a person or a pupil");
        }
    }

    public static Writer person(String profileId) {
        return new Writer(profileId, null);
    }

    public static Writer pupil(String pupilId) {
        return new Writer(null, pupilId);
    }

    public boolean isPupil() {
        return pupilId != null;
    }

    /** The id the writer is known by in views and notifications. */
    public String id() {
        return isPupil() ? pupilId : profileId;
    }
}
