package org.twinninglive.admin;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.twinninglive.platform.PageMessages;
import org.twinninglive.platform.TwinningException;
import org.twinninglive.progression.ProgressionService;
import org.twinninglive.progression.RecomputationStatus;
import org.twinninglive.progression.RuleChange;

/** Backs admin/progression.xhtml: the Central Support Service edits points and caps (S6). */
@Named
@ViewScoped
public class RulesView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ProgressionService progression;

    private List<EditableRule> rules;

    /** A row of the table being edited. */
    public static class EditableRule implements Serializable {

        private static final long serialVersionUID = 1L;
        private final String category;
        private final String area;
        private Integer points;
        private Integer cap;

        EditableRule(String category, String area, int points, int cap) {
            this.category = category;
            this.area = area;
            this.points = points;
            this.cap = cap;
        }

        public String getCategory() {
            return category;
        }

        public String getArea() {
            return area;
        }

        public Integer getPoints() {
            return points;
        }

        public void setPoints(Integer points) {
            this.points = points;
        }

        public Integer getCap() {
            return cap;
        }

        public void setCap(Integer cap) {
            this.cap = cap;
        }
    }

    public List<EditableRule> getRules() {
        if (rules == null) {
            rules = progression.rules().stream()
                    .map(rule -> new EditableRule(rule.category(), rule.area(), rule.points(), rule.cap()))
                    .toList();
        }
        return rules;
    }

    public void save() {
        try {
            progression.changeRules(getRules().stream()
                    .map(rule -> new RuleChange(rule.getCategory(), rule.getPoints(), rule.getCap()))
                    .toList());
            PageMessages.show(FacesMessage.SEVERITY_INFO, "admin.rules.saved", "admin.rules.recomputing");
        } catch (TwinningException refused) {
            PageMessages.showRefusal(FacesMessage.SEVERITY_ERROR, "admin.rules.refused", refused);
        }
    }

    public void resume() {
        try {
            progression.resumeRecomputation();
            PageMessages.show(FacesMessage.SEVERITY_INFO, "admin.rules.resumed", "admin.rules.recomputing");
        } catch (TwinningException refused) {
            PageMessages.showRefusal(FacesMessage.SEVERITY_ERROR, "admin.rules.refused", refused);
        }
    }

    public RecomputationStatus getStatus() {
        return progression.recomputation();
    }
}
