package org.twinninglive.learning;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Arrays;
import java.util.List;

/** The words of a step in one language: title, body, and for a quiz its question and choices. */
@Embeddable
public class StepText {

    @Column(nullable = false, length = 200)
    private String title;

    @Column(length = 4000)
    private String body;

    @Column(length = 500)
    private String question;

    /** Choices separated by '|', in the order of the English ones (the right answer is an index). */
    @Column(length = 2000)
    private String choices;

    protected StepText() {
    }

    StepText(String title, String body, String question, String choices) {
        this.title = title;
        this.body = body;
        this.question = question;
        this.choices = choices;
    }

    /**
     * This (English) text in the translation's words wherever it has some; null means not
     * translated. Translated choices count only when there are as many as in English, so that
     * the right answer's index still points at the right one.
     */
    StepText translatedBy(StepText translation) {
        if (translation == null) {
            return this;
        }
        boolean sameChoices = translation.choiceList().size() == choiceList().size();
        return new StepText(either(translation.title, title), either(translation.body, body),
                either(translation.question, question), sameChoices ? either(translation.choices, choices) : choices);
    }

    static String either(String translated, String english) {
        return translated == null || translated.isBlank() ? english : translated;
    }

    public String title() {
        return title;
    }

    public String body() {
        return body;
    }

    public String question() {
        return question;
    }

    public List<String> choiceList() {
        return choices == null || choices.isBlank() ? List.of()
                : Arrays.stream(choices.split("\\|")).map(String::strip).toList();
    }
}
