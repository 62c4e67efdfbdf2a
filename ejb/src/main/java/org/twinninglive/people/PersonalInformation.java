package org.twinninglive.people;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.twinninglive.platform.InvalidInputException;
import org.twinninglive.platform.Texts;

/**
 * What a user tells others about themselves (U2), checked: a name, a bio of at most 2,000
 * characters (both by the rule of {@link Texts}), subjects from {@link Subject}, languages as ISO 639-1 codes, and the ages of
 * their pupils as a range within 2–25.
 */
public record PersonalInformation(String name, String bio, Set<Subject> subjects, Set<String> languages,
                                  Integer pupilsAgeFrom, Integer pupilsAgeTo) {

    public static final int MIN_AGE = 2;
    public static final int MAX_AGE = 25;
    private static final Set<String> ISO_LANGUAGES = Set.of(Locale.getISOLanguages());

    public PersonalInformation {
        subjects = subjects == null || subjects.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(subjects));
        languages = languages == null ? Set.of() : Set.copyOf(languages);
    }

    /** Reads what a form or a JSON body sent, naming the first field that is wrong. */
    public static PersonalInformation of(String name, String bio, Collection<String> subjects,
                                         Collection<String> languages, Integer pupilsAgeFrom, Integer pupilsAgeTo) {
        String cleanName = Texts.line(name, "name");
        if (cleanName.isEmpty() || cleanName.length() > 200) {
            throw new InvalidInputException("name", "name is required and has at most 200 characters.")
                    .shownAs("profile.name");
        }
        String cleanBio = Texts.paragraphs(bio, "bio");
        cleanBio = cleanBio.isEmpty() ? null : cleanBio;
        if (cleanBio != null && cleanBio.length() > 2000) {
            throw new InvalidInputException("bio", "bio has at most 2,000 characters.")
                    .shownAs("profile.bio", cleanBio.length());
        }
        var chosenSubjects = subjectsOf(subjects, "subjects");
        var chosenLanguages = languagesOf(languages, "languages");
        if (chosenLanguages.size() > 20 || chosenSubjects.size() > 10) {
            throw new InvalidInputException(chosenLanguages.size() > 20 ? "languages" : "subjects",
                    "choose at most 20 languages and 10 subjects.").shownAs("profile.tooMany");
        }
        if ((pupilsAgeFrom == null) != (pupilsAgeTo == null)) {
            throw new InvalidInputException(pupilsAgeFrom == null ? "pupilsAgeFrom" : "pupilsAgeTo",
                    "give both ends of your pupils' age range, or neither.").shownAs("profile.ages.bothEnds");
        }
        if (pupilsAgeFrom != null) {
            checkAge("pupilsAgeFrom", pupilsAgeFrom);
            checkAge("pupilsAgeTo", pupilsAgeTo);
            if (pupilsAgeFrom > pupilsAgeTo) {
                throw new InvalidInputException("pupilsAgeTo", "pupilsAgeTo must not be below pupilsAgeFrom.")
                        .shownAs("profile.ages.order");
            }
        }
        return new PersonalInformation(cleanName, cleanBio, chosenSubjects, chosenLanguages, pupilsAgeFrom, pupilsAgeTo);
    }

    /** Subjects by their codes (case and spaces ignored), naming the field when one is unknown. */
    public static Set<Subject> subjectsOf(Collection<String> codes, String field) {
        var chosen = EnumSet.noneOf(Subject.class);
        for (String code : codes == null ? Set.<String>of() : codes) {
            chosen.add(Subject.find(code).orElseThrow(() -> new InvalidInputException(field,
                    "unknown subject \"" + code + "\"; use one of " + Arrays.toString(Subject.values()) + ".")
                            .shownAs("profile.subject", code)));
        }
        return chosen;
    }

    /** Languages as two-letter ISO 639-1 codes, lower case, naming the field when one is not such a code. */
    public static TreeSet<String> languagesOf(Collection<String> codes, String field) {
        var chosen = new TreeSet<String>();
        for (String code : codes == null ? Set.<String>of() : codes) {
            String tag = code == null ? "" : code.strip().toLowerCase(Locale.ROOT);
            if (!ISO_LANGUAGES.contains(tag) || tag.length() != 2) {
                throw new InvalidInputException(field,
                        "languages are two-letter ISO 639-1 codes such as en, es, fr; \"" + code + "\" is not one.")
                                .shownAs("profile.language", code);
            }
            chosen.add(tag);
        }
        return chosen;
    }

    /** A pupils' age, between {@value #MIN_AGE} and {@value #MAX_AGE}. */
    public static void checkAge(String field, int age) {
        if (age < MIN_AGE || age > MAX_AGE) {
            throw new InvalidInputException(field, field + " must be between " + MIN_AGE + " and " + MAX_AGE + ".")
                    .shownAs("profile.age.range", MIN_AGE, MAX_AGE);
        }
    }
}
