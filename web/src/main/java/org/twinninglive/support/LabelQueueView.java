package org.twinninglive.support;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.twinninglive.platform.CurrentIdentity;
import org.twinninglive.platform.InvalidInputException;
import org.twinninglive.platform.PageMessages;
import org.twinninglive.platform.Pager;
import org.twinninglive.platform.Roles;
import org.twinninglive.platform.TwinningException;
import org.twinninglive.projects.ApprovalStatus;
import org.twinninglive.projects.QualityCriterion;
import org.twinninglive.projects.QualityLabelService;
import org.twinninglive.projects.QualityLabelView;

/**
 * Backs support/labels.xhtml (P5): the quality label applications a reviewer decides, the
 * longest waiting first, paged: national ones of their country for an nss officer, European
 * ones for the css. The reviewer opens one, scores each criterion with a comment, and approves
 * or rejects it with a reason; a wrong score or a missing reason is said beside its field.
 */
@Named
@ViewScoped
public class LabelQueueView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentIdentity identity;

    @Inject
    QualityLabelService labels;

    private final Pager<QualityLabelView> queue =
            new Pager<>(page -> labels.queue(identity.require(), ApprovalStatus.PENDING, page));
    private QualityLabelView selected;
    private final Map<String, Integer> scores = new HashMap<>();
    private final Map<String, String> comments = new HashMap<>();
    private String reason;
    /** The field refused by the last decision: rows of a ui:repeat do not keep an input's invalid state to the drawing. */
    private String refusedField;

    /** Opens an application of the queue for review, its form empty. */
    public void open(String applicationId) {
        selected = queue.getItems().stream().filter(a -> a.id().equals(applicationId)).findFirst().orElse(null);
        scores.clear();
        comments.clear();
        reason = null;
        if (selected != null) {
            PageMessages.focus("review-heading");
        }
    }

    public void close() {
        selected = null;
    }

    public void approve() {
        decide(true, "labelReview.approved");
    }

    public void reject() {
        decide(false, "labelReview.rejected");
    }

    private void decide(boolean approve, String doneKey) {
        if (selected == null) {
            return;
        }
        var scored = new EnumMap<QualityCriterion, Integer>(QualityCriterion.class);
        var said = new EnumMap<QualityCriterion, String>(QualityCriterion.class);
        for (QualityCriterion criterion : QualityCriterion.values()) {
            scored.put(criterion, scores.get(criterion.key()));
            said.put(criterion, comments.get(criterion.key()));
        }
        refusedField = null;
        try {
            labels.review(identity.require(), selected.id(), approve, scored, said, reason);
            PageMessages.show(FacesMessage.SEVERITY_INFO, doneKey, doneKey + ".detail");
            selected = null;
            queue.restart();
        } catch (InvalidInputException wrong) {
            refusedField = wrong.field();
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

    /** Whether the reader reviews European applications (the css) rather than their country's national ones. */
    public boolean isEuropean() {
        return identity.require().roles().contains(Roles.CSS);
    }

    /** The aria-invalid of a field's input: whether the last decision was refused for it. */
    public String invalid(String field) {
        return String.valueOf(field.equals(refusedField));
    }

    public List<Integer> getScoreChoices() {
        return IntStream.rangeClosed(0, QualityCriterion.TOP_SCORE).boxed().toList();
    }

    public List<QualityCriterion> getCriteria() {
        return Arrays.asList(QualityCriterion.values());
    }

    public Pager<QualityLabelView> getQueue() {
        return queue;
    }

    public QualityLabelView getSelected() {
        return selected;
    }

    public Map<String, Integer> getScores() {
        return scores;
    }

    public Map<String, String> getComments() {
        return comments;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
