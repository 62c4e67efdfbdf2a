package org.twinninglive.people;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import org.twinninglive.platform.CurrentIdentity;
import org.twinninglive.platform.InvalidInputException;
import org.twinninglive.platform.PageMessages;
import org.twinninglive.platform.Pager;
import org.twinninglive.platform.Roles;

/** Backs people/index.xhtml, the People tab: search by name or school, and advanced filters (F1–F3). */
@Named
@ViewScoped
public class PeopleSearchView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentIdentity identity;

    @Inject
    PeopleSearch search;

    private String q;
    private String country;
    private String subject;
    private String language;
    private Integer ageFrom;
    private Integer ageTo;
    private String role;
    private SearchCriteria criteria = SearchCriteria.of(null, null, null, null, null, null, null, null);

    private final Pager<PersonSummary> results = new Pager<>(page -> search.search(identity.get(), criteria, page));

    /** Runs the search with what the form holds; a wrong field is named, the last results stay. */
    public void search() {
        try {
            criteria = SearchCriteria.of(q, country, null, subject, language,
                    ageFrom == null ? null : ageFrom.toString(), ageTo == null ? null : ageTo.toString(), role);
            results.restart();
        } catch (InvalidInputException wrong) {
            PageMessages.showRefusal(FacesMessage.SEVERITY_WARN, "people.search.invalid", wrong);
        }
    }

    public Pager<PersonSummary> getResults() {
        return results;
    }

    public List<Subject> getSubjects() {
        return Arrays.asList(Subject.values());
    }

    public List<String> getRoles() {
        return List.of(Roles.TEACHER, Roles.MODERATOR, Roles.NSS, Roles.CSS);
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public Integer getAgeFrom() {
        return ageFrom;
    }

    public void setAgeFrom(Integer ageFrom) {
        this.ageFrom = ageFrom;
    }

    public Integer getAgeTo() {
        return ageTo;
    }

    public void setAgeTo(Integer ageTo) {
        this.ageTo = ageTo;
    }

    public String getRole() {
        return role;
    }

    public void setRole(String role) {
        this.role = role;
    }
}
