package org.twinninglive.projects;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;

/**
 * What the projects feature tells the schools feature about a school's labelled projects, for
 * the eTwinning School label's criterion, so that schools never reads the project tables.
 */
@Stateless
@PermitAll
public class LabelledSchools {

    @Inject
    ProjectRepository projects;

    /**
     * Whether a project one of whose members joined from this school was given the National
     * Quality Label of that member's country at {@code since} or later.
     */
    public boolean hasRecentNationalLabel(String schoolId, Instant since) {
        return projects.hasNationalLabelSince(schoolId, since);
    }
}
