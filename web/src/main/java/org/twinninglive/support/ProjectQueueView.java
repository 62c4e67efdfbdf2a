package org.twinninglive.support;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import org.twinninglive.people.ValidationService;
import org.twinninglive.platform.CurrentIdentity;
import org.twinninglive.platform.InvalidInputException;
import org.twinninglive.platform.PageMessages;
import org.twinninglive.platform.Pager;
import org.twinninglive.platform.TwinningException;
import org.twinninglive.projects.ProjectValidationService;
import org.twinninglive.projects.ProjectView;

/**
 * Backs support/projects.xhtml: the nss queue of projects waiting for their country's decision
 * (P4), the longest waiting first, paged; a rejection's reason is said beside its row's box.
 */
@Named
@ViewScoped
public class ProjectQueueView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentIdentity identity;

    @Inject
    ProjectValidationService validations;

    private final Pager<ProjectView> queue = new Pager<>(page -> validations.queue(identity.require(), page));
    private final Map<String, String> reasons = new HashMap<>();

    public void approve(String projectId) {
        decide(projectId, ValidationService.Decision.APPROVE, "projectValidations.approved");
    }

    public void reject(String projectId) {
        decide(projectId, ValidationService.Decision.REJECT, "projectValidations.rejected");
    }

    private void decide(String projectId, ValidationService.Decision decision, String doneKey) {
        try {
            validations.decide(identity.require(), projectId, decision, reasons.get(projectId));
            PageMessages.show(FacesMessage.SEVERITY_INFO, doneKey, doneKey + ".detail");
            reasons.remove(projectId);
        } catch (InvalidInputException wrong) {
            // the reason box of that project's row in the queue as it is now (another officer may have decided an earlier one)
            int row = rowOf(projectId);
            if ("reason".equals(wrong.field()) && row >= 0) {
                PageMessages.showAtInput("project-validations-form:rows:" + row + ":reason", wrong);
            } else {
                PageMessages.showRefusal(FacesMessage.SEVERITY_WARN, "projectValidations.notDone", wrong);
            }
        } catch (TwinningException refused) {
            PageMessages.showRefusal(FacesMessage.SEVERITY_WARN, "projectValidations.notDone", refused);
        }
    }

    private int rowOf(String projectId) {
        var items = queue.getItems();
        for (int row = 0; row < items.size(); row++) {
            if (items.get(row).id().equals(projectId)) {
                return row;
            }
        }
        return -1;
    }

    public Pager<ProjectView> getQueue() {
        return queue;
    }

    public Map<String, String> getReasons() {
        return reasons;
    }
}
