package org.twinninglive.twinspace;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.primefaces.PrimeFaces;
import org.twinninglive.discussions.DiscussionAction;
import org.twinninglive.discussions.DiscussionService;
import org.twinninglive.discussions.PostView;
import org.twinninglive.discussions.ThreadSummary;
import org.twinninglive.discussions.ThreadView;
import org.twinninglive.media.RichText;
import org.twinninglive.platform.ConflictException;
import org.twinninglive.platform.CurrentIdentity;
import org.twinninglive.platform.InvalidInputException;
import org.twinninglive.platform.NotFoundException;
import org.twinninglive.platform.PageMessages;
import org.twinninglive.platform.PageRealms;
import org.twinninglive.platform.Pager;
import org.twinninglive.platform.SecurityHeaders;
import org.twinninglive.platform.SignedInIdentity;
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

    /** What the page shows besides the space: a page, its form, its history, or the forum. */
    public enum Mode { READ, WRITE, EDIT, HISTORY, FORUM, THREAD, OPEN_THREAD, BLOG, WALL, PUPILS, GUESTS, MATERIALS }

    @Inject
    CurrentIdentity identity;

    @Inject
    SpaceService spaces;

    @Inject
    DiscussionService discussions;

    @Inject
    PupilService pupilService;

    @Inject
    GuestService guestService;

    @Inject
    MaterialService materialService;

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
    private String forum;
    /** The discussions shown: the forum's, or the teachers' bulletin's (?bulletin=1, never a pupil's). */
    private String kind = SpaceDiscussions.KIND;
    private String bulletinShown;
    private String threadId;
    /** The thread read, as its last page of posts was read with it. */
    private ThreadView thread;
    private final Pager<ThreadSummary> threads =
            new Pager<>(page -> discussions.threads(identity.get(), kind, id, page));
    private final Pager<PostView> posts = new Pager<>(page -> {
        thread = discussions.thread(identity.get(), kind, id, threadId, page);
        return thread.posts();
    });
    private final Pager<BlogPostView> blog = new Pager<>(page -> spaces.blog(identity.get(), id, page));
    private String blogShown;
    private String blogTitle;
    private String blogBody;
    private String threadTitle;
    private String threadBody;
    private String replyBody;
    private String removingPostId;
    private String removalReason;
    private String wallShown;
    private String wallBody;
    private final Pager<WallPostView> wall = new Pager<>(page -> pupilService.wall(identity.require(), id, page));
    private String pupilsShown;
    private PupilsView pupils;
    private boolean consentTicked;
    private String nicknames;
    private boolean administrators;
    private Integer graceDays;
    /** The access codes just made or reset, shown this once for the printed sheet: by the request that made them. */
    private List<AccessCode> codes = List.of();
    private static final String CODES_MADE = TwinSpaceView.class.getName() + ".codesMade";
    private String removingPupilId;
    private boolean pageFollowed;
    /** A signed-in pupil whose login no longer opens any space. */
    private boolean loginEnded;
    private String materialsShown;
    private List<FolderView> folders = List.of();
    private String folderName;
    private boolean folderAlbum;
    /** The folder or album the upload widget adds to. */
    private String uploadFolderId;
    private String guestsShown;
    private List<GuestView> guests = List.of();
    private List<ColleagueView> colleagues = List.of();
    private String guestToInvite;
    /** The pupil who reads (the pupils' page): their seat; null for everyone else. */
    private PupilSeatView seat;

    public void load() throws IOException {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        try {
            if (identity.get().filter(SignedInIdentity::isPupil).isPresent()) {
                // the pupils' page: their own space, whatever the address says
                try {
                    seat = pupilService.seat(identity.require());
                } catch (NotFoundException ended) {
                    // removed, or their space closed longer ago than its grace period (T3): say so, kindly
                    loginEnded = true;
                    return;
                }
                id = seat.projectId();
            }
            space = spaces.space(identity.get(), id);
            if (wallShown != null && isMember()) {
                mode = Mode.WALL;
            } else if (pupilsShown != null && isMayManagePupils()) {
                mode = Mode.PUPILS;
                pupils = pupilService.pupils(identity.require(), id);
                graceDays = pupils.graceDays();
            } else if (materialsShown != null && isMember()) {
                mode = Mode.MATERIALS;
                loadMaterials();
            } else if (guestsShown != null && isMayManageGuests()) {
                mode = Mode.GUESTS;
                loadGuests();
            } else if (bulletinShown != null && seat == null && isMember()) {
                // the teachers' bulletin: the forum's pages on the bulletin's threads
                kind = SpaceBulletin.KIND;
                mode = threadId != null ? Mode.THREAD : Mode.FORUM;
                if (threadId != null) {
                    posts.getItems();
                }
            } else if (threadId != null && isMember()) {
                mode = Mode.THREAD;
                posts.getItems();
            } else if (forum != null && isMember()) {
                mode = Mode.FORUM;
            } else if (blogShown != null && isMember()) {
                mode = Mode.BLOG;
            } else if (pageId != null && isMember()) {
                page = spaces.page(identity.get(), id, pageId);
                pageFollowed = spaces.follows(identity.get(), page.id());
            }
        } catch (NotFoundException hidden) {
            var faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().responseSendError(404, "");
            faces.responseComplete();
        }
    }

    /** Whether the reader is one of the project's members or pupils: the space's inside is theirs. */
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
            // whoever writes a page follows it
            pageFollowed = seat == null;
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

    // ---------------------------------------------------------------- the blog

    /**
     * A teacher takes a wall post to the blog form (T2: nothing a pupil writes is public unless a
     * teacher publishes it): its words there to check and title; nothing is public until published.
     */
    public void publishFromWall(String postId) {
        var post = wall.getItems().stream().filter(w -> w.id().equals(postId) && !w.hidden()).findFirst();
        if (post.isEmpty()) {
            return;
        }
        mode = Mode.BLOG;
        blogTitle = null;
        blogBody = post.get().body();
        blog.restart();
        PageMessages.show(FacesMessage.SEVERITY_INFO, "space.wall.toBlog.title", "space.wall.toBlog.detail");
        PageMessages.focus("space-form:blog-title");
    }

    /** Publishes the post written in the form for everyone; a refusal keeps what was typed. */
    public void publish() {
        try {
            String html = RichText.ofPlainText(blogBody).html();
            spaces.publish(identity.require(), id, blogTitle, html);
            blogTitle = null;
            blogBody = null;
            blog.restart();
            PageMessages.show(FacesMessage.SEVERITY_INFO, "space.blog.published", "space.blog.published.detail");
            PageMessages.focus("space-form:messages");
        } catch (InvalidInputException wrong) {
            PageMessages.showAtInput("body".equals(wrong.field()) ? "space-form:blog-body" : "space-form:blog-title",
                    wrong);
        } catch (TwinningException refused) {
            refusedInForum(refused);
        }
    }

    public boolean isMayPublish() {
        return space != null && space.actions().contains(SpaceAction.PUBLISH);
    }

    public Pager<BlogPostView> getBlog() {
        return blog;
    }

    public String getBlogShown() {
        return blogShown;
    }

    public void setBlogShown(String blogShown) {
        this.blogShown = blogShown;
    }

    public String getBlogTitle() {
        return blogTitle;
    }

    public void setBlogTitle(String blogTitle) {
        this.blogTitle = blogTitle;
    }

    public String getBlogBody() {
        return blogBody;
    }

    public void setBlogBody(String blogBody) {
        this.blogBody = blogBody;
    }

    // ---------------------------------------------------------------- the forum

    /** Opens the form of a new thread. */
    public void startThread() {
        mode = Mode.OPEN_THREAD;
        threadTitle = null;
        threadBody = null;
        PageMessages.focus("space-form:thread-title");
    }

    /** Opens the thread written in the form, with its first post; a refusal keeps what was typed. */
    public void openThread() {
        try {
            String html = RichText.ofPlainText(threadBody).html();
            var opened = discussions.open(identity.require(), kind, id, threadTitle, html);
            threadId = opened.thread().id();
            mode = Mode.THREAD;
            posts.restart();
            PageMessages.show(FacesMessage.SEVERITY_INFO, "space.thread.opened", "space.thread.opened.detail");
            PageMessages.focus("thread-title");
        } catch (InvalidInputException wrong) {
            PageMessages.showAtInput("body".equals(wrong.field()) ? "space-form:thread-body" : "space-form:thread-title",
                    wrong);
        } catch (TwinningException refused) {
            refusedInForum(refused);
        }
    }

    /** Replies in the thread read; the reply shows on the thread's last page. */
    public void reply() {
        try {
            String html = RichText.ofPlainText(replyBody).html();
            discussions.reply(identity.require(), kind, id, threadId, html);
            replyBody = null;
            toLastPage();
            PageMessages.show(FacesMessage.SEVERITY_INFO, "space.thread.replied", "space.thread.replied.detail");
            PageMessages.focus("space-form:messages");
        } catch (InvalidInputException wrong) {
            PageMessages.showAtInput("space-form:reply-body", wrong);
        } catch (TwinningException refused) {
            refusedInForum(refused);
        }
    }

    public void follow(boolean following) {
        try {
            discussions.follow(identity.require(), kind, id, threadId, following);
            PageMessages.show(FacesMessage.SEVERITY_INFO, following ? "space.thread.followed" : "space.thread.unfollowed",
                    following ? "space.thread.followed.detail" : "space.thread.unfollowed.detail");
        } catch (TwinningException refused) {
            refusedInForum(refused);
        }
    }

    /** A moderator pins or unpins, locks or unlocks the thread read (null: unchanged). */
    public void moderate(Boolean pinned, Boolean locked) {
        try {
            discussions.moderate(identity.require(), kind, id, threadId, pinned, locked);
            PageMessages.show(FacesMessage.SEVERITY_INFO, "space.thread.moderated", "space.thread.moderated.detail");
        } catch (TwinningException refused) {
            refusedInForum(refused);
        }
    }

    /** Asks for the reason of removing a post, beside it. */
    public void startRemoving(String postId) {
        removingPostId = postId;
        removalReason = null;
        PageMessages.focus("space-form:removal-reason");
    }

    public void cancelRemoving() {
        removingPostId = null;
    }

    /** Removes the post asked for, with the reason its readers see in its place. */
    public void remove() {
        try {
            discussions.remove(identity.require(), kind, id, removingPostId, removalReason);
            removingPostId = null;
            PageMessages.show(FacesMessage.SEVERITY_INFO, "space.thread.removed", "space.thread.removed.detail");
            PageMessages.focus("space-form:messages");
        } catch (InvalidInputException wrong) {
            PageMessages.showAtInput("space-form:removal-reason", wrong);
        } catch (TwinningException refused) {
            refusedInForum(refused);
        }
    }

    /** A refusal of the forum or the blog (a thread locked, the space archived meanwhile): said, and the space as it is now. */
    private void refusedInForum(TwinningException refused) {
        PageMessages.showRefusal(FacesMessage.SEVERITY_WARN, "space.thread.notDone", refused);
        space = spaces.space(identity.get(), id);
        PageMessages.focus("space-form:messages");
    }

    private void toLastPage() {
        posts.last();
    }

    /** What the reader may do in the thread read now. */
    public boolean may(String action) {
        return thread != null && thread.actions().contains(DiscussionAction.valueOf(action));
    }

    public boolean isMayOpenThread() {
        return space != null && space.actions().contains(SpaceAction.OPEN_THREAD);
    }

    /** Whether the reader follows threads: people do, pupils are told nothing outside their space. */
    public boolean isMayFollow() {
        return seat == null;
    }

    // ---------------------------------------------------------------- the pupil wall (T2)

    /** Posts what was written on the wall; a refusal keeps it. */
    public void postOnWall() {
        try {
            pupilService.postOnWall(identity.require(), id, wallBody);
            wallBody = null;
            wall.restart();
            PageMessages.show(FacesMessage.SEVERITY_INFO, "space.wall.posted", "space.wall.posted.detail");
            PageMessages.focus("space-form:messages");
        } catch (InvalidInputException wrong) {
            PageMessages.showAtInput("space-form:wall-body", wrong);
        } catch (TwinningException refused) {
            refusedInForum(refused);
        }
    }

    /** A teacher hides a wall post, kept for the record. */
    public void hide(String postId) {
        try {
            pupilService.hide(identity.require(), id, postId);
            wall.restart();
            PageMessages.show(FacesMessage.SEVERITY_INFO, "space.wall.hid", "space.wall.hid.detail");
            PageMessages.focus("space-form:messages");
        } catch (TwinningException refused) {
            refusedInForum(refused);
        }
    }

    public boolean isMayPostOnWall() {
        return space != null && space.actions().contains(SpaceAction.POST_ON_WALL);
    }

    public Pager<WallPostView> getWall() {
        return wall;
    }

    public String getWallShown() {
        return wallShown;
    }

    public void setWallShown(String wallShown) {
        this.wallShown = wallShown;
    }

    public String getWallBody() {
        return wallBody;
    }

    public void setWallBody(String wallBody) {
        this.wallBody = wallBody;
    }

    // ---------------------------------------------------------------- the pupils (T2), for teachers

    public boolean isMayManagePupils() {
        return space != null && space.actions().contains(SpaceAction.MANAGE_PUPILS);
    }

    /** A teacher confirms the parents' consent: the box must be ticked, its refusal said beside it. */
    public void confirmConsent() {
        if (!consentTicked) {
            PageMessages.showAtInput("space-form:consent", new InvalidInputException("consent",
                    "Tick the box to confirm the parents' consent.").shownAs("space.pupils.consentBox"));
            return;
        }
        try {
            pupils = pupilService.confirmConsent(identity.require(), id);
            PageMessages.show(FacesMessage.SEVERITY_INFO, "space.pupils.consented", "space.pupils.consented.detail");
            PageMessages.focus("space-form:nicknames");
        } catch (TwinningException refused) {
            refusedWithPupils(refused);
        }
    }

    /** Makes a login for each nickname (one per line): their access codes shown once, for printing. */
    public void createPupils() {
        try {
            var lines = nicknames == null ? List.<String>of() : List.of(nicknames.split("\\R"));
            showOnce(pupilService.create(identity.require(), id, lines, administrators));
            nicknames = null;
            pupils = pupilService.pupils(identity.require(), id);
            PageMessages.show(FacesMessage.SEVERITY_INFO, "space.pupils.created", "space.pupils.created.detail");
            PageMessages.focus("access-codes-heading");
        } catch (InvalidInputException wrong) {
            PageMessages.showAtInput("space-form:nicknames", wrong);
        } catch (TwinningException refused) {
            refusedWithPupils(refused);
        }
    }

    /** A new password for a pupil: their access code shown once. */
    public void resetPassword(String pupilId) {
        try {
            showOnce(List.of(pupilService.resetPassword(identity.require(), id, pupilId)));
            PageMessages.show(FacesMessage.SEVERITY_INFO, "space.pupils.reset", "space.pupils.reset.detail");
            PageMessages.focus("access-codes-heading");
        } catch (TwinningException refused) {
            refusedWithPupils(refused);
        }
    }

    /** Makes a pupil a pupil-administrator, or a pupil again. */
    public void administrator(String pupilId, boolean administrator) {
        try {
            pupilService.administrator(identity.require(), id, pupilId, administrator);
            pupils = pupilService.pupils(identity.require(), id);
            PageMessages.show(FacesMessage.SEVERITY_INFO, "space.pupils.roleChanged", "space.pupils.roleChanged.detail");
        } catch (TwinningException refused) {
            refusedWithPupils(refused);
        }
    }

    /** Asks to confirm a pupil's removal, beside them. */
    public void startRemovingPupil(String pupilId) {
        removingPupilId = pupilId;
    }

    public void cancelRemovingPupil() {
        removingPupilId = null;
    }

    /** Removes the pupil asked for: their login ends, their words go. */
    public void removePupil() {
        try {
            pupilService.remove(identity.require(), id, removingPupilId);
            removingPupilId = null;
            codes = List.of();
            pupils = pupilService.pupils(identity.require(), id);
            PageMessages.show(FacesMessage.SEVERITY_INFO, "space.pupils.removed", "space.pupils.removed.detail");
            PageMessages.focus("space-form:messages");
        } catch (TwinningException refused) {
            refusedWithPupils(refused);
        }
    }

    /** Sets the days pupils may still sign in once the project is closed. */
    public void saveGraceDays() {
        try {
            pupils = pupilService.graceDays(identity.require(), id, graceDays);
            PageMessages.show(FacesMessage.SEVERITY_INFO, "space.pupils.graceSaved", "space.pupils.graceSaved.detail");
        } catch (InvalidInputException wrong) {
            PageMessages.showAtInput("space-form:grace-days", wrong);
        } catch (TwinningException refused) {
            refusedWithPupils(refused);
        }
    }

    // ---------------------------------------------------------------- materials (T1): folders and albums

    public boolean isMayShare() {
        return space != null && space.actions().contains(SpaceAction.SHARE_MATERIALS);
    }

    private void loadMaterials() {
        folders = materialService.materials(identity.get(), id);
        if (folders.stream().noneMatch(f -> f.id().equals(uploadFolderId))) {
            uploadFolderId = folders.isEmpty() ? null : folders.get(0).id();
        }
    }

    /** A member makes a folder or an album; a refused name is said beside it. */
    public void makeFolder() {
        try {
            var made = materialService.makeFolder(identity.require(), id, folderName, folderAlbum);
            folderName = null;
            folderAlbum = false;
            uploadFolderId = made.id();
            loadMaterials();
            PageMessages.show(FacesMessage.SEVERITY_INFO, made.album() ? "space.materials.albumMade"
                    : "space.materials.folderMade", "space.materials.made.detail");
            PageMessages.focus("space-form:messages");
        } catch (InvalidInputException wrong) {
            PageMessages.showAtInput("space-form:folder-name", wrong);
        } catch (TwinningException refused) {
            PageMessages.showRefusal(FacesMessage.SEVERITY_WARN, "space.materials.notDone", refused);
            space = spaces.space(identity.get(), id);
            PageMessages.focus("space-form:messages");
        }
    }

    /** The upload widget hands over a stored file: it goes into the chosen folder; a refusal is the file's outcome. */
    public void addMaterial() {
        String fileId = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("fileId");
        try {
            materialService.addFile(identity.require(), id, uploadFolderId, fileId);
        } catch (TwinningException refused) {
            PrimeFaces.current().ajax().addCallbackParam("refusal", PageMessages.refusal(refused));
        }
        loadMaterials();
    }

    /** A member removes a file of a folder. */
    public void removeMaterial(String folderId, String fileId) {
        try {
            materialService.removeFile(identity.require(), id, folderId, fileId);
            PageMessages.show(FacesMessage.SEVERITY_INFO, "space.materials.removed", "space.materials.removed.detail");
        } catch (TwinningException refused) {
            PageMessages.showRefusal(FacesMessage.SEVERITY_WARN, "space.materials.notDone", refused);
        }
        loadMaterials();
        PageMessages.focus("space-form:messages");
    }

    /** The chosen folder of the upload widget, or null. */
    public FolderView getUploadFolder() {
        return folders.stream().filter(f -> f.id().equals(uploadFolderId)).findFirst().orElse(null);
    }

    /** The address of a file of the space, or of its thumbnail: a pupil's own (their realm) or a teacher's. */
    public String fileUrl(String fileId, boolean thumbnail) {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
                + (seat != null ? PageRealms.PUPIL_PAGES + "files/" : "/files/") + fileId + (thumbnail ? "/thumbnail" : "");
    }

    /** A file's size as people read it: bytes, KB or MB. */
    public String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        return bytes < 1024 * 1024 ? Math.round(bytes / 1024.0) + " KB" : String.format("%.1f MB", bytes / 1048576.0);
    }

    public List<FolderView> getFolders() {
        return folders;
    }

    public String getFolderName() {
        return folderName;
    }

    public void setFolderName(String folderName) {
        this.folderName = folderName;
    }

    public boolean isFolderAlbum() {
        return folderAlbum;
    }

    public void setFolderAlbum(boolean folderAlbum) {
        this.folderAlbum = folderAlbum;
    }

    public String getUploadFolderId() {
        return uploadFolderId;
    }

    public void setUploadFolderId(String uploadFolderId) {
        this.uploadFolderId = uploadFolderId;
    }

    /** Follows the page read now, or stops: its followers hear of each new version someone else saves. */
    public void followPage(boolean following) {
        if (page == null) {
            return;
        }
        try {
            pageFollowed = spaces.follow(identity.require(), id, page.id(), following);
            PageMessages.show(FacesMessage.SEVERITY_INFO, following ? "space.page.followed" : "space.page.unfollowed",
                    following ? "space.page.followed.detail" : "space.page.unfollowed.detail");
        } catch (TwinningException refused) {
            PageMessages.showRefusal(FacesMessage.SEVERITY_WARN, "space.page.notDone", refused);
        }
        PageMessages.focus("space-form:follow-page");
    }

    public boolean isLoginEnded() {
        return loginEnded;
    }

    public boolean isPageFollowed() {
        return pageFollowed;
    }

    /** Whether the discussions shown are the teachers' bulletin's. */
    public boolean isBulletin() {
        return SpaceBulletin.KIND.equals(kind);
    }

    public String getBulletinShown() {
        return bulletinShown;
    }

    public void setBulletinShown(String bulletinShown) {
        this.bulletinShown = bulletinShown;
    }

    public String getMaterialsShown() {
        return materialsShown;
    }

    public void setMaterialsShown(String materialsShown) {
        this.materialsShown = materialsShown;
    }

    // ---------------------------------------------------------------- guests (T1): teachers of a member's school

    public boolean isMayManageGuests() {
        return space != null && space.actions().contains(SpaceAction.MANAGE_GUESTS);
    }

    /** Whether the reader is a guest of the space: they read and reply, and may leave. */
    public boolean isGuest() {
        return isMember() && seat == null && !isMayManageGuests();
    }

    private void loadGuests() {
        guests = guestService.guests(identity.require(), id);
        colleagues = space.archived() ? List.of() : guestService.colleagues(identity.require(), id);
    }

    /** A member invites the teacher of their school chosen in the list. */
    public void inviteGuest() {
        if (guestToInvite == null || guestToInvite.isBlank()) {
            PageMessages.showAtInput("space-form:guest-choice", new InvalidInputException("profileId",
                    "Choose the teacher to invite.").shownAs("space.guests.required"));
            return;
        }
        try {
            guestService.invite(identity.require(), id, guestToInvite);
            guestToInvite = null;
            loadGuests();
            PageMessages.show(FacesMessage.SEVERITY_INFO, "space.guests.invited", "space.guests.invited.detail");
            PageMessages.focus("space-form:messages");
        } catch (InvalidInputException wrong) {
            PageMessages.showAtInput("space-form:guest-choice", wrong);
        } catch (TwinningException refused) {
            refusedWithGuests(refused);
        }
    }

    /** A member removes a guest. */
    public void removeGuest(String profileId) {
        try {
            guestService.remove(identity.require(), id, profileId);
            loadGuests();
            PageMessages.show(FacesMessage.SEVERITY_INFO, "space.guests.removed", "space.guests.removed.detail");
            PageMessages.focus("space-form:messages");
        } catch (TwinningException refused) {
            refusedWithGuests(refused);
        }
    }

    /** A guest leaves the space: back to the project's page, which they still see as everyone does. */
    public void leave() throws IOException {
        try {
            guestService.leave(identity.require(), id);
            var external = FacesContext.getCurrentInstance().getExternalContext();
            external.getFlash().setKeepMessages(true);
            PageMessages.show(FacesMessage.SEVERITY_INFO, "space.guests.left", "space.guests.left.detail");
            external.redirect(external.getRequestContextPath() + "/projects/" + id);
        } catch (TwinningException refused) {
            PageMessages.showRefusal(FacesMessage.SEVERITY_WARN, "space.guests.notDone", refused);
            PageMessages.focus("space-form:messages");
        }
    }

    private void refusedWithGuests(TwinningException refused) {
        PageMessages.showRefusal(FacesMessage.SEVERITY_WARN, "space.guests.notDone", refused);
        space = spaces.space(identity.get(), id);
        if (isMayManageGuests()) {
            loadGuests();
        }
        PageMessages.focus("space-form:messages");
    }

    public List<GuestView> getGuests() {
        return guests;
    }

    public List<ColleagueView> getColleagues() {
        return colleagues;
    }

    public String getGuestToInvite() {
        return guestToInvite;
    }

    public void setGuestToInvite(String guestToInvite) {
        this.guestToInvite = guestToInvite;
    }

    public String getGuestsShown() {
        return guestsShown;
    }

    public void setGuestsShown(String guestsShown) {
        this.guestsShown = guestsShown;
    }

    private void refusedWithPupils(TwinningException refused) {
        PageMessages.showRefusal(FacesMessage.SEVERITY_WARN, "space.pupils.notDone", refused);
        space = spaces.space(identity.get(), id);
        if (isMayManagePupils()) {
            pupils = pupilService.pupils(identity.require(), id);
        }
        PageMessages.focus("space-form:messages");
    }

    public PupilsView getPupils() {
        return pupils;
    }

    public String getPupilsShown() {
        return pupilsShown;
    }

    public void setPupilsShown(String pupilsShown) {
        this.pupilsShown = pupilsShown;
    }

    public boolean isConsentTicked() {
        return consentTicked;
    }

    public void setConsentTicked(boolean consentTicked) {
        this.consentTicked = consentTicked;
    }

    public String getNicknames() {
        return nicknames;
    }

    public void setNicknames(String nicknames) {
        this.nicknames = nicknames;
    }

    public boolean isAdministrators() {
        return administrators;
    }

    public void setAdministrators(boolean administrators) {
        this.administrators = administrators;
    }

    public Integer getGraceDays() {
        return graceDays;
    }

    public void setGraceDays(Integer graceDays) {
        this.graceDays = graceDays;
    }

    /** Access codes go with the answer to the request that made them: any later one forgets them (no code redrawn). */
    public List<AccessCode> getCodes() {
        if (!codes.isEmpty() && !Boolean.TRUE.equals(FacesContext.getCurrentInstance().getExternalContext()
                .getRequestMap().get(CODES_MADE))) {
            codes = List.of();
        }
        return codes;
    }

    private void showOnce(List<AccessCode> made) {
        codes = made;
        FacesContext.getCurrentInstance().getExternalContext().getRequestMap().put(CODES_MADE, true);
    }

    public String getRemovingPupilId() {
        return removingPupilId;
    }

    public PupilSeatView getSeat() {
        return seat;
    }

    /** Where pupils sign in, as the sheet prints it: this server's /pupil-login. */
    /** Where pupils sign in, as printed on the sheet: the platform's public address (PUBLIC_URL), else this request's. */
    public String getPupilLoginAddress() {
        var external = FacesContext.getCurrentInstance().getExternalContext();
        String own = SecurityHeaders.origin(external.getRequestScheme(), external.getRequestServerName(),
                external.getRequestServerPort()).orElse("");
        // looked up, not injected: the headers' settings are not serializable, this view is
        var headers = jakarta.enterprise.inject.spi.CDI.current().select(SecurityHeaders.class).get();
        return headers.ownOrigin(own) + external.getRequestContextPath() + PageRealms.PUPIL_LOGIN;
    }

    public int getLargestClass() {
        return PupilService.LARGEST_CLASS;
    }

    public Pager<ThreadSummary> getThreads() {
        return threads;
    }

    public Pager<PostView> getPosts() {
        return posts;
    }

    /** The thread read, its posts' page read first so that both say the same. */
    public ThreadView getThread() {
        posts.getItems();
        return thread;
    }

    public String getForum() {
        return forum;
    }

    public void setForum(String forum) {
        this.forum = forum;
    }

    public String getThreadId() {
        return threadId;
    }

    public void setThreadId(String threadId) {
        this.threadId = threadId;
    }

    public String getThreadTitle() {
        return threadTitle;
    }

    public void setThreadTitle(String threadTitle) {
        this.threadTitle = threadTitle;
    }

    public String getThreadBody() {
        return threadBody;
    }

    public void setThreadBody(String threadBody) {
        this.threadBody = threadBody;
    }

    public String getReplyBody() {
        return replyBody;
    }

    public void setReplyBody(String replyBody) {
        this.replyBody = replyBody;
    }

    public String getRemovingPostId() {
        return removingPostId;
    }

    public String getRemovalReason() {
        return removalReason;
    }

    public void setRemovalReason(String removalReason) {
        this.removalReason = removalReason;
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
