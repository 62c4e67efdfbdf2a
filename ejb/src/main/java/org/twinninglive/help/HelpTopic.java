package org.twinninglive.help;

import java.io.Serializable;
import java.util.List;

/** A topic of the help centre with its articles and tutorials. */
public record HelpTopic(String id, String title, List<HelpArticle> articles, List<Tutorial> tutorials)
        implements Serializable {

    /** A curated link to a page of the platform that teaches this topic. */
    public record Tutorial(String title, String path) implements Serializable {
    }
}
