package org.twinninglive.schools;

import java.util.Locale;
import org.twinninglive.platform.Countries;
import org.twinninglive.platform.InvalidInputException;
import org.twinninglive.platform.Texts;

/**
 * A school a teacher does not find in the registry (J2): what the nss needs to recognise it.
 * Made only through {@link #of}, which applies the rules of each field.
 */
public record SchoolProposal(String name, String city, String country, SchoolType type, String nationalId) {

    public static SchoolProposal of(String name, String city, String country, String type, String nationalId) {
        String cleanName = Texts.line(name, "name");
        if (cleanName.length() < 2 || cleanName.length() > 200) {
            throw new InvalidInputException("name", "name of the school is required: 2 to 200 characters.")
                    .shownAs("school.proposal.name");
        }
        String cleanCity = Texts.line(city, "city");
        if (cleanCity.isEmpty() || cleanCity.length() > 120) {
            throw new InvalidInputException("city", "city is required: at most 120 characters.")
                    .shownAs("school.proposal.city");
        }
        String code = country == null ? "" : country.strip().toUpperCase(Locale.ROOT);
        if (!Countries.participates(code)) {
            throw new InvalidInputException("country", "country must be the ISO code of a participating country, such as ES.")
                    .shownAs("school.proposal.country");
        }
        SchoolType kind = typeOf(type);
        String id = Texts.line(nationalId, "nationalId");
        if (id.length() > 60) {
            throw new InvalidInputException("nationalId", "nationalId has at most 60 characters.")
                    .shownAs("school.proposal.nationalId");
        }
        return new SchoolProposal(cleanName, cleanCity, code, kind, id.isEmpty() ? null : id);
    }

    private static SchoolType typeOf(String type) {
        if (type == null || type.isBlank()) {
            throw new InvalidInputException("type", "type is required: one of " + java.util.Arrays.toString(SchoolType.values()) + ".")
                    .shownAs("school.proposal.type");
        }
        try {
            return SchoolType.valueOf(type.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new InvalidInputException("type", "type must be one of " + java.util.Arrays.toString(SchoolType.values()) + ".")
                    .shownAs("school.proposal.type");
        }
    }
}
