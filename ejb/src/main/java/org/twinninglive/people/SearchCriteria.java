package org.twinninglive.people;

import java.util.Locale;
import org.twinninglive.platform.InvalidInputException;
import org.twinninglive.platform.Roles;

/**
 * What people search looks for (F1, F2): words of a name or a school, and filters. Every
 * field is optional; an empty search lists everyone the viewer may find, by name.
 */
public record SearchCriteria(String query, String country, String school, String subject, String language,
                             Integer ageFrom, Integer ageTo, String role) implements java.io.Serializable {

    public static final int MAX_QUERY = 200;

    /** Reads the parameters as sent, naming the first one that is wrong. */
    public static SearchCriteria of(String query, String country, String school, String subject, String language,
                                    String ageFrom, String ageTo, String role) {
        String q = blankToNull(query);
        if (q != null && q.length() > MAX_QUERY) {
            throw new InvalidInputException("q", "q has at most " + MAX_QUERY + " characters.")
                    .shownAs("query.tooLong", MAX_QUERY);
        }
        String c = blankToNull(country);
        if (c != null) {
            c = c.toUpperCase(Locale.ROOT);
            if (!c.matches("[A-Z]{2}")) {
                throw new InvalidInputException("country", "country must be a two-letter ISO code, such as ES.")
                        .shownAs("country.code");
            }
        }
        String s = blankToNull(subject);
        if (s != null) {
            s = Subject.find(s).map(Enum::name).orElseThrow(() -> new InvalidInputException("subject",
                    "subject must be one of " + java.util.Arrays.toString(Subject.values()) + ".")
                            .shownAs("search.subject"));
        }
        String l = blankToNull(language);
        if (l != null) {
            l = l.toLowerCase(Locale.ROOT);
            if (!l.matches("[a-z]{2}")) {
                throw new InvalidInputException("language", "language must be a two-letter ISO 639-1 code, such as fr.")
                        .shownAs("search.language");
            }
        }
        String r = blankToNull(role);
        if (r != null) {
            r = r.toLowerCase(Locale.ROOT);
            if (!Roles.ALL.contains(r)) {
                throw new InvalidInputException("role", "role must be one of teacher, moderator, nss, css.")
                        .shownAs("search.role");
            }
        }
        Integer from = age("ageFrom", ageFrom);
        Integer to = age("ageTo", ageTo);
        if (from != null && to != null && from > to) {
            throw new InvalidInputException("ageTo", "ageTo must not be below ageFrom.").shownAs("search.ages.order");
        }
        return new SearchCriteria(q, c, blankToNull(school), s, l, from, to, r);
    }

    private static Integer age(String field, String value) {
        String v = blankToNull(value);
        if (v == null) {
            return null;
        }
        try {
            int age = Integer.parseInt(v);
            if (age >= PersonalInformation.MIN_AGE - 2 && age <= PersonalInformation.MAX_AGE + 75) {
                return age;
            }
        } catch (NumberFormatException notANumber) {
            // falls through to the message
        }
        throw new InvalidInputException(field, field + " must be an age in years, such as 12.").shownAs("search.age");
    }

    /** What was typed, in NFC like every stored text (platform.Texts), or null when nothing was. */
    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null
                : java.text.Normalizer.normalize(value, java.text.Normalizer.Form.NFC).strip();
    }
}
