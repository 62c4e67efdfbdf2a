package org.twinninglive.people;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The languages a user can choose for the platform's texts (X1). */
public enum Language {
    ENGLISH("en"),
    SPANISH("es"),
    FRENCH("fr"),
    GERMAN("de");

    public static final Language DEFAULT = ENGLISH;

    private final String tag;

    Language(String tag) {
        this.tag = tag;
    }

    public String tag() {
        return tag;
    }

    public Locale locale() {
        return Locale.forLanguageTag(tag);
    }

    public static Optional<Language> find(String tag) {
        if (tag == null) {
            return Optional.empty();
        }
        String wanted = tag.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(language -> language.tag.equals(wanted)).findFirst();
    }

    static Language fromTag(String tag) {
        return find(tag).orElse(DEFAULT);
    }
}
