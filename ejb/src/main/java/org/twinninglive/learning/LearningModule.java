package org.twinninglive.learning;

import jakarta.persistence.Cacheable;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.twinninglive.people.Language;
import org.twinninglive.platform.InvalidInputException;

/**
 * A self-learning module: steps read in order, ending with a short quiz. The module is done
 * when every quiz question is answered right. Its own columns hold the English words, which
 * stand in for anything a translation (es, fr, de) lacks.
 */
@Entity
@Table(name = "learning_module")
@Cacheable
public class LearningModule {

    @Id
    @Column(length = 36)
    private String id;

    @Column(nullable = false, unique = true, length = 80)
    private String slug;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(nullable = false, length = 1000)
    private String summary;

    @Column(nullable = false, length = 40)
    private String topic;

    @Column(nullable = false)
    private int minutes;

    @Column(nullable = false)
    private int position;

    /** A set, not a list, so that steps and every language's words can be fetched in one query. */
    @OneToMany(mappedBy = "module")
    private Set<LearningStep> steps = new HashSet<>();

    /** Language tag (es, fr, de) → the module's title and summary in that language. */
    @ElementCollection
    @CollectionTable(name = "learning_module_text", joinColumns = @JoinColumn(name = "module_id"))
    @MapKeyColumn(name = "language", length = 2)
    private Map<String, ModuleText> translations = new HashMap<>();

    protected LearningModule() {
    }

    /**
     * Checks the answers (step position → choice index); the first wrong one is named, in
     * English for the API and in the reader's language for the pages.
     */
    void checkAnswers(Map<Integer, Integer> answers, Language language) {
        for (var step : steps()) {
            if (!step.accepts(answers.get(step.position()))) {
                throw new InvalidInputException("answers",
                        "The answer to \"" + step.text(Language.ENGLISH).question() + "\" is not right yet.")
                        .shownAs("learning.wrongAnswer", step.text(language).question());
            }
        }
    }

    /** The title and summary in this language, English for whatever is not translated. */
    public ModuleText text(Language language) {
        return new ModuleText(title, summary).translatedBy(translations.get(language.tag()));
    }

    public String id() {
        return id;
    }

    public String slug() {
        return slug;
    }

    /** The English title, as the progression ledger records it. */
    public String title() {
        return title;
    }

    public String topic() {
        return topic;
    }

    public int minutes() {
        return minutes;
    }

    public List<LearningStep> steps() {
        return steps.stream().sorted(Comparator.comparingInt(LearningStep::position)).toList();
    }
}
