package org.twinninglive.learning;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.twinninglive.platform.InvalidInputException;

/**
 * A self-learning module: steps read in order, ending with a short quiz. The module is done
 * when every quiz question is answered right.
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

    @OneToMany(mappedBy = "module")
    @OrderBy("position")
    private List<LearningStep> steps = new ArrayList<>();

    protected LearningModule() {
    }

    /** Checks the answers (step position → choice index); the first wrong one is named. */
    void checkAnswers(Map<Integer, Integer> answers) {
        for (var step : steps) {
            if (!step.accepts(answers.get(step.position()))) {
                throw new InvalidInputException("answers", "The answer to \"" + step.question() + "\" is not right yet.")
                        .shownAs("learning.wrongAnswer", step.question());
            }
        }
    }

    public String id() {
        return id;
    }

    public String slug() {
        return slug;
    }

    public String title() {
        return title;
    }

    public String summary() {
        return summary;
    }

    public String topic() {
        return topic;
    }

    public int minutes() {
        return minutes;
    }

    public List<LearningStep> steps() {
        return List.copyOf(steps);
    }
}
