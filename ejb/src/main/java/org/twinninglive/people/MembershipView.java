package org.twinninglive.people;

import java.io.Serializable;
import java.time.LocalDate;

/** A line of a teacher's school history (U3); {@code endedOn} is null for the current school. */
public record MembershipView(String schoolId, String schoolName, String country, String city, LocalDate startedOn,
                             LocalDate endedOn) implements Serializable {

    static MembershipView of(SchoolMembership membership) {
        var school = membership.school();
        return new MembershipView(school.id(), school.name(), school.country(), school.city(),
                membership.startedOn(), membership.endedOn());
    }

    public boolean current() {
        return endedOn == null;
    }
}
