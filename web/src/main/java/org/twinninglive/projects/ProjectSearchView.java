package org.twinninglive.projects;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import org.twinninglive.people.Subject;
import org.twinninglive.platform.CurrentIdentity;
import org.twinninglive.platform.InvalidInputException;
import org.twinninglive.platform.PageMessages;
import org.twinninglive.platform.Pager;

/**
 * Backs projects/search.xhtml (P2), open to visitors: search projects by words and filters; the
 * signed-in also find their own pending ones, an nss those of their country.
 */
@Named
@ViewScoped
public class ProjectSearchView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentIdentity identity;

    @Inject
    ProjectSearch search;

    private String q;
    private String subject;
    private Integer age;
    private String language;
    private String country;
    private String status;
    private Integer year;
    private String label;
    private ProjectCriteria criteria = ProjectCriteria.ANY;

    private final Pager<ProjectSummary> results = new Pager<>(page -> search.search(identity.get(), criteria, page));

    /** Runs the search with what the form holds; a wrong field is named, the last results stay. */
    public void search() {
        try {
            criteria = ProjectCriteria.of(q, subject, age == null ? null : age.toString(), language, country, status,
                    year == null ? null : year.toString(), label);
            results.restart();
        } catch (InvalidInputException wrong) {
            PageMessages.showRefusal(FacesMessage.SEVERITY_WARN, "projects.search.invalid", wrong);
        }
    }

    public Pager<ProjectSummary> getResults() {
        return results;
    }

    public List<Subject> getSubjects() {
        return Arrays.asList(Subject.values());
    }

    public List<String> getStatuses() {
        return Arrays.stream(ProjectStatus.values()).map(Enum::name).toList();
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public Integer getAge() {
        return age;
    }

    public void setAge(Integer age) {
        this.age = age;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
    }

    public String getLabel() {
        return label;
    }

    public void setLabel(String label) {
        this.label = label;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }
}
