package org.twinninglive.messaging;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.twinninglive.platform.CurrentIdentity;
import org.twinninglive.platform.InvalidInputException;
import org.twinninglive.platform.PageMessages;
import org.twinninglive.platform.PageRequest;
import org.twinninglive.platform.Pager;

/** Backs messages/index.xhtml: the inbox or the sent folder (?folder=sent), searched, a page at a time. */
@Named
@ViewScoped
public class MessagesView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final PageRequest ONE = new PageRequest(0, 1);

    @Inject
    CurrentIdentity identity;

    @Inject
    MessageService messages;

    private String folderName;
    private Folder folder = Folder.INBOX;
    private String q;
    /** The words of the last search that was run (the field may hold newer ones). */
    private String searched;

    private final Pager<ThreadSummary> threads =
            new Pager<>(page -> messages.threads(identity.require(), folder, searched, page));

    /** The folder named in the address; an unknown name is the inbox. */
    public void load() {
        try {
            folder = Folder.of(folderName);
        } catch (InvalidInputException unknown) {
            folder = Folder.INBOX;
        }
    }

    /** Searches the folder for the words in the field; words the service refuses are said beside it. */
    public void search() {
        try {
            messages.threads(identity.require(), folder, q, ONE);
        } catch (InvalidInputException wrong) {
            if (!PageMessages.showAtField(wrong)) {
                PageMessages.showRefusal(jakarta.faces.application.FacesMessage.SEVERITY_WARN, "messages.search.invalid",
                        wrong);
            }
            return;
        }
        searched = q;
        threads.restart();
    }

    public Pager<ThreadSummary> getThreads() {
        return threads;
    }

    public boolean isSent() {
        return folder == Folder.SENT;
    }

    /** Whether a search narrows the list, so an empty list says "nothing found" rather than "no messages". */
    public boolean isSearching() {
        return searched != null && !searched.isBlank();
    }

    public String getFolder() {
        return folderName;
    }

    /** Set from the address, and again on every post of the page (the form's address keeps it). */
    public void setFolder(String folder) {
        this.folderName = folder;
        load();
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }
}
