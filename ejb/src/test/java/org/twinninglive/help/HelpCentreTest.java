package org.twinninglive.help;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The help centre over its real content, in English and its translations. */
class HelpCentreTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\w+}");
    private static final Locale SPANISH = Locale.forLanguageTag("es");

    private final HelpCentre help = new HelpCentre();

    {
        help.supportEmail = "help@agency.example";
    }

    @Test
    void accentsAndCaseDoNotMatter() {
        assertThat(HelpCentre.normalise("José MÜLLER")).isEqualTo("jose muller");
        assertThat(help.search("PRIVÁCY", Locale.ENGLISH)).isNotEmpty()
                .isEqualTo(help.search("privacy", Locale.ENGLISH));
    }

    @Test
    void everyWordMustAppearAndTheQuestionWeighsMost() {
        var results = help.search("delete account", Locale.ENGLISH);

        assertThat(results).isNotEmpty();
        assertThat(results.get(0).question().toLowerCase(Locale.ROOT)).contains("delete");
        assertThat(help.search("delete zzzyx", Locale.ENGLISH)).isEmpty();
        assertThat(help.search("  ", Locale.ENGLISH)).isEmpty();
    }

    @Test
    void theDeletionAnswerGivesTheConfiguredSupportAddress() {
        var deletion = help.search("delete account", Locale.ENGLISH).get(0);

        assertThat(String.join(" ", deletion.paragraphs())).contains("help@agency.example").doesNotContain("{supportEmail}");
    }

    @Test
    void everyTopicHasArticlesAndTutorialsPointInsideThePlatform() {
        var topics = help.topics(Locale.ENGLISH);

        assertThat(topics).isNotEmpty().allSatisfy(topic -> assertThat(topic.articles()).isNotEmpty());
        assertThat(topics.stream().flatMap(topic -> topic.tutorials().stream()))
                .isNotEmpty()
                .allSatisfy(tutorial -> assertThat(tutorial.path()).startsWith("/"));
    }

    @Test
    void theSeedQuestionsAreAnswered() {
        for (String question : new String[] {"help link notifications", "progression areas", "follow contacts",
                "add school", "privacy search engines", "people search", "private events", "quality label",
                "invite partners", "groups closed", "forums partners", "seminars"}) {
            assertThat(help.search(question, Locale.ENGLISH)).as(question).isNotEmpty();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"es", "fr", "de"})
    void everyLanguageSaysEverythingTheEnglishSaysWithTheSamePlaceholders(String language) throws IOException {
        var english = load("");
        var translated = load("_" + language);

        assertThat(new TreeSet<>(translated.stringPropertyNames()))
                .as("keys of HelpCentre_%s", language).isEqualTo(new TreeSet<>(english.stringPropertyNames()));
        for (String key : english.stringPropertyNames()) {
            assertThat(translated.getProperty(key)).as("%s in %s", key, language).isNotBlank();
            assertThat(placeholders(translated.getProperty(key))).as("placeholders of %s in %s", key, language)
                    .isEqualTo(placeholders(english.getProperty(key)));
        }
    }

    @Test
    void aSpanishSearchFindsTheSpanishAnswerWithOrWithoutAccents() {
        var results = help.search("eliminar cuenta", SPANISH);

        assertThat(results).isNotEmpty();
        assertThat(results.get(0).slug()).isEqualTo("delete-account");
        assertThat(results.get(0).question()).isEqualTo("¿Cómo elimino mi cuenta?");
        assertThat(String.join(" ", results.get(0).paragraphs())).contains("help@agency.example");
        assertThat(help.search("busqueda avanzada", SPANISH)).extracting(HelpArticle::slug)
                .contains("advanced-people-search");
        assertThat(help.search("eliminar cuenta", Locale.ENGLISH)).isEmpty();
    }

    @Test
    void englishReadersGetEnglishWhateverTheServersOwnLanguage() {
        var before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMAN);
            ResourceBundle.clearCache();
            var onAGermanServer = new HelpCentre();
            onAGermanServer.supportEmail = "help@agency.example";

            assertThat(onAGermanServer.topics(Locale.ENGLISH).get(0).title()).isEqualTo("Getting started");
            assertThat(onAGermanServer.topics(Locale.ITALIAN).get(0).title()).isEqualTo("Getting started");
            assertThat(onAGermanServer.topics(Locale.GERMAN).get(0).title()).isEqualTo("Erste Schritte");
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
        try (InputStream in = HelpCentreTest.class.getResourceAsStream("HelpCentre" + suffix + ".properties")) {
            assertThat(in).as("HelpCentre%s.properties", suffix).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
