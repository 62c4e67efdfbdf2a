package org.twinninglive.support;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.twinninglive.people.ValidationService;
import org.twinninglive.people.ValidationView;
import org.twinninglive.platform.CurrentIdentity;
import org.twinninglive.platform.InvalidInputException;
import org.twinninglive.platform.PageMessages;
import org.twinninglive.platform.PageRequest;
import org.twinninglive.platform.TwinningException;

/** Backs support/validations.xhtml: the nss queue of accounts to review, of their country (U6). */
@Named
@ViewScoped
public class ValidationQueueView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentIdentity identity;

    @Inject
    ValidationService validations;

    private List<ValidationView> pending;
    private long total;
    private final Map<String, String> reasons = new HashMap<>();
    private String refusedReason;

    public void load() {
        var page = validations.queue(identity.require(), "PENDING", new PageRequest(0, PageRequest.MAX_SIZE));
        pending = page.items();
        total = page.total();
    }

    public void approve(String profileId) {
        decide(profileId, ValidationService.Decision.APPROVE, "validations.approved");
    }

    public void reject(String profileId) {
        decide(profileId, ValidationService.Decision.REJECT, "validations.rejected");
    }

    private void decide(String profileId, ValidationService.Decision decision, String doneKey) {
        refusedReason = null;
        try {
            validations.decide(identity.require(), profileId, decision, reasons.get(profileId));
            PageMessages.show(FacesMessage.SEVERITY_INFO, doneKey, doneKey + ".detail");
            reasons.remove(profileId);
        } catch (InvalidInputException wrong) {
            if ("reason".equals(wrong.field())) {
                // a missing or too long reason: said beside that row's reason box, which gets the focus,
                // in the queue as it is now (another officer may have decided on an earlier row)
                load();
                if (pending.stream().anyMatch(row -> row.id().equals(profileId))) {
                    refusedReason = profileId;
                    PageMessages.showAt(reasonBoxOf(profileId), wrong);
                } else {
                    PageMessages.showRefusal(FacesMessage.SEVERITY_WARN, "validations.notDone", wrong);
                }
            } else {
                PageMessages.showRefusal(FacesMessage.SEVERITY_WARN, "validations.notDone", wrong);
            }
        } catch (TwinningException refused) {
            PageMessages.showRefusal(FacesMessage.SEVERITY_WARN, "validations.notDone", refused);
        }
        if (refusedReason == null) {
            load();
        }
    }

    /** The client id of the reason box in the row of that person (queue rows follow the list). */
    private String reasonBoxOf(String profileId) {
        int row = 0;
        while (row < pending.size() && !pending.get(row).id().equals(profileId)) {
            row++;
        }
        return "validations-form:rows:" + row + ":reason";
    }

    /** Whether that row's reason was just refused (the box is then marked invalid). */
    public boolean reasonRefused(String profileId) {
        return profileId.equals(refusedReason);
    }

    public List<ValidationView> getPending() {
        return pending;
    }

    public long getTotal() {
        return total;
    }

    public Map<String, String> getReasons() {
        return reasons;
    }
}
