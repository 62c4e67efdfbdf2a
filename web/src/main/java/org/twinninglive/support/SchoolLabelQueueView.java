package org.twinninglive.support;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.twinninglive.platform.CurrentIdentity;
import org.twinninglive.platform.CurrentUser;
import org.twinninglive.platform.InvalidInputException;
import org.twinninglive.platform.PageMessages;
import org.twinninglive.platform.Pager;
import org.twinninglive.platform.TwinningException;
import org.twinninglive.schools.SchoolLabelApplication;
import org.twinninglive.schools.SchoolLabelService;
import org.twinninglive.schools.SchoolLabelStatus;
import org.twinninglive.schools.SchoolLabelView;

/**
 * Backs support/school-labels.xhtml: the applications for the eTwinning School label of the
 * schools of the nss officer's country, the longest waiting first, paged. The officer opens one
 * to read the school and its day on the platform, the applicant, the head's declaration, the
 * statement and the active teachers counted, then approves it (with a word, if they like) or
 * rejects it with the reason the applicant reads; a missing reason is said beside its box. Their
 * own application they read only: another officer of the country decides it.
 */
@Named
@ViewScoped
public class SchoolLabelQueueView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentIdentity identity;

    @Inject
    CurrentUser currentUser;

    @Inject
    SchoolLabelService labels;

    private final Pager<SchoolLabelView> queue =
            new Pager<>(page -> labels.queue(identity.require(), SchoolLabelStatus.PENDING, page));
    private SchoolLabelView selected;
    private String reason;

    /** Opens an application of the queue, its reason box empty. */
    public void open(String applicationId) {
        selected = queue.getItems().stream().filter(a -> a.id().equals(applicationId)).findFirst().orElse(null);
        reason = null;
        if (selected != null) {
            PageMessages.focus("review-heading");
        }
    }

    public void close() {
        selected = null;
    }

    public void approve() {
        decide(true, "schoolLabelReview.approved");
    }

    public void reject() {
        decide(false, "schoolLabelReview.rejected");
    }

    private void decide(boolean approve, String doneKey) {
        if (selected == null) {
            return;
        }
        try {
            labels.decide(identity.require(), selected.id(), approve, reason);
            PageMessages.show(FacesMessage.SEVERITY_INFO, doneKey, doneKey + ".detail");
            selected = null;
            reason = null;
            queue.restart();
        } catch (InvalidInputException wrong) {
            if (!PageMessages.showAtField(wrong)) {
                PageMessages.showRefusal(FacesMessage.SEVERITY_WARN, "labelReview.notDone", wrong);
            }
        } catch (TwinningException refused) {
            // decided by another officer meanwhile, say: the queue as it is now
            PageMessages.showRefusal(FacesMessage.SEVERITY_WARN, "labelReview.notDone", refused);
            selected = null;
            queue.restart();
        }
    }

    /** Whether the opened application is the reader's own: they read it, another officer of the country decides it. */
    public boolean isOwnApplication() {
        var me = currentUser.getProfile();
        return selected != null && me != null && me.id().equals(selected.applicantId());
    }

    public int getLongestReason() {
        return SchoolLabelApplication.LONGEST_REASON;
    }

    public Pager<SchoolLabelView> getQueue() {
        return queue;
    }

    public SchoolLabelView getSelected() {
        return selected;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
