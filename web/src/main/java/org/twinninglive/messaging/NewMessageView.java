package org.twinninglive.messaging;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.twinninglive.media.FileStore;
import org.twinninglive.media.RichText;
import org.twinninglive.people.PersonSummary;
import org.twinninglive.platform.CurrentIdentity;
import org.twinninglive.platform.InvalidInputException;
import org.twinninglive.platform.PageMessages;
import org.twinninglive.platform.TwinningException;

/**
 * Backs messages/new.xhtml: a new thread to contacts picked by name (?to={id} picks one at
 * once), a subject, the text (its paragraphs become the message's) and attachments.
 */
@Named
@ViewScoped
public class NewMessageView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentIdentity identity;

    @Inject
    MessageService messages;

    @Inject
    FileStore files;

    private String to;
    private boolean loaded;
    private List<PersonSummary> recipients = new ArrayList<>();
    private String subject;
    private String body;
    private final PendingAttachments attachments = new PendingAttachments();

    /** Picks the person named in the address, if the writer may write to them. */
    public void load() {
        if (loaded) {
            return;
        }
        loaded = true;
        if (to != null && !to.isBlank()) {
            messages.recipient(identity.require(), to.strip()).ifPresent(recipients::add);
        }
    }

    /** The person just picked in the recipient field: added to the list, and the field is emptied. */
    private PersonSummary candidate;

    public void addRecipient() {
        if (candidate != null && recipients.stream().noneMatch(r -> r.id().equals(candidate.id()))) {
            recipients.add(candidate);
        }
        candidate = null;
    }

    public void removeRecipient(String profileId) {
        recipients.removeIf(r -> r.id().equals(profileId));
    }

    public PersonSummary getCandidate() {
        return candidate;
    }

    public void setCandidate(PersonSummary candidate) {
        this.candidate = candidate;
    }

    public List<PersonSummary> completeRecipient(String words) {
        return messages.recipients(identity.require(), words);
    }

    /** Sends the message and opens its thread; a refused field is named beside it, nothing is sent. */
    public String send() {
        var ids = recipients.stream().filter(Objects::nonNull).map(PersonSummary::id).distinct().toList();
        ThreadDetail thread;
        try {
            thread = messages.start(identity.require(), new NewMessage(ids, subject,
                    RichText.ofPlainText(body == null ? "" : body).html(), attachments.ids()));
        } catch (InvalidInputException wrong) {
            if (!PageMessages.showAtField(wrong)) {
                PageMessages.showRefusal(FacesMessage.SEVERITY_WARN, "messages.notSent", wrong);
            }
            return null;
        } catch (TwinningException refused) {
            PageMessages.showRefusal(FacesMessage.SEVERITY_WARN, "messages.notSent", refused);
            return null;
        }
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        PageMessages.show(FacesMessage.SEVERITY_INFO, "messages.sent", "messages.sent.detail");
        return "/messages/thread?faces-redirect=true&id=" + thread.id();
    }

    /** The upload widget's remote command: adds the file it has just uploaded (the parameter fileId). */
    public void attachUploaded() {
        attachments.attachUploaded(files, identity.require());
    }

    public void removeAttachment(String fileId) {
        attachments.remove(fileId);
    }

    public long kilobytes(Attachment file) {
        return PendingAttachments.kilobytes(file);
    }

    public PendingAttachments getAttachments() {
        return attachments;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }

    public List<PersonSummary> getRecipients() {
        return recipients;
    }

    public void setRecipients(List<PersonSummary> recipients) {
        this.recipients = recipients == null ? new ArrayList<>() : new ArrayList<>(recipients);
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }
}
