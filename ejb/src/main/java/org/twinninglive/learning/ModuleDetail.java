package org.twinninglive.learning;

import java.io.Serializable;
import java.util.List;

/** A module with its steps, as a learner reads it: never with the right answers. */
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

    static ModuleDetail of(LearningModule module) {
        return new ModuleDetail(module.id(), module.slug(), module.title(), module.summary(), module.minutes(),
                module.steps().stream()
                        .map(step -> new Step(step.position(), step.kind().name(), step.title(), step.body(),
                                step.videoUrl(), step.question(), step.choiceList()))
                        .toList());
    }
}
