package org.twinninglive.schools;

/** A school as pages and partner systems see it. */
public record SchoolView(String id, String name, String country, String city, String type, String nationalId)
        implements java.io.Serializable {

    public static SchoolView of(School school) {
        return new SchoolView(school.id(), school.name(), school.country(), school.city(),
                school.type().name(), school.nationalId());
    }
}
