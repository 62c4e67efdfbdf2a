package org.twinninglive.twinspace;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.twinninglive.media.RichText;
import org.twinninglive.platform.ConflictException;
import org.twinninglive.platform.CurrentIdentity;
import org.twinninglive.platform.InvalidInputException;
import org.twinninglive.platform.NotFoundException;
import org.twinninglive.platform.PageMessages;
import org.twinninglive.platform.TwinningException;

/**
 * Backs twinspace/space.xhtml, {@code /projects/{id}/space} (T1, T3): the space's public part for
 * everyone who may see the project; for its members the tree of pages, the Twinboard, a page
 * ({@code ?page=}), its writing and its history. A page is written as plain text (blank lines
 * between paragraphs). Saving from a version someone else has replaced since is refused: what was
 * typed stays, the version saved meanwhile is shown beside it, and the next save builds on it.
 */
@Named
@ViewScoped
public class TwinSpaceView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** What the page shows besides the space: a page, its form, or its history. */
    public enum Mode { READ, WRITE, EDIT, HISTORY }

    @Inject
    CurrentIdentity identity;

    @Inject
    SpaceService spaces;

    private String id;
    private String pageId;
    private SpaceView space;
    private SpacePageView page;
    private Mode mode = Mode.READ;
    private String parentId;
    private String title;
    private String body;
    private Integer version;
    /** The version someone saved while the reader was editing, shown beside what they typed. */
    private SpacePageView meanwhile;
    private List<SpaceRevisionView> history = List.of();
    private SpaceRevisionView shownVersion;

    public void load() throws IOException {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        try {
            space = spaces.space(identity.get(), id);
            if (pageId != null && isMember()) {
                page = spaces.page(identity.get(), id, pageId);
            }
        } catch (NotFoundException hidden) {
            var faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().responseSendError(404, "");
            faces.responseComplete();
        }
    }

    /** Whether the reader is one of the project's members: the space's inside is theirs. */
    public boolean isMember() {
        return space != null && space.actions().contains(SpaceAction.READ);
    }

    public boolean isMayEdit() {
        return space != null && space.actions().contains(SpaceAction.EDIT_PAGES);
    }

    /** Opens the form of a new page, under the page read now ({@code under}) or at the top. */
    public void startWriting(boolean under) {
        mode = Mode.WRITE;
        parentId = under && page != null ? page.id() : null;
        title = null;
        body = null;
        meanwhile = null;
        PageMessages.focus("space-form:title");
    }

    /** Opens the form of a new version of the page read now, from its current version. */
    public void startEditing() {
        if (page == null) {
            return;
        }
        mode = Mode.EDIT;
        title = page.title();
        body = page.bodyText();
        version = page.version();
        meanwhile = null;
        PageMessages.focus("space-form:title");
    }

    public void cancel() {
        mode = Mode.READ;
        meanwhile = null;
        shownVersion = null;
        if (page != null) {
            // as it is now: another member may have saved a version meanwhile
            page = spaces.page(identity.get(), id, page.id());
        }
    }

    /**
     * Whether the page read has formatting written elsewhere (bold, lists, links, through the
     * API) that its plain-text form here does not keep: the form then says so before a save.
     */
    public boolean isFormatted() {
        return page != null && !RichText.ofPlainText(page.bodyText()).html().equals(page.body());
    }

    /** Saves the new page or the new version; a refusal keeps what was typed. */
    public void save() {
        try {
            String html = RichText.ofPlainText(body).html();
            if (mode == Mode.WRITE) {
                page = spaces.write(identity.require(), id, parentId, title, html);
                PageMessages.show(FacesMessage.SEVERITY_INFO, "space.page.written", "space.page.written.detail");
            } else if (mode == Mode.EDIT) {
                page = spaces.edit(identity.require(), id, page.id(), version, title, html);
                PageMessages.show(FacesMessage.SEVERITY_INFO, "space.page.saved", "space.page.saved.detail");
            } else {
                return;
            }
            pageId = page.id();
            mode = Mode.READ;
            meanwhile = null;
            space = spaces.space(identity.get(), id);
            PageMessages.focus("page-title");
        } catch (InvalidInputException wrong) {
            if (!PageMessages.showAtField(wrong)) {
                PageMessages.showRefusal(FacesMessage.SEVERITY_WARN, "space.page.notSaved", wrong);
            }
        } catch (ConflictException refused) {
            PageMessages.showRefusal(FacesMessage.SEVERITY_WARN, "space.page.notSaved", refused);
            if (refused.type().filter(type -> type.endsWith("/stale-version")).isPresent()) {
                // the reader's text stays in the form; the next save builds on the version saved meanwhile
                meanwhile = spaces.page(identity.get(), id, page.id());
                version = meanwhile.version();
            } else {
                // archived meanwhile: the space as it is now, read-only
                space = spaces.space(identity.get(), id);
                mode = Mode.READ;
            }
            PageMessages.focus("space-form:messages");
        } catch (TwinningException refused) {
            PageMessages.showRefusal(FacesMessage.SEVERITY_WARN, "space.page.notSaved", refused);
        }
    }

    /** Shows the versions of the page read now, the latest first. */
    public void showHistory() {
        if (page == null) {
            return;
        }
        history = spaces.history(identity.get(), id, page.id());
        shownVersion = null;
        mode = Mode.HISTORY;
        PageMessages.focus("history-heading");
    }

    /** Shows one version of the page with its body as it was then. */
    public void showVersion(int number) {
        shownVersion = spaces.revision(identity.get(), id, page.id(), number);
        PageMessages.focus("version-heading");
    }

    /** The title of the page a new page goes under, or null at the top. */
    public String getParentTitle() {
        return space == null || parentId == null ? null : space.pages().stream()
                .filter(p -> p.id().equals(parentId)).map(SpacePageSummary::title).findFirst().orElse(null);
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getPageId() {
        return pageId;
    }

    public void setPageId(String pageId) {
        this.pageId = pageId;
    }

    public SpaceView getSpace() {
        return space;
    }

    public SpacePageView getPage() {
        return page;
    }

    public Mode getMode() {
        return mode;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public SpacePageView getMeanwhile() {
        return meanwhile;
    }

    public List<SpaceRevisionView> getHistory() {
        return history;
    }

    public SpaceRevisionView getShownVersion() {
        return shownVersion;
    }

    public int getLongestTitle() {
        return SpacePage.LONGEST_TITLE;
    }
}
