package org.twinninglive.help;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.twinninglive.platform.CurrentUser;

/** Backs help/index.xhtml, in the reader's language. */
@Named
@ViewScoped
public class HelpView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    HelpCentre help;

    @Inject
    CurrentUser user;

    private String query;
    private List<HelpArticle> results;

    public void search() {
        results = help.search(query, user.getLocale());
    }

    public List<HelpTopic> getTopics() {
        return help.topics(user.getLocale());
    }

    public String getSupportEmail() {
        return help.supportEmail();
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }

    public List<HelpArticle> getResults() {
        return results;
    }
}
