package org.twinninglive.projects;

import java.util.Locale;
import org.twinninglive.platform.InvalidInputException;

/** The two quality labels of a project (P5): a country's National Quality Label, and the European one. */
public enum QualityLabelLevel {
    /** Given by the nss of the applicant's country. */
    NATIONAL,
    /** Given by the css to a project holding National Quality Labels in two or more countries. */
    EUROPEAN;

    public static QualityLabelLevel of(String value, String field) {
        if (value != null) {
            for (QualityLabelLevel level : values()) {
                if (level.name().equals(value.strip().toUpperCase(Locale.ROOT))) {
                    return level;
                }
            }
        }
        throw new InvalidInputException(field, field + " is NATIONAL or EUROPEAN.").shownAs("label.level");
    }

    /** How a label is written in the project's list of labels: "NATIONAL:ES", "EUROPEAN". */
    String labelOf(String country) {
        return this == NATIONAL ? NATIONAL.name() + ":" + country : EUROPEAN.name();
    }
}
