package org.twinninglive.learning;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import java.util.HashMap;
import java.util.Map;
import org.twinninglive.people.Language;

/**
 * One step of a module: a text, a video link, or a quiz question with its right answer. Its
 * own columns hold the English words; other languages' words are translations, and whatever a
 * translation lacks reads in English.
 */
@Entity
@Table(name = "learning_step")
public class LearningStep {

    @Id
    @Column(length = 36)
    private String id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "module_id")
    private LearningModule module;

    @Column(nullable = false)
    private int position;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private StepKind kind;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(length = 4000)
    private String body;

    @Column(name = "video_url", length = 500)
    private String videoUrl;

    @Column(length = 500)
    private String question;

    /** Choices separated by '|'. */
    @Column(length = 2000)
    private String choices;

    @Column(name = "correct_choice")
    private Integer correctChoice;

    /** Language tag (es, fr, de) → the step's words in that language. */
    @ElementCollection
    @CollectionTable(name = "learning_step_text", joinColumns = @JoinColumn(name = "step_id"))
    @MapKeyColumn(name = "language", length = 2)
    private Map<String, StepText> translations = new HashMap<>();

    protected LearningStep() {
    }

    public boolean isQuiz() {
        return kind == StepKind.QUIZ;
    }

    /** Whether this answer (a choice index, or null) is the right one; non-quiz steps need none. */
    public boolean accepts(Integer answer) {
        return !isQuiz() || (answer != null && answer.equals(correctChoice));
    }

    /** The step's words in this language, English for whatever is not translated. */
    public StepText text(Language language) {
        return new StepText(title, body, question, choices).translatedBy(translations.get(language.tag()));
    }

    public int position() {
        return position;
    }

    public StepKind kind() {
        return kind;
    }

    public String videoUrl() {
        return videoUrl;
    }
}
