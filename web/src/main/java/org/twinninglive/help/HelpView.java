package org.twinninglive.help;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** Backs help/index.xhtml. */
@Named
@ViewScoped
public class HelpView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    HelpCentre help;

    private String query;
    private List<HelpArticle> results;

    public void search() {
        results = help.search(query, locale());
    }

    public List<HelpTopic> getTopics() {
        return help.topics(locale());
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

    private static java.util.Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }
}
