package org.twinninglive.discussions;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.twinninglive.media.RichText;
import org.twinninglive.people.CallerProfile;
import org.twinninglive.people.RelatedPeople;
import org.twinninglive.people.Viewers;
import org.twinninglive.platform.InvalidInputException;
import org.twinninglive.platform.NotFoundException;
import org.twinninglive.platform.Page;
import org.twinninglive.platform.PageRequest;
import org.twinninglive.platform.SignedInIdentity;
import org.twinninglive.platform.Viewer;
import org.twinninglive.platform.Writer;

/**
 * The discussions (DESIGN.md): an owner's threads, a thread's posts, opening a thread, replying,
 * following, and moderation (pin, lock, remove a post with a reason). Each call asks the owner's
 * {@link DiscussionOwner} what the viewer may do; a thread of an owner the viewer may not see
 * does not exist for them (404). The author of a post follows its thread.
 */
@Stateless
@PermitAll
public class DiscussionService {

    private static final Logger LOG = Logger.getLogger(DiscussionService.class.getName());

    @Inject
    Instance<DiscussionOwner> owners;

    @Inject
    DiscussionRepository discussions;

    @Inject
    Viewers viewers;

    @Inject
    CallerProfile callers;

    @Inject
    RelatedPeople people;

    @Inject
    Clock clock;

    @Inject
    Event<DiscussionPosted> posted;

    /**
     * What the viewer may do in the owner's discussions now, whatever thread (none: they may not
     * read them, a visitor where only people do); not found for whom may not know the owner.
     */
    public Set<DiscussionAction> actions(Optional<SignedInIdentity> identity, String kind, String ownerId) {
        return Set.copyOf(owner(kind).actionsOf(viewers.of(identity), ownerId));
    }

    /** A page of the owner's threads, pinned ones first, then the latest active. */
    public Page<ThreadSummary> threads(Optional<SignedInIdentity> identity, String kind, String ownerId,
                                       PageRequest page) {
        var owner = owner(kind);
        owner.require(viewers.of(identity), ownerId, DiscussionAction.READ);
        var threads = discussions.threads(kind, ownerId, page);
        var names = names(owner, ownerId, threads.stream().map(DiscussionThread::createdBy).toList(),
                threads.stream().map(DiscussionThread::createdByPupil).toList());
        return Page.of(threads.stream().map(t -> summary(t, names)).toList(), page,
                discussions.countThreads(kind, ownerId));
    }

    /** A thread with a page of its posts. */
    public ThreadView thread(Optional<SignedInIdentity> identity, String kind, String ownerId, String threadId,
                             PageRequest page) {
        var viewer = viewers.of(identity);
        var thread = readable(viewer, kind, ownerId, threadId);
        return view(viewer, thread, page);
    }

    /** Opens a thread of the owner's with its first post. */
    public ThreadView open(SignedInIdentity identity, String kind, String ownerId, String title, String bodyHtml) {
        var viewer = viewers.of(identity);
        var owner = owner(kind);
        owner.require(viewer, ownerId, DiscussionAction.OPEN_THREAD);
        var me = writer(owner, viewer, identity, ownerId);
        var now = clock.instant();
        var thread = DiscussionThread.open(kind, ownerId, title, me, now);
        var post = thread.post(RichText.of(bodyHtml, "body"), me, now);
        discussions.add(thread);
        discussions.add(post);
        if (!me.isPupil()) {
            discussions.add(new DiscussionFollower(thread.id(), me.profileId(), now));
        }
        posted.fire(new DiscussionPosted(kind, ownerId, thread.id(), post.id(), me.id(), thread.title(), true,
                List.of(), owner.threadAddress(ownerId, thread.id()), owner.creditCategory(), me.isPupil()));
        LOG.info(() -> "%s opened thread %s of %s %s".formatted(me.id(), thread.id(), kind, ownerId));
        return view(viewer, thread, PageRequest.parse(null, null));
    }

    /** A reply in a thread; its followers who may still read it hear of it, and its author follows it from then on. */
    public PostView reply(SignedInIdentity identity, String kind, String ownerId, String threadId, String bodyHtml) {
        var viewer = viewers.of(identity);
        var owner = owner(kind);
        // the owner's row locked first, then the thread's: replies queue, its count and last post stay true
        owner.require(viewer, ownerId, DiscussionAction.REPLY);
        var thread = lockedThread(kind, ownerId, threadId);
        var me = writer(owner, viewer, identity, ownerId);
        var now = clock.instant();
        var post = thread.post(RichText.of(bodyHtml, "body"), me, now);
        discussions.add(post);
        var followers = discussions.followers(thread.id());
        // a pupil follows nothing: they are told nothing outside their space
        if (!me.isPupil() && !followers.contains(me.profileId())) {
            discussions.add(new DiscussionFollower(thread.id(), me.profileId(), now));
        }
        // a follower who left the owner (a project's former partner) hears nothing of it any more
        var told = owner.readersAmong(ownerId, followers.stream().filter(f -> !f.equals(me.id())).toList());
        posted.fire(new DiscussionPosted(kind, ownerId, thread.id(), post.id(), me.id(), thread.title(), false, told,
                owner.threadAddress(ownerId, thread.id()), owner.creditCategory(), me.isPupil()));
        return postView(post, names(owner, ownerId, Collections.singletonList(me.profileId()),
                Collections.singletonList(me.pupilId())));
    }

    /** The reader follows the thread, or no longer does. */
    public ThreadView follow(SignedInIdentity identity, String kind, String ownerId, String threadId, boolean follow) {
        var viewer = viewers.of(identity);
        owner(kind).require(viewer, ownerId, DiscussionAction.READ);
        var me = callers.of(identity);
        // the thread's row locked (read fresh): a double click or a reply at the same moment makes one follower
        var thread = lockedThread(kind, ownerId, threadId);
        if (follow && !discussions.follows(thread.id(), me.id())) {
            discussions.add(new DiscussionFollower(thread.id(), me.id(), clock.instant()));
        } else if (!follow) {
            discussions.unfollow(thread.id(), me.id());
        }
        return view(viewer, thread, PageRequest.parse(null, null));
    }

    /** A moderator pins or unpins, locks or unlocks a thread (null: unchanged; neither: refused, naming pinned). */
    public ThreadView moderate(SignedInIdentity identity, String kind, String ownerId, String threadId, Boolean pinned,
                               Boolean locked) {
        if (pinned == null && locked == null) {
            throw new InvalidInputException("pinned", "Say what changes: pinned, locked or both.")
                    .shownAs("discussion.nothingToChange");
        }
        var viewer = viewers.of(identity);
        owner(kind).require(viewer, ownerId, DiscussionAction.MODERATE);
        var thread = lockedThread(kind, ownerId, threadId);
        if (pinned != null) {
            thread.pin(pinned);
        }
        if (locked != null) {
            thread.lock(locked);
        }
        LOG.info(() -> "%s set thread %s pinned %s, locked %s".formatted(identity.username(), thread.id(), pinned,
                locked));
        return view(viewer, thread, PageRequest.parse(null, null));
    }

    /** A moderator removes a post with a reason: it stays, kept for the record, its words shown to no one. */
    public PostView remove(SignedInIdentity identity, String kind, String ownerId, String postId, String reason) {
        var viewer = viewers.of(identity);
        owner(kind).require(viewer, ownerId, DiscussionAction.MODERATE);
        String threadId = discussions.threadOf(postId).orElseThrow(() -> new NotFoundException("The post"));
        // the thread's row locked, then the post read: two removals queue, the second is told it was removed
        lockedThread(kind, ownerId, threadId);
        var post = discussions.post(postId).orElseThrow(() -> new NotFoundException("The post"));
        var me = callers.of(identity);
        post.remove(me.id(), reason, clock.instant());
        LOG.info(() -> "%s removed post %s of thread %s".formatted(identity.username(), postId, threadId));
        return postView(post, names(owner(kind), ownerId, Collections.singletonList(post.authorId()),
                Collections.singletonList(post.pupilAuthorId())));
    }

    /** The thread of this owner, its row locked (after the owner's), read fresh; else "not found". */
    private DiscussionThread lockedThread(String kind, String ownerId, String threadId) {
        return discussions.threadForUpdate(threadId)
                .filter(t -> t.ownerKind().equals(kind) && t.ownerId().equals(ownerId))
                .orElseThrow(() -> new NotFoundException("The thread"));
    }

    /** The thread, of this owner and readable by the viewer; else "not found" (another owner's thread too). */
    private DiscussionThread readable(Viewer viewer, String kind, String ownerId, String threadId) {
        var thread = discussions.thread(threadId).filter(t -> t.ownerKind().equals(kind) && t.ownerId().equals(ownerId))
                .orElseThrow(() -> new NotFoundException("The thread"));
        var owner = owner(thread.ownerKind());
        try {
            owner.require(viewer, thread.ownerId(), DiscussionAction.READ);
        } catch (NotFoundException hidden) {
            throw new NotFoundException("The thread");
        }
        return thread;
    }

    private ThreadView view(Viewer viewer, DiscussionThread thread, PageRequest page) {
        Set<DiscussionAction> actions = EnumSet.noneOf(DiscussionAction.class);
        actions.addAll(owner(thread.ownerKind()).actionsOf(viewer, thread.ownerId()));
        if (thread.locked()) {
            actions.remove(DiscussionAction.REPLY);
        }
        var posts = discussions.posts(thread.id(), page);
        var names = names(owner(thread.ownerKind()), thread.ownerId(),
                Stream.concat(Stream.of(thread.createdBy()), posts.stream().map(DiscussionPost::authorId)).toList(),
                Stream.concat(Stream.of(thread.createdByPupil()), posts.stream().map(DiscussionPost::pupilAuthorId))
                        .toList());
        boolean following = viewer.profileId().map(id -> discussions.follows(thread.id(), id)).orElse(false);
        return new ThreadView(summary(thread, names), thread.ownerKind(), thread.ownerId(),
                Page.of(posts.stream().map(p -> postView(p, names)).toList(), page, thread.posts()), following,
                actions);
    }

    private static ThreadSummary summary(DiscussionThread thread, Map<String, String> names) {
        String by = thread.createdBy() != null ? thread.createdBy() : thread.createdByPupil();
        return new ThreadSummary(thread.id(), thread.title(), by, by == null ? null : names.get(by),
                thread.createdAt(), thread.posts(), thread.lastPostAt(), thread.pinned(), thread.locked(),
                thread.createdByPupil() != null);
    }

    private static PostView postView(DiscussionPost post, Map<String, String> names) {
        String by = post.authorId() != null ? post.authorId() : post.pupilAuthorId();
        return new PostView(post.id(), post.threadId(), by, by == null ? null : names.get(by),
                post.removed() ? null : post.bodyHtml(), post.removed() ? null : post.bodyText(), post.createdAt(),
                post.removed(), post.removalReason(), post.removedAt(), post.pupilAuthorId() != null);
    }

    /** Who writes: a person as their profile, a pupil of the owner as the owner's id for them. */
    private Writer writer(DiscussionOwner owner, Viewer viewer, SignedInIdentity identity, String ownerId) {
        if (viewer.isPupil()) {
            return Writer.pupil(owner.pupilOf(viewer, ownerId).orElseThrow(() -> new NotFoundException("The owner")));
        }
        return Writer.person(callers.of(identity).id());
    }

    /** The names of the people (profiles) and of the owner's pupils among these ids, nulls and blanks skipped, in two queries. */
    private Map<String, String> names(DiscussionOwner owner, String ownerId, List<String> profileIds,
                                      List<String> pupilIds) {
        var people = profileIds.stream().filter(id -> id != null && !id.isEmpty()).distinct().toList();
        var pupils = pupilIds.stream().filter(id -> id != null && !id.isEmpty()).distinct().toList();
        Map<String, String> names = new HashMap<>(people.isEmpty() ? Map.of() : this.people.names(people));
        if (!pupils.isEmpty()) {
            names.putAll(owner.pupilNames(ownerId, pupils));
        }
        return names;
    }

    private DiscussionOwner owner(String kind) {
        var deciding = owners.stream().filter(o -> o.kind().equals(kind)).toList();
        if (deciding.size() != 1) {
            throw new IllegalStateException(deciding.size() + " DiscussionOwner beans decide for " + kind + ": one must");
        }
        return deciding.get(0);
    }
}
