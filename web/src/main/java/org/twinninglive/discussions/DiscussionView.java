package org.twinninglive.discussions;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.Set;
import org.twinninglive.media.RichText;
import org.twinninglive.platform.CurrentIdentity;
import org.twinninglive.platform.InvalidInputException;
import org.twinninglive.platform.NotFoundException;
import org.twinninglive.platform.PageMessages;
import org.twinninglive.platform.Pager;
import org.twinninglive.platform.SignedInIdentity;
import org.twinninglive.platform.TwinningException;

/**
 * Backs WEB-INF/includes/discussion.xhtml, the discussions of one owner (an event's forum) on
 * that owner's page: its threads (pinned first), a new thread, a thread read at the page's
 * address with {@code ?thread=} (where notifications link), its replies, following it, and for
 * moderators pin, lock and remove with a reason. The page's own bean tells it whose discussions
 * it shows ({@link #show}); the owner's rule decides what the reader may do. Texts are written as
 * plain text (blank lines between paragraphs), as TwinSpace's forum takes them.
 */
@Named
@ViewScoped
public class DiscussionView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** What the discussions show: the list of threads, the form of a new one, or one thread. */
    public enum Mode { THREADS, NEW_THREAD, THREAD }

    @Inject
    CurrentIdentity identity;

    @Inject
    DiscussionService discussions;

    private String kind;
    private String ownerId;
    private String address;
    private String form;
    /** The thread the page's address names ({@code ?thread=}), read when the page opens. */
    private String requestedThread;
    /** What the reader may do in the owner's discussions, whatever thread. */
    private Set<DiscussionAction> actions = Set.of();
    private Mode mode = Mode.THREADS;
    private String threadId;
    /** The thread read, as its page of posts was read with it. */
    private ThreadView thread;
    private final Pager<ThreadSummary> threads =
            new Pager<>(page -> discussions.threads(identity.get(), kind, ownerId, page));
    private final Pager<PostView> posts = new Pager<>(page -> {
        thread = discussions.thread(identity.get(), kind, ownerId, threadId, page);
        return thread.posts();
    });
    private String threadTitle;
    private String threadBody;
    private String replyBody;
    private String removingPostId;
    private String removalReason;

    /**
     * Shows the discussions of the owner ({@code kind}, {@code ownerId}) on its page at
     * {@code address} (from the application's root: {@code /events/{id}}), inside the page's form
     * {@code form}: nothing to whom may not read them; the thread the address names, or "not found"
     * (404) for a thread unknown or another owner's, as TwinSpace answers.
     */
    public void show(String kind, String ownerId, String address, String form) throws IOException {
        this.kind = kind;
        this.ownerId = ownerId;
        this.address = address;
        this.form = form;
        refreshActions();
        if (!isReadable() || requestedThread == null || requestedThread.isBlank()) {
            return;
        }
        threadId = requestedThread;
        mode = Mode.THREAD;
        try {
            posts.getItems();
        } catch (NotFoundException unknown) {
            var faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().responseSendError(404, "");
            faces.responseComplete();
        }
    }

    /** Opens the form of a new thread. */
    public void startThread() {
        mode = Mode.NEW_THREAD;
        threadTitle = null;
        threadBody = null;
        PageMessages.focus(form + ":thread-title");
    }

    /** Back to the threads, nothing opened. */
    public void cancelThread() {
        mode = Mode.THREADS;
        threads.restart();
        PageMessages.focus("discussion-heading");
    }

    /** Opens the thread written in the form, with its first post; a refusal keeps what was typed. */
    public void openThread() {
        try {
            String html = RichText.ofPlainText(threadBody).html();
            var opened = discussions.open(identity.require(), kind, ownerId, threadTitle, html);
            threadId = opened.thread().id();
            mode = Mode.THREAD;
            threadTitle = null;
            threadBody = null;
            posts.restart();
            threads.restart();
            PageMessages.show(FacesMessage.SEVERITY_INFO, "space.thread.opened", "space.thread.opened.detail");
            PageMessages.focus("discussion-thread-title");
        } catch (InvalidInputException wrong) {
            PageMessages.showAtInput(form + ("body".equals(wrong.field()) ? ":thread-body" : ":thread-title"), wrong);
        } catch (TwinningException refused) {
            refused(refused);
        }
    }

    /** Replies in the thread read; the reply shows on the thread's last page. */
    public void reply() {
        try {
            String html = RichText.ofPlainText(replyBody).html();
            discussions.reply(identity.require(), kind, ownerId, threadId, html);
            replyBody = null;
            posts.last();
            PageMessages.show(FacesMessage.SEVERITY_INFO, "space.thread.replied", "space.thread.replied.detail");
            PageMessages.focus(form + ":messages");
        } catch (InvalidInputException wrong) {
            PageMessages.showAtInput(form + ":reply-body", wrong);
        } catch (TwinningException refused) {
            refused(refused);
        }
    }

    /** The reader follows the thread read (told of each reply), or stops. */
    public void follow(boolean following) {
        try {
            discussions.follow(identity.require(), kind, ownerId, threadId, following);
            PageMessages.show(FacesMessage.SEVERITY_INFO, following ? "space.thread.followed" : "space.thread.unfollowed",
                    following ? "space.thread.followed.detail" : "space.thread.unfollowed.detail");
            PageMessages.focus(form + (following ? ":unfollow" : ":follow"));
        } catch (TwinningException refused) {
            refused(refused);
        }
    }

    /** A moderator pins or unpins, locks or unlocks the thread read (null: unchanged). */
    public void moderate(Boolean pinned, Boolean locked) {
        try {
            discussions.moderate(identity.require(), kind, ownerId, threadId, pinned, locked);
            PageMessages.show(FacesMessage.SEVERITY_INFO, "space.thread.moderated", "discussion.moderated.detail");
            PageMessages.focus(form + ":messages");
        } catch (TwinningException refused) {
            refused(refused);
        }
    }

    /** Asks for the reason of removing a post, beside it. */
    public void startRemoving(String postId) {
        removingPostId = postId;
        removalReason = null;
        PageMessages.focus(form + ":removal-reason");
    }

    public void cancelRemoving() {
        removingPostId = null;
    }

    /** Removes the post asked for, with the reason its readers see in its place. */
    public void remove() {
        try {
            discussions.remove(identity.require(), kind, ownerId, removingPostId, removalReason);
            removingPostId = null;
            PageMessages.show(FacesMessage.SEVERITY_INFO, "space.thread.removed", "space.thread.removed.detail");
            PageMessages.focus(form + ":messages");
        } catch (InvalidInputException wrong) {
            PageMessages.showAtInput(form + ":removal-reason", wrong);
        } catch (TwinningException refused) {
            refused(refused);
        }
    }

    /**
     * A refusal (a thread locked meanwhile, the owner turned read-only: an event cancelled): said
     * in the reader's words, and the discussions as they are now, without the forms that no longer apply.
     */
    private void refused(TwinningException refused) {
        PageMessages.showRefusal(FacesMessage.SEVERITY_WARN, "space.thread.notDone", refused);
        refreshActions();
        if (!isReadable() || mode == Mode.NEW_THREAD && !isMayOpenThread()) {
            mode = Mode.THREADS;
        }
        PageMessages.focus(form + ":messages");
    }

    private void refreshActions() {
        try {
            actions = discussions.actions(identity.get(), kind, ownerId);
        } catch (NotFoundException hidden) {
            // the page says what it says of an owner the reader may not know; its discussions show nothing
            actions = Set.of();
        }
    }

    /** Whether the reader may read the discussions: nothing of them shows otherwise. */
    public boolean isReadable() {
        return actions.contains(DiscussionAction.READ);
    }

    public boolean isMayOpenThread() {
        return actions.contains(DiscussionAction.OPEN_THREAD);
    }

    /** Whether the reader reads but may write nothing now (an event cancelled): no form is shown. */
    public boolean isReadOnly() {
        return isReadable() && !actions.contains(DiscussionAction.OPEN_THREAD)
                && !actions.contains(DiscussionAction.REPLY);
    }

    /** What the reader may do in the thread read now (REPLY only while it is not locked). */
    public boolean may(String action) {
        var read = getThread();
        return read != null && read.actions().contains(DiscussionAction.valueOf(action));
    }

    /** Whether the reader follows threads: people do; pupils are told nothing outside their space. */
    public boolean isMayFollow() {
        return identity.get().filter(SignedInIdentity::isPupil).isEmpty();
    }

    /** The address of a thread, where notifications link: the page's, with {@code thread=}. */
    public String threadAddress(String id) {
        return address + (address.contains("?") ? "&" : "?") + "thread=" + id;
    }

    public Mode getMode() {
        return mode;
    }

    public String getAddress() {
        return address;
    }

    public String getForm() {
        return form;
    }

    /** The thread read, as it is now: read with its page of posts, once for the action and once for drawing. */
    public ThreadView getThread() {
        if (mode == Mode.THREAD && threadId != null) {
            posts.getItems();
        }
        return thread;
    }

    public Pager<ThreadSummary> getThreads() {
        return threads;
    }

    public Pager<PostView> getPosts() {
        return posts;
    }

    public String getRequestedThread() {
        return requestedThread;
    }

    public void setRequestedThread(String requestedThread) {
        this.requestedThread = requestedThread;
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
}
