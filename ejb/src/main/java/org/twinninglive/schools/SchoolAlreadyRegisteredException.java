package org.twinninglive.schools;

import org.twinninglive.platform.ConflictException;

/** A proposed school is one the registry has already: the teacher is pointed to it instead. */
public class SchoolAlreadyRegisteredException extends ConflictException {

    private final SchoolView existing;

    public SchoolAlreadyRegisteredException(SchoolView existing) {
        super("This school is already in the registry, as " + existing.id() + " (" + existing.name() + ", "
                + existing.city() + "): choose it with POST /api/v1/people/me/schools instead of proposing it.");
        this.existing = existing;
        shownAs("school.proposal.exists", existing.name(), existing.city());
    }

    public SchoolView existing() {
        return existing;
    }
}
