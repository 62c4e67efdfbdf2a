package org.twinninglive.projects;

import java.io.Serializable;
import java.text.Normalizer;
import java.util.Locale;
import org.twinninglive.people.Subject;
import org.twinninglive.platform.InvalidInputException;

/**
 * What project search looks for (P2): words of the title, the description or a member's school,
 * and filters: a subject, a pupils' age the project's range includes, a working language, the
 * country of any member, a status, the year it was created, a quality label it holds. Every
 * field is optional.
 */
public record ProjectCriteria(String query, Subject subject, Integer age, String language, String country,
                              ProjectStatus status, Integer year, QualityLabelLevel label) implements Serializable {

    public static final int MAX_QUERY = 200;

    public static final ProjectCriteria ANY = new ProjectCriteria(null, null, null, null, null, null, null, null);

    /** Reads the parameters as sent, naming the first one that is wrong. */
    public static ProjectCriteria of(String query, String subject, String age, String language, String country,
                                     String status, String year, String label) {
        String q = blank(query) ? null : Normalizer.normalize(query.strip(), Normalizer.Form.NFC);
        if (q != null && q.length() > MAX_QUERY) {
            throw new InvalidInputException("q", "q has at most " + MAX_QUERY + " characters.")
                    .shownAs("query.tooLong", MAX_QUERY);
        }
        Subject s = blank(subject) ? null : Subject.find(subject).orElseThrow(() -> new InvalidInputException("subject",
                "subject must be one of " + java.util.Arrays.toString(Subject.values()) + ".").shownAs("search.subject"));
        String l = blank(language) ? null : language.strip().toLowerCase(Locale.ROOT);
        if (l != null && !l.matches("[a-z]{2}")) {
            throw new InvalidInputException("language", "language must be a two-letter ISO 639-1 code, such as fr.")
                    .shownAs("search.language");
        }
        String c = blank(country) ? null : country.strip().toUpperCase(Locale.ROOT);
        if (c != null && !c.matches("[A-Z]{2}")) {
            throw new InvalidInputException("country", "country must be a two-letter ISO code, such as ES.")
                    .shownAs("country.code");
        }
        ProjectStatus st = null;
        if (!blank(status)) {
            try {
                st = ProjectStatus.valueOf(status.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException unknown) {
                throw new InvalidInputException("status", "status must be PENDING, OPEN, REJECTED or CLOSED.")
                        .shownAs("project.search.status");
            }
        }
        return new ProjectCriteria(q, s, number("age", age, 0, 100, "project.search.age"), l, c, st,
                number("year", year, 2000, 2200, "project.search.year"),
                blank(label) ? null : QualityLabelLevel.of(label, "label"));
    }

    private static Integer number(String field, String value, int min, int max, String textKey) {
        if (blank(value)) {
            return null;
        }
        try {
            int n = Integer.parseInt(value.strip());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException notANumber) {
            // falls through to the message
        }
        throw new InvalidInputException(field, field + " must be a whole number between " + min + " and " + max + ".")
                .shownAs(textKey, min, max);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
