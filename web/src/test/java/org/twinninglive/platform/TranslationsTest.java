package org.twinninglive.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every language the pages offer says everything the English bundle says, with the same blanks. */
class TranslationsTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+}");

    @ParameterizedTest
    @ValueSource(strings = {"es", "fr", "de"})
    void aTranslationHasEveryKeyAndTheSamePlaceholders(String language) throws IOException {
        var english = load("");
        var translated = load("_" + language);

        assertThat(new TreeSet<>(translated.stringPropertyNames()))
                .as("keys of messages_%s", language).isEqualTo(new TreeSet<>(english.stringPropertyNames()));
        for (String key : english.stringPropertyNames()) {
            assertThat(placeholders(translated.getProperty(key))).as("placeholders of %s in %s", key, language)
                    .isEqualTo(placeholders(english.getProperty(key)));
            assertThat(translated.getProperty(key)).as("%s in %s", key, language).isNotBlank();
        }
    }

    /** A straight quote would be eaten by MessageFormat where a text has blanks or is a refusal. */
    @ParameterizedTest
    @ValueSource(strings = {"", "_es", "_fr", "_de"})
    void noFormattedTextHasAStraightQuote(String suffix) throws IOException {
        var bundle = load(suffix);
        for (String key : bundle.stringPropertyNames()) {
            String text = bundle.getProperty(key);
            if (key.startsWith("refusal.") || PLACEHOLDER.matcher(text).find()) {
                assertThat(text).as("%s%s", key, suffix).doesNotContain("'");
            }
        }
    }

    @Test
    void englishReadersGetEnglishWhateverTheServersOwnLanguage() {
        var before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMAN);
            ResourceBundle.clearCache();

            assertThat(ResourceBundle.getBundle(PageMessages.BUNDLE, Locale.ENGLISH).getString("contacts.title"))
                    .isEqualTo("My contacts");
        } finally {
            Locale.setDefault(before);
            ResourceBundle.clearCache();
        }
    }

    private static TreeSet<String> placeholders(String text) {
        var found = new TreeSet<String>();
        PLACEHOLDER.matcher(text).results().forEach(match -> found.add(match.group()));
        return found;
    }

    private static Properties load(String suffix) throws IOException {
        var properties = new Properties();
        try (InputStream in = TranslationsTest.class.getResourceAsStream(
                "/" + PageMessages.BUNDLE.replace('.', '/') + suffix + ".properties")) {
            assertThat(in).as("bundle%s", suffix).isNotNull();
            properties.load(in);
        }
        return properties;
    }
}
