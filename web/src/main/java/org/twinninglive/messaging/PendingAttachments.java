package org.twinninglive.messaging;

import jakarta.faces.context.FacesContext;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.primefaces.PrimeFaces;
import org.twinninglive.media.FileStore;
import org.twinninglive.platform.InvalidInputException;
import org.twinninglive.platform.PageMessages;
import org.twinninglive.platform.SignedInIdentity;
import org.twinninglive.platform.TwinningException;

/**
 * The files uploaded for a message being written, until it is sent: each goes to the file
 * store at once (the upload widget, WEB-INF/includes/upload.xhtml), and the message then names
 * them. Kept in the page's view.
 */
public class PendingAttachments implements Serializable {

    private static final long serialVersionUID = 1L;
    /** As many as a message takes (MessageService). */
    static final int MAX = 10;
    /** The field that refusals of attachments name, as MessageService's do. */
    static final String FIELD = "attachments";
    /** The request parameter of attachUploaded: the id the store gave the upload. */
    static final String FILE_ID = "fileId";

    private final List<Attachment> files = new ArrayList<>();

    /**
     * Adds the upload named by the request parameter {@code fileId}, which the upload widget has
     * just sent to the store (media.UploadServlet), if it is the uploader's own and attached to
     * nothing. A refusal goes back to the widget, which says it in its status: the callback
     * parameter {@code refusal}.
     */
    public void attachUploaded(FileStore store, SignedInIdentity uploader) {
        String fileId = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get(FILE_ID);
        if (files.stream().anyMatch(file -> file.id().equals(fileId))) {
            return;
        }
        if (files.size() >= MAX) {
            refuse(new InvalidInputException(FIELD, "At most " + MAX + " attachments.")
                    .shownAs("messages.tooManyAttachments", MAX));
            return;
        }
        store.unattachedUpload(uploader, fileId).map(Attachment::of).ifPresentOrElse(files::add,
                () -> refuse(new InvalidInputException(FIELD, "There is no file " + fileId + "; upload it first.")
                        .shownAs("attachments.notYours")));
    }

    /** Leaves a file out of the message (it stays the uploader's, unattached). */
    public void remove(String id) {
        files.removeIf(file -> file.id().equals(id));
    }

    public void clear() {
        files.clear();
    }

    public List<String> ids() {
        return files.stream().map(Attachment::id).toList();
    }

    public List<Attachment> getItems() {
        return List.copyOf(files);
    }

    /** "12 KB": sizes as people read them, rounded up. */
    public static long kilobytes(Attachment file) {
        return Math.max(1, (file.size() + 1023) / 1024);
    }

    private static void refuse(TwinningException refused) {
        PrimeFaces.current().ajax().addCallbackParam("refusal", PageMessages.refusal(refused));
    }
}
