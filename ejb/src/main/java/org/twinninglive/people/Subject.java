package org.twinninglive.people;

import java.util.Arrays;
import java.util.Optional;

/** What a teacher teaches: a shared list, so that advanced search can filter on it (U2, F2). */
public enum Subject {
    ARTS,
    BIOLOGY,
    CHEMISTRY,
    CITIZENSHIP,
    COMPUTER_SCIENCE,
    CROSS_CURRICULAR,
    ECONOMICS,
    FOREIGN_LANGUAGES,
    GEOGRAPHY,
    HISTORY,
    MATHEMATICS,
    MOTHER_TONGUE,
    MUSIC,
    PHYSICAL_EDUCATION,
    PHYSICS,
    PRE_SCHOOL,
    RELIGION_ETHICS,
    SCIENCE,
    SPECIAL_NEEDS,
    TECHNOLOGY,
    VOCATIONAL_TRAINING,
    OTHER;

    public static Optional<Subject> find(String code) {
        return code == null ? Optional.empty()
                : Arrays.stream(values()).filter(s -> s.name().equalsIgnoreCase(code.strip())).findFirst();
    }
}
