package org.twinninglive.help;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The help centre over its real English content. */
class HelpCentreTest {

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
}
