package org.twinninglive.support;

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
import org.twinninglive.platform.PageMessages;
import org.twinninglive.platform.PageRequest;

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
        if (PageMessages.attempt(() -> validations.decide(identity.require(), profileId, decision, reasons.get(profileId)),
                doneKey, "validations.notDone")) {
            reasons.remove(profileId);
        }
        load();
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
