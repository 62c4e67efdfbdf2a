package org.twinninglive.people;

import java.io.Serializable;
import java.time.Instant;

/** A teacher's account in the nss review queue (U6). */
public record ValidationView(String id, String name, String email, String country, String school, String schoolId,
                             String status, String reason, Instant requestedAt) implements Serializable {

    static ValidationView of(Profile profile) {
        var school = profile.currentSchool();
        return new ValidationView(profile.id(), profile.displayName(), profile.email(), profile.validationCountry(),
                school == null ? null : school.name(), school == null ? null : school.id(),
                profile.validationStatus().name(), profile.validationReason(), profile.validationRequestedAt());
    }
}
