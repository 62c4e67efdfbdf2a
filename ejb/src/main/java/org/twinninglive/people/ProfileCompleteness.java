package org.twinninglive.people;

import java.io.Serializable;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import org.twinninglive.progression.ParticipationRecorded;

/**
 * What a complete profile is, in one place: what partners look at when they choose whom to
 * work with (U2, J2), that is who you are (your name, a short biography), what and whom you
 * teach (at least one subject, your pupils' ages), in which languages you can work (at least
 * one), and at which school (your current one, U3). Being complete earns the progression credit
 * {@value #CATEGORY} once (S2, elementary), whichever change makes it so.
 * <p>
 * A photo is not part of it: it earns a credit of its own (photo-added), and a teacher may
 * rightly prefer not to show their face; requiring one held the credit back from every teacher
 * who had filled in everything else.
 *
 * @param missing what is still to fill in, in the order of {@link Field}; empty when complete
 */
public record ProfileCompleteness(List<Field> missing) implements Serializable {

    /** The progression category a complete profile is credited under (the rule table's). */
    public static final String CATEGORY = "profile-completed";

    /** A profile is completed once, whatever happens to it later. */
    static final String REFERENCE = "profile";

    /** The parts of a complete profile, in the order pages list them. */
    public enum Field {
        NAME,
        BIO,
        SUBJECTS,
        LANGUAGES,
        PUPILS_AGES,
        SCHOOL
    }

    public ProfileCompleteness {
        missing = List.copyOf(missing);
    }

    /**
     * Reads the parts of a profile: a part counts once it says something (a name or a biography
     * that is not blank, at least one subject and one language, both ends of the age range, a
     * current school).
     */
    static ProfileCompleteness of(String name, String bio, Collection<?> subjects, Collection<?> languages,
                                  Integer pupilsAgeFrom, Integer pupilsAgeTo, boolean atASchool) {
        var missing = EnumSet.noneOf(Field.class);
        if (name == null || name.isBlank()) {
            missing.add(Field.NAME);
        }
        if (bio == null || bio.isBlank()) {
            missing.add(Field.BIO);
        }
        if (subjects == null || subjects.isEmpty()) {
            missing.add(Field.SUBJECTS);
        }
        if (languages == null || languages.isEmpty()) {
            missing.add(Field.LANGUAGES);
        }
        if (pupilsAgeFrom == null || pupilsAgeTo == null) {
            missing.add(Field.PUPILS_AGES);
        }
        if (!atASchool) {
            missing.add(Field.SCHOOL);
        }
        return new ProfileCompleteness(List.copyOf(missing));
    }

    public boolean complete() {
        return missing.isEmpty();
    }

    /** What progression is told when this profile is complete; credited once however often it is told. */
    static ParticipationRecorded credit(String profileId) {
        return new ParticipationRecorded(profileId, CATEGORY, REFERENCE);
    }
}
