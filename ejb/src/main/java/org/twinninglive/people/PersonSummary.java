package org.twinninglive.people;

import java.io.Serializable;

/** A person in a list (search results, contacts, requests): what partner systems rely on. */
public record PersonSummary(String id, String name, String country, String school, String schoolId,
                            int photoVersion) implements Serializable {

    public static PersonSummary of(Profile profile) {
        var school = profile.currentSchool();
        return new PersonSummary(profile.id(), profile.displayName(), profile.country(),
                school == null ? null : school.name(), school == null ? null : school.id(), profile.photoVersion());
    }

    /** Someone the reader may no longer see (they changed their privacy): the id, nothing else. */
    public static PersonSummary hidden(String id) {
        return new PersonSummary(id, null, null, null, null, 0);
    }

    public boolean visible() {
        return name != null;
    }

    public boolean hasPhoto() {
        return photoVersion > 0;
    }
}
