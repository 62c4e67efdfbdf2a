package org.twinninglive.events;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.PrimeFaces;
import org.twinninglive.platform.CurrentIdentity;
import org.twinninglive.platform.PageMessages;
import org.twinninglive.platform.TwinningException;

/**
 * Backs the documents of an event's page (WEB-INF/includes/event-documents.xhtml, E5): the
 * archive for those who take part in the event, their uploads through the shared upload widget
 * (media.UploadServlet, then {@link #add()}), and the removal of a document after a confirmation
 * (organisers: any; the others: their own). The event is the one {@link EventPageView} shows.
 */
@Named
@ViewScoped
public class EventDocumentsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentIdentity identity;

    @Inject
    EventDocumentService documents;

    @Inject
    EventPageView page;

    private EventDocumentService.Archive archive;
    private String removing;

    /** The archive as the reader sees it, read once per view and after each change. */
    public EventDocumentService.Archive getArchive() {
        if (archive == null) {
            archive = page.getEvent() == null ? new EventDocumentService.Archive(false, false, List.of())
                    : documents.archive(identity.get(), page.getId());
        }
        return archive;
    }

    /** The upload widget hands over a stored upload (request parameter fileId): it joins the archive. */
    public void add() {
        String fileId = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("fileId");
        try {
            documents.add(identity.require(), page.getId(), fileId);
        } catch (TwinningException refused) {
            PrimeFaces.current().ajax().addCallbackParam("refusal", PageMessages.refusal(refused));
        }
        archive = null;
    }

    /** Asks to confirm the removal of this document. */
    public void startRemoving(String documentId) {
        removing = documentId;
        PageMessages.focus("documents-form:confirm-remove");
    }

    public void keep() {
        removing = null;
    }

    /** Removes the document whose removal was confirmed. */
    public void remove() {
        String documentId = removing;
        removing = null;
        try {
            documents.remove(identity.require(), page.getId(), documentId);
            PageMessages.show(FacesMessage.SEVERITY_INFO, "event.documents.removed", "event.documents.removed.detail");
        } catch (TwinningException refused) {
            PageMessages.showRefusal(FacesMessage.SEVERITY_WARN, "event.notDone", refused);
        }
        archive = null;
        PageMessages.focus("documents-form:document-messages");
    }

    /** The document whose removal waits for a confirmation, or null. */
    public String getRemoving() {
        return removing;
    }

    /** The name of the document whose removal waits for a confirmation, or null. */
    public String getRemovingName() {
        return removing == null ? null : getArchive().documents().stream().filter(d -> d.id().equals(removing))
                .map(EventDocumentView::name).findFirst().orElse(null);
    }

    /** The address of a document, through the one download servlet. */
    public String fileUrl(String documentId) {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + "/files/" + documentId;
    }
}
