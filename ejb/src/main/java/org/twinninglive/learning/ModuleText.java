package org.twinninglive.learning;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A module's title and summary in one language. */
@Embeddable
public class ModuleText {

    @Column(nullable = false, length = 200)
    private String title;

    @Column(nullable = false, length = 1000)
    private String summary;

    protected ModuleText() {
    }

    ModuleText(String title, String summary) {
        this.title = title;
        this.summary = summary;
    }

    /** This (English) text in the translation's words wherever it has some; null means not translated. */
    ModuleText translatedBy(ModuleText translation) {
        if (translation == null) {
            return this;
        }
        return new ModuleText(StepText.either(translation.title, title), StepText.either(translation.summary, summary));
    }

    public String title() {
        return title;
    }

    public String summary() {
        return summary;
    }
}
