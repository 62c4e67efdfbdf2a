package org.twinninglive.learning;

import java.io.Serializable;
import java.util.List;
import org.twinninglive.people.Language;

/** A module with its steps, as a learner reads it in one language: never with the right answers. */
public record ModuleDetail(String id, String slug, String title, String summary, int minutes, List<Step> steps)
        implements Serializable {

    public record Step(int position, String kind, String title, String body, String videoUrl, String question,
                       List<String> choices) implements Serializable {

        /** The body in paragraphs: blank lines separate them. */
        public List<String> paragraphs() {
            return body == null ? List.of() : java.util.Arrays.stream(body.split("\\R\\s*\\R"))
                    .map(String::strip).filter(paragraph -> !paragraph.isEmpty()).toList();
        }
    }

    static ModuleDetail of(LearningModule module, Language language) {
        var text = module.text(language);
        return new ModuleDetail(module.id(), module.slug(), text.title(), text.summary(), module.minutes(),
                module.steps().stream()
                        .map(step -> {
                            var words = step.text(language);
                            return new Step(step.position(), step.kind().name(), words.title(), words.body(),
                                    step.videoUrl(), words.question(), words.choiceList());
                        })
                        .toList());
    }
}
