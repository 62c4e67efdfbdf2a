package org.twinninglive.people;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.twinninglive.platform.CurrentUser;

/** Names of languages (ISO 639-1 codes) in the reader's language, from the JDK's locale data. */
@Named
@RequestScoped
public class LanguageNames {

    /** The EU's 24 official languages and the others most often taught in European schools. */
    private static final List<String> OFFERED = List.of("bg", "cs", "da", "de", "el", "en", "es", "et", "fi", "fr",
            "ga", "hr", "hu", "it", "lt", "lv", "mt", "nl", "pl", "pt", "ro", "sk", "sl", "sv", "ar", "ca", "eu", "gl",
            "is", "ja", "lb", "mk", "no", "ru", "sq", "sr", "tr", "uk", "zh");

    @Inject
    CurrentUser currentUser;

    public String of(String code) {
        var reader = currentUser.getLocale();
        String name = Locale.forLanguageTag(code).getDisplayLanguage(reader);
        return name.isEmpty() ? code : name.substring(0, 1).toUpperCase(reader) + name.substring(1);
    }

    /** The offered codes, in the alphabetical order of their names in the reader's language. */
    public List<String> getAll() {
        return OFFERED.stream().sorted(Comparator.comparing(this::of)).toList();
    }
}
