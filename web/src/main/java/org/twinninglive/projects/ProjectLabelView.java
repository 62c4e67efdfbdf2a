package org.twinninglive.projects;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.twinninglive.platform.CurrentIdentity;
import org.twinninglive.platform.CurrentUser;
import org.twinninglive.platform.InvalidInputException;
import org.twinninglive.platform.NotFoundException;
import org.twinninglive.platform.PageMessages;
import org.twinninglive.platform.TwinningException;

/**
 * Backs projects/label.xhtml, {@code /projects/label?id=} (P5): a member of an approved project
 * reads the project's quality label applications with their scores, comments and reasons, and
 * applies for the label they may apply for now, one text per criterion. Anyone else: not found.
 */
@Named
@ViewScoped
public class ProjectLabelView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentIdentity identity;

    @Inject
    CurrentUser currentUser;

    @Inject
    ProjectService projects;

    @Inject
    QualityLabelService labels;

    private String id;
    private ProjectView project;
    private List<QualityLabelView> applications = List.of();
    private String level;
    private final Map<String, String> answers = new HashMap<>();
    /** The field refused by the last attempt: rows of a ui:repeat do not keep an input's invalid state to the drawing. */
    private String refusedField;

    public void load() throws IOException {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        try {
            refresh();
            if (myMembership() == null || !ProjectStatus.valueOf(project.status()).isPublic()) {
                throw new NotFoundException("The project's quality labels");
            }
            var levels = getLevels();
            level = levels.isEmpty() ? null : levels.get(0);
        } catch (NotFoundException hidden) {
            var faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().responseSendError(404, "");
            faces.responseComplete();
        }
    }

    /** Sends the application; a criterion left empty is said beside its box, and nothing typed is lost. */
    public void apply() {
        if (level == null || level.isBlank()) {
            PageMessages.show(FacesMessage.SEVERITY_WARN, "label.notSent", "refusal.label.level");
            return;
        }
        var texts = new EnumMap<QualityCriterion, String>(QualityCriterion.class);
        for (QualityCriterion criterion : QualityCriterion.values()) {
            texts.put(criterion, answers.get(criterion.key()));
        }
        refusedField = null;
        try {
            labels.apply(identity.require(), id, QualityLabelLevel.valueOf(level), texts);
            PageMessages.show(FacesMessage.SEVERITY_INFO, "label.sent", "label.sent.detail");
            answers.clear();
            refresh();
            var levels = getLevels();
            level = levels.isEmpty() ? null : levels.get(0);
        } catch (InvalidInputException wrong) {
            refusedField = wrong.field();
            if (!PageMessages.showAtField(wrong)) {
                PageMessages.showRefusal(FacesMessage.SEVERITY_WARN, "label.notSent", wrong);
            }
        } catch (TwinningException refused) {
            PageMessages.showRefusal(FacesMessage.SEVERITY_WARN, "label.notSent", refused);
        }
    }

    private void refresh() {
        project = projects.view(identity.get(), id);
        applications = labels.ofProject(identity.require(), id);
    }

    private ProjectView.Member myMembership() {
        String me = currentUser.isSignedIn() && currentUser.getProfile() != null ? currentUser.getProfile().id() : null;
        return project.members().stream().filter(m -> m.id() != null && m.id().equals(me)).findFirst().orElse(null);
    }

    /**
     * The labels the reader may apply for now: the National Quality Label of the country they
     * joined from unless the project holds it, they applied for it or another member's application for it waits, and the European one once
     * the project holds national labels of two countries. The service still decides.
     */
    public List<String> getLevels() {
        var member = myMembership();
        if (member == null) {
            return List.of();
        }
        String me = member.id();
        var levels = new ArrayList<String>();
        boolean appliedNational = applications.stream()
                .anyMatch(a -> me.equals(a.applicantId()) && QualityLabelLevel.NATIONAL.name().equals(a.level()));
        boolean nationalPending = applications.stream().anyMatch(a -> QualityLabelLevel.NATIONAL.name().equals(a.level())
                && member.country().equals(a.country()) && ApprovalStatus.PENDING.name().equals(a.status()));
        if (!appliedNational && !nationalPending && !project.labels().contains("NATIONAL:" + member.country())) {
            levels.add(QualityLabelLevel.NATIONAL.name());
        }
        boolean appliedEuropean = applications.stream()
                .anyMatch(a -> me.equals(a.applicantId()) && QualityLabelLevel.EUROPEAN.name().equals(a.level()));
        long national = project.labels().stream().filter(l -> l.startsWith("NATIONAL:")).count();
        if (!appliedEuropean && national >= 2 && !project.labels().contains(QualityLabelLevel.EUROPEAN.name())) {
            levels.add(QualityLabelLevel.EUROPEAN.name());
        }
        return levels;
    }

    /** The country whose National Quality Label the reader would apply for. */
    public String getMyCountry() {
        var member = myMembership();
        return member == null ? null : member.country();
    }

    /** The aria-invalid of a field's input: whether the last attempt was refused for it. */
    public String invalid(String field) {
        return String.valueOf(field.equals(refusedField));
    }

    public List<QualityCriterion> getCriteria() {
        return Arrays.asList(QualityCriterion.values());
    }

    public int getTopScore() {
        return QualityCriterion.TOP_SCORE;
    }

    public int getLongestAnswer() {
        return QualityLabelApplication.LONGEST_ANSWER;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public ProjectView getProject() {
        return project;
    }

    public List<QualityLabelView> getApplications() {
        return applications;
    }

    public String getLevel() {
        return level;
    }

    public void setLevel(String level) {
        this.level = level;
    }

    public Map<String, String> getAnswers() {
        return answers;
    }
}
