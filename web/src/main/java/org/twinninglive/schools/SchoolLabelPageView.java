package org.twinninglive.schools;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.twinninglive.people.PersonView;
import org.twinninglive.people.ProfileService;
import org.twinninglive.platform.CurrentIdentity;
import org.twinninglive.platform.ForbiddenException;
import org.twinninglive.platform.InvalidInputException;
import org.twinninglive.platform.NotFoundException;
import org.twinninglive.platform.PageMessages;
import org.twinninglive.platform.TwinningException;

/**
 * Backs schools/label.xhtml, {@code /schools/label}: the eTwinning School label of the reader's
 * current school. It shows whether the school holds the label now and until when, what the
 * criteria say today, the school's applications with their decisions, and the form to apply with
 * the head's declaration and a statement; a refused field is said beside it, nothing typed is
 * lost. Without a current school the reader is sent to their profile; before the nss validated
 * their account (and their school), they read the label only.
 */
@Named
@ViewScoped
public class SchoolLabelPageView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentIdentity identity;

    @Inject
    ProfileService profiles;

    @Inject
    SchoolLabelService labels;

    @Inject
    SchoolLabels schoolLabels;

    private PersonView.SchoolSummary school;
    private LocalDate labelledUntil;
    /** Whether the reader reads the school's applications and criteria: one of its validated teachers. */
    private boolean reader;
    private SchoolLabelCriteriaView criteria;
    private List<SchoolLabelView> applications = List.of();
    private boolean headDeclaration;
    private String statement;
    /** The field refused by the last attempt, for the aria-invalid of the native checkbox. */
    private String refusedField;

    public void load() {
        if (!FacesContext.getCurrentInstance().isPostback()) {
            refresh();
        }
    }

    /** Sends the application; a missing declaration is said beside the checkbox, the statement is kept. */
    public void apply() {
        if (school == null) {
            return;
        }
        refusedField = null;
        try {
            labels.apply(identity.require(), school.id(), headDeclaration, statement);
            PageMessages.show(FacesMessage.SEVERITY_INFO, "schoolLabelPage.sent", "schoolLabelPage.sent.detail");
            headDeclaration = false;
            statement = null;
            refresh();
        } catch (InvalidInputException wrong) {
            refusedField = wrong.field();
            if (!PageMessages.showAtField(wrong)) {
                PageMessages.showRefusal(FacesMessage.SEVERITY_WARN, "schoolLabelPage.notSent", wrong);
            }
        } catch (TwinningException refused) {
            // another teacher applied meanwhile, or a criterion changed: the school as it is now
            PageMessages.showRefusal(FacesMessage.SEVERITY_WARN, "schoolLabelPage.notSent", refused);
            refresh();
        }
    }

    private void refresh() {
        var me = identity.require();
        school = profiles.mine(me).school();
        labelledUntil = null;
        reader = false;
        criteria = null;
        applications = List.of();
        if (school == null) {
            return;
        }
        labelledUntil = schoolLabels.labelledUntil(List.of(school.id())).get(school.id());
        try {
            applications = labels.ofSchool(me, school.id());
            criteria = labels.criteria(me, school.id());
            reader = true;
        } catch (ForbiddenException | NotFoundException notYet) {
            // an account waiting for validation, or a proposed school waiting for the nss: the label only
            applications = List.of();
        }
    }

    /**
     * Why the school does not apply now, as a bundle key: it holds the label, an application
     * waits, or a criterion is not met; null when it may apply. The service still decides.
     */
    public String getNotNow() {
        if (!reader) {
            return null;
        }
        if (labelledUntil != null) {
            return "schoolLabelPage.notNow.held";
        }
        if (applications.stream().anyMatch(a -> SchoolLabelStatus.PENDING.name().equals(a.status()))) {
            return "schoolLabelPage.notNow.pending";
        }
        return criteria.met() ? null : "schoolLabelPage.notNow.criteria";
    }

    /** The aria-invalid of a field's input: whether the last attempt was refused for it. */
    public String invalid(String field) {
        return String.valueOf(field.equals(refusedField));
    }

    public int getLongestStatement() {
        return SchoolLabelApplication.LONGEST_STATEMENT;
    }

    public PersonView.SchoolSummary getSchool() {
        return school;
    }

    public LocalDate getLabelledUntil() {
        return labelledUntil;
    }

    public boolean isReader() {
        return reader;
    }

    public SchoolLabelCriteriaView getCriteria() {
        return criteria;
    }

    public List<SchoolLabelView> getApplications() {
        return applications;
    }

    public boolean isHeadDeclaration() {
        return headDeclaration;
    }

    public void setHeadDeclaration(boolean headDeclaration) {
        this.headDeclaration = headDeclaration;
    }

    public String getStatement() {
        return statement;
    }

    public void setStatement(String statement) {
        this.statement = statement;
    }
}
