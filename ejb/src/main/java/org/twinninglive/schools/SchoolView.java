package org.twinninglive.schools;

import java.time.LocalDate;

/**
 * A school as pages and partner systems see it; {@code labelledUntil} is the last day of the
 * eTwinning School label it holds now ({@link SchoolLabels}), null when it holds none.
 */
public record SchoolView(String id, String name, String country, String city, String type, String nationalId,
                         LocalDate labelledUntil) implements java.io.Serializable {

    public static SchoolView of(School school, LocalDate labelledUntil) {
        return new SchoolView(school.id(), school.name(), school.country(), school.city(),
                school.type().name(), school.nationalId(), labelledUntil);
    }
}
