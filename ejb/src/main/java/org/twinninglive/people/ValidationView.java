package org.twinninglive.people;

import java.io.Serializable;
import java.time.Instant;
import org.twinninglive.schools.School;

/**
 * A teacher's account in the nss review queue (U6), with their school; a school the teacher
 * proposed (J2) comes with what the nss checks before approving both: its city and national id.
 */
public record ValidationView(String id, String name, String email, String country, String school, String schoolId,
                             String status, String reason, Instant requestedAt, ProposedSchool proposedSchool)
        implements Serializable {

    /** A school not in the registry yet: approving the account confirms it. */
    public record ProposedSchool(String name, String city, String country, String type, String nationalId)
            implements Serializable {
    }

    static ValidationView of(Profile profile) {
        var school = profile.currentSchool();
        boolean proposed = school != null && school.proposal();
        return new ValidationView(profile.id(), profile.displayName(), profile.email(), profile.validationCountry(),
                school == null ? null : school.name(), school == null ? null : school.id(),
                profile.validationStatus().name(), profile.validationReason(), profile.validationRequestedAt(),
                proposed ? proposal(school) : null);
    }

    private static ProposedSchool proposal(School school) {
        return new ProposedSchool(school.name(), school.city(), school.country(), school.type().name(),
                school.nationalId());
    }
}
