package org.twinninglive.projects;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.twinninglive.media.RichText;
import org.twinninglive.people.Subject;
import org.twinninglive.platform.CurrentIdentity;
import org.twinninglive.platform.InvalidInputException;
import org.twinninglive.platform.NotFoundException;
import org.twinninglive.platform.PageMessages;
import org.twinninglive.platform.TwinningException;

/**
 * Backs projects/edit.xhtml (P1, P4): the form that creates a project ({@code /projects/edit}) or
 * changes its information ({@code /projects/edit?id=}); a project the reader may not edit is
 * "not found" here. The description is written as plain text (paragraphs), kept as rich text.
 */
@Named
@ViewScoped
public class ProjectEditView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentIdentity identity;

    @Inject
    ProjectService projects;

    private String id;
    private String title;
    private String description;
    private List<String> subjects = new ArrayList<>();
    private List<String> languages = new ArrayList<>();
    private Integer ageFrom;
    private Integer ageTo;
    private LocalDate startsOn;
    private LocalDate endsOn;

    public void load() throws IOException {
        if (id == null || id.isBlank() || FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        try {
            var project = projects.view(identity.get(), id);
            if (!project.may(ProjectAction.EDIT.name())) {
                throw new NotFoundException("The project to edit");
            }
            title = project.title();
            description = project.descriptionText();
            subjects = new ArrayList<>(project.subjects());
            languages = new ArrayList<>(project.languages());
            ageFrom = project.ageFrom();
            ageTo = project.ageTo();
            startsOn = project.startsOn();
            endsOn = project.endsOn();
        } catch (NotFoundException hidden) {
            var faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().responseSendError(404, "");
            faces.responseComplete();
        }
    }

    /** Creates or saves, then shows the project's page; a wrong field is said beside it. */
    public void save() throws IOException {
        try {
            var information = ProjectInformation.of(title, RichText.ofPlainText(description).html(), subjects,
                    ageFrom, ageTo, languages, startsOn, endsOn);
            var me = identity.require();
            var project = creating() ? projects.create(me, information) : projects.edit(me, id, information);
            // the project's page says where it stands (pending validation, or its new information)
            var external = FacesContext.getCurrentInstance().getExternalContext();
            external.redirect(external.getRequestContextPath() + "/projects/" + project.id());
        } catch (InvalidInputException wrong) {
            if (!PageMessages.showAtField(wrong)) {
                PageMessages.showRefusal(FacesMessage.SEVERITY_WARN, "project.notSaved", wrong);
            }
        } catch (TwinningException refused) {
            PageMessages.showRefusal(FacesMessage.SEVERITY_WARN, "project.notSaved", refused);
        }
    }

    public boolean creating() {
        return id == null || id.isBlank();
    }

    public List<Subject> getAllSubjects() {
        return Arrays.asList(Subject.values());
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public List<String> getSubjects() {
        return subjects;
    }

    public void setSubjects(List<String> subjects) {
        this.subjects = subjects;
    }

    public List<String> getLanguages() {
        return languages;
    }

    public void setLanguages(List<String> languages) {
        this.languages = languages;
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

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public void setStartsOn(LocalDate startsOn) {
        this.startsOn = startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public void setEndsOn(LocalDate endsOn) {
        this.endsOn = endsOn;
    }
}
