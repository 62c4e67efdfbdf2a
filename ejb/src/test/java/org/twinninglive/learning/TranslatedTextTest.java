package org.twinninglive.learning;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which words a reader gets: the translation's where it has them, English for the rest. */
class TranslatedTextTest {

    private final StepText english = new StepText("Check your understanding", "Think of your school history.",
            "Who can take part in a private event?", "Anyone|Only the people invited");

    @Test
    void aLanguageWithoutTranslationReadsEnglish() {
        var read = english.translatedBy(null);

        assertThat(read.title()).isEqualTo("Check your understanding");
        assertThat(read.body()).isEqualTo("Think of your school history.");
        assertThat(read.question()).isEqualTo("Who can take part in a private event?");
        assertThat(read.choiceList()).containsExactly("Anyone", "Only the people invited");
    }

    @Test
    void aTranslationMissingSomeTextsReadsEnglishForThoseOnly() {
        var spanish = new StepText("Comprueba lo que has aprendido", null, " ",
                "Cualquier persona|Solo las personas invitadas");

        var read = english.translatedBy(spanish);

        assertThat(read.title()).isEqualTo("Comprueba lo que has aprendido");
        assertThat(read.body()).isEqualTo("Think of your school history.");
        assertThat(read.question()).isEqualTo("Who can take part in a private event?");
        assertThat(read.choiceList()).containsExactly("Cualquier persona", "Solo las personas invitadas");
    }

    @Test
    void translatedChoicesOfAnotherCountReadEnglishSoTheRightAnswerStaysRight() {
        var french = new StepText("Vérifiez ce que vous avez compris", null, "Qui peut participer à un événement privé ?",
                "Tout le monde|Personne|Seulement les personnes invitées");

        var read = english.translatedBy(french);

        assertThat(read.question()).isEqualTo("Qui peut participer à un événement privé ?");
        assertThat(read.choiceList()).containsExactly("Anyone", "Only the people invited");
    }

    @Test
    void aModuleReadsItsTranslatedTitleAndEnglishForAMissingSummary() {
        var module = new ModuleText("Events and online meetings", "Public and private events.");

        assertThat(module.translatedBy(null).title()).isEqualTo("Events and online meetings");
        var german = module.translatedBy(new ModuleText("Veranstaltungen und Online-Treffen", ""));
        assertThat(german.title()).isEqualTo("Veranstaltungen und Online-Treffen");
        assertThat(german.summary()).isEqualTo("Public and private events.");
    }
}
