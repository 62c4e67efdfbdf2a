package org.twinninglive.learning;

import java.io.Serializable;

/** A module in the catalogue; {@code completed} is the viewer's own state (false for visitors). */
public record ModuleSummary(String id, String slug, String title, String summary, String topic, int minutes,
                            boolean completed) implements Serializable {
}
