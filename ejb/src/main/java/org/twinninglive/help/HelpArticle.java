package org.twinninglive.help;

import java.io.Serializable;
import java.util.List;

/** One question of the help centre with its answer, in paragraphs of plain text. */
public record HelpArticle(String slug, String topic, String question, List<String> paragraphs, String keywords)
        implements Serializable {
}
