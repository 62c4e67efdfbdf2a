package org.twinninglive.messaging;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import org.twinninglive.media.FileStore;
import org.twinninglive.media.RichText;
import org.twinninglive.platform.CurrentIdentity;
import org.twinninglive.platform.InvalidInputException;
import org.twinninglive.platform.NotFoundException;
import org.twinninglive.platform.PageMessages;
import org.twinninglive.platform.Pager;
import org.twinninglive.platform.TwinningException;

/**
 * Backs messages/thread.xhtml: a thread the reader takes part in, read as it opens, its
 * messages a page at a time, and the reply form (a plain text area: its paragraphs become the
 * message's, RichText.ofPlainText).
 */
@Named
@ViewScoped
public class MessageThreadView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentIdentity identity;

    @Inject
    MessageService messages;

    @Inject
    FileStore files;

    private String id;
    private ThreadDetail thread;
    private String body;
    private final PendingAttachments attachments = new PendingAttachments();

    private final Pager<MessageView> messagePages =
            new Pager<>(page -> messages.messages(identity.require(), id, page));

    /** Opens the thread named in the address (marking it read); one the reader is not in is the not-found page. */
    public void load() throws IOException {
        if (thread != null) {
            return;
        }
        try {
            thread = messages.open(identity.require(), id);
        } catch (NotFoundException notTheirs) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, "");
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    public void reply() {
        try {
            messages.reply(identity.require(), thread.id(), RichText.ofPlainText(body == null ? "" : body).html(),
                    attachments.ids());
        } catch (InvalidInputException wrong) {
            if (!PageMessages.showAtField(wrong)) {
                PageMessages.showRefusal(FacesMessage.SEVERITY_WARN, "messages.notSent", wrong);
            }
            return;
        } catch (TwinningException refused) {
            PageMessages.showRefusal(FacesMessage.SEVERITY_WARN, "messages.notSent", refused);
            return;
        }
        PageMessages.show(FacesMessage.SEVERITY_INFO, "messages.replied", "messages.replied.detail");
        body = null;
        attachments.clear();
        thread = messages.open(identity.require(), thread.id());
        messagePages.restart();
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

    public ThreadDetail getThread() {
        return thread;
    }

    public Pager<MessageView> getMessages() {
        return messagePages;
    }

    public PendingAttachments getAttachments() {
        return attachments;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}
