package org.twinninglive.twinspace;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.twinninglive.media.RichText;
import org.twinninglive.people.CallerProfile;
import org.twinninglive.people.RelatedPeople;
import org.twinninglive.people.Viewers;
import org.twinninglive.platform.ConflictException;
import org.twinninglive.platform.InvalidInputException;
import org.twinninglive.platform.NotFoundException;
import org.twinninglive.platform.Page;
import org.twinninglive.platform.PageRequest;
import org.twinninglive.platform.SignedInIdentity;
import org.twinninglive.platform.Viewer;
import org.twinninglive.platform.Writer;
import org.twinninglive.projects.Project;
import org.twinninglive.projects.ProjectRepository;

/**
 * The TwinSpaces (T1, T3): a space's home with its tree of pages and its Twinboard, its pages,
 * their writing with one version after another, and their history. Who may do what is
 * {@link SpaceAccess}'s; a page's rules are {@link SpacePage}'s.
 */
@Stateless
@PermitAll
public class SpaceService {

    private static final Logger LOG = Logger.getLogger(SpaceService.class.getName());

    /** The Twinboard shows this many of the latest saved versions. */
    public static final int TWINBOARD_SIZE = 10;

    /** A page's history shows this many versions, the latest first. */
    public static final int HISTORY_SIZE = 100;

    @Inject
    Viewers viewers;

    @Inject
    CallerProfile callers;

    @Inject
    ProjectRepository projects;

    @Inject
    SpaceRepository spaces;

    @Inject
    SpaceAccess access;

    @Inject
    PupilRepository pupils;

    @Inject
    RelatedPeople people;

    @Inject
    Clock clock;

    @Inject
    Event<SpacePageChanged> pageChanged;

    /** The space: its public part for whoever may see the project; its pages and Twinboard for its members. */
    public SpaceView space(Optional<SignedInIdentity> identity, String projectId) {
        var viewer = viewers.of(identity);
        var project = access.spaceOf(viewer, projects.find(projectId));
        var actions = access.actionsOf(viewer, project);
        List<SpacePageSummary> pages = null;
        List<SpaceRevisionView> recent = null;
        if (actions.contains(SpaceAction.READ)) {
            pages = tree(spaces.pages(project.id()));
            var latest = spaces.recent(project.id(), TWINBOARD_SIZE);
            var names = editorNames(latest);
            recent = latest.stream().map(r -> revisionView(r, names, false)).toList();
        }
        return new SpaceView(project.id(), project.title(), project.description().html(), project.coverImageId(),
                project.status().name(), SpaceAccess.archived(project), actions, pages, recent);
    }

    /** The tree of the space's pages, for its members. */
    public List<SpacePageSummary> pages(Optional<SignedInIdentity> identity, String projectId) {
        var project = inside(viewers.of(identity), projectId, SpaceAction.READ);
        return tree(spaces.pages(project.id()));
    }

    /** A page of the space, for its members. */
    public SpacePageView page(Optional<SignedInIdentity> identity, String projectId, String pageId) {
        var project = inside(viewers.of(identity), projectId, SpaceAction.READ);
        return pageView(spaces.page(project.id(), pageId).orElseThrow(() -> new NotFoundException("The page")));
    }

    /** A member writes a new page, under another page of the space ({@code parentId}) or at its top. */
    public SpacePageView write(SignedInIdentity identity, String projectId, String parentId, String title,
                               String bodyHtml) {
        var viewer = viewers.of(identity);
        var project = inside(viewer, projectId, SpaceAction.EDIT_PAGES);
        var me = writer(viewer, identity);
        SpacePage parent = null;
        if (parentId != null && !parentId.isBlank()) {
            parent = spaces.page(project.id(), parentId.strip()).orElseThrow(() -> new NotFoundException("The page"));
        }
        if (spaces.countPages(project.id()) >= SpaceRepository.MOST_PAGES) {
            throw new ConflictException("The TwinSpace holds " + SpaceRepository.MOST_PAGES + " pages, as many as it"
                    + " may.", "space-full").shownAs("space.full", SpaceRepository.MOST_PAGES);
        }
        var page = SpacePage.write(project.id(), parent, title, RichText.of(bodyHtml, "body"), me, clock.instant());
        spaces.add(page);
        spaces.add(page.saved());
        followAsWriter(page.id(), me);
        LOG.info(() -> "%s wrote page %s in the TwinSpace of %s".formatted(me.id(), page.id(), project.id()));
        return pageView(page);
    }

    /**
     * A member saves a new version of a page, made from version {@code from}: refused (409, with
     * the current version) when someone saved another since; nothing is overwritten.
     */
    public SpacePageView edit(SignedInIdentity identity, String projectId, String pageId, Integer from, String title,
                              String bodyHtml) {
        var viewer = viewers.of(identity);
        var project = inside(viewer, projectId, SpaceAction.EDIT_PAGES);
        var me = writer(viewer, identity);
        if (from == null) {
            throw new InvalidInputException("version", "version is required: the version"
                    + " of the page the change was made from.").shownAs("space.page.version");
        }
        // the page's row locked: of two saves made from one version, the second sees the first's
        var page = spaces.pageForUpdate(project.id(), pageId).orElseThrow(() -> new NotFoundException("The page"));
        page.edit(from, title, RichText.of(bodyHtml, "body"), me, clock.instant());
        spaces.add(page.saved());
        // its followers who may still read the space hear of it, the editor aside; the editor follows it from now on
        var followers = spaces.followers(page.id()).stream().filter(f -> !f.equals(me.profileId())).toList();
        var told = access.readersAmong(project, followers);
        if (!told.isEmpty()) {
            pageChanged.fire(new SpacePageChanged(project.id(), page.id(), page.title(), me.id(), told,
                    "/projects/" + project.id() + "/space?page=" + page.id()));
        }
        followAsWriter(page.id(), me);
        return pageView(page);
    }

    /**
     * Someone who reads the space follows a page, or stops: a follower hears of each new version
     * someone else saves. A pupil follows nothing (they have no profile to be told with).
     */
    public boolean follow(SignedInIdentity identity, String projectId, String pageId, Boolean following) {
        if (following == null) {
            throw new InvalidInputException("following", "following is required: true or false.")
                    .shownAs("space.page.following");
        }
        var viewer = viewers.of(identity);
        var project = inside(viewer, projectId, SpaceAction.READ);
        if (viewer.isPupil()) {
            throw new org.twinninglive.platform.ForbiddenException("A pupil follows nothing.")
                    .shownAs("space.pupilMayNot");
        }
        var me = callers.of(identity);
        // the page's row locked: a double click makes one follower
        var page = spaces.pageForUpdate(project.id(), pageId).orElseThrow(() -> new NotFoundException("The page"));
        if (following && !spaces.follows(page.id(), me.id())) {
            spaces.add(new SpacePageFollower(page.id(), me.id(), clock.instant()));
        } else if (!following) {
            spaces.unfollow(page.id(), me.id());
        }
        return following;
    }

    /** Whether the signed-in person follows the page (false for visitors and pupils). */
    public boolean follows(Optional<SignedInIdentity> identity, String pageId) {
        var viewer = viewers.of(identity);
        return viewer.profileId().filter(id -> spaces.follows(pageId, id)).isPresent();
    }

    /** Whoever writes a page or a version of it follows it (a pupil follows nothing). */
    private void followAsWriter(String pageId, Writer me) {
        if (!me.isPupil() && !spaces.follows(pageId, me.profileId())) {
            spaces.add(new SpacePageFollower(pageId, me.profileId(), clock.instant()));
        }
    }

    /** A page's versions, the latest first, without their bodies. */
    public List<SpaceRevisionView> history(Optional<SignedInIdentity> identity, String projectId, String pageId) {
        var project = inside(viewers.of(identity), projectId, SpaceAction.READ);
        var page = spaces.page(project.id(), pageId).orElseThrow(() -> new NotFoundException("The page"));
        var revisions = spaces.revisions(page.id(), HISTORY_SIZE);
        var names = editorNames(revisions);
        return revisions.stream().map(r -> revisionView(r, names, false)).toList();
    }

    /** One version of a page, with its body as it was then. */
    public SpaceRevisionView revision(Optional<SignedInIdentity> identity, String projectId, String pageId,
                                      int version) {
        var project = inside(viewers.of(identity), projectId, SpaceAction.READ);
        var page = spaces.page(project.id(), pageId).orElseThrow(() -> new NotFoundException("The page"));
        var revision = spaces.revision(page.id(), version).orElseThrow(() -> new NotFoundException("The version"));
        return revisionView(revision, editorNames(List.of(revision)), true);
    }

    /**
     * A page of the space's public blog, the latest first: whoever may see the project, visitors
     * too. Its authors are named as on the project's page: to its members; to anyone else signed in
     * only those whose profile they may see; to visitors none.
     */
    public Page<BlogPostView> blog(Optional<SignedInIdentity> identity, String projectId, PageRequest page) {
        var viewer = viewers.of(identity);
        var project = access.spaceOf(viewer, projects.find(projectId));
        var posts = spaces.blog(project.id(), page);
        var authors = posts.stream().map(SpaceBlogPost::authorId).filter(Objects::nonNull).toList();
        Map<String, String> names = access.actionsOf(viewer, project).contains(SpaceAction.READ) ? people.names(authors)
                : identity.map(signedIn -> people.visibleNames(signedIn, authors)).orElse(Map.of());
        return Page.of(posts.stream().map(b -> blogView(b, names)).toList(), page, spaces.countBlog(project.id()));
    }

    /** A member publishes a post on the space's blog, for everyone. */
    public BlogPostView publish(SignedInIdentity identity, String projectId, String title, String bodyHtml) {
        var project = inside(viewers.of(identity), projectId, SpaceAction.PUBLISH);
        var me = callers.of(identity);
        var post = SpaceBlogPost.publish(project.id(), title, RichText.of(bodyHtml, "body"), me.id(), clock.instant());
        spaces.add(post);
        LOG.info(() -> "%s published blog post %s of %s".formatted(me.id(), post.id(), project.id()));
        return blogView(post, people.names(List.of(me.id())));
    }

    private static BlogPostView blogView(SpaceBlogPost post, Map<String, String> names) {
        return new BlogPostView(post.id(), post.projectId(), post.title(), post.bodyHtml(), post.bodyText(),
                post.authorId(), post.authorId() == null ? null : names.get(post.authorId()), post.publishedAt());
    }

    /**
     * The project whose space it is, the action allowed. A change locks the project's row first
     * (then the page's): a close, a member's removal or an erasure, which lock it too, queue
     * with it, so nothing is written into a space archived or left meanwhile.
     */
    private Project inside(Viewer viewer, String projectId, SpaceAction action) {
        var project = access.spaceOf(viewer, action == SpaceAction.READ ? projects.find(projectId)
                : projects.forUpdate(projectId));
        access.require(viewer, project, action);
        return project;
    }

    private SpacePageView pageView(SpacePage page) {
        var names = names(Stream.of(page.createdBy(), page.updatedBy()),
                Stream.of(page.createdByPupil(), page.updatedByPupil()));
        String creator = page.createdBy() != null ? page.createdBy() : page.createdByPupil();
        String editor = page.updatedBy() != null ? page.updatedBy() : page.updatedByPupil();
        return new SpacePageView(page.id(), page.projectId(), page.parentId(), page.title(), page.bodyHtml(),
                page.bodyText(), page.revision(), page.createdAt(), creator, creator == null ? null : names.get(creator),
                page.updatedAt(), editor, editor == null ? null : names.get(editor));
    }

    private static SpaceRevisionView revisionView(SpacePageRevision revision, Map<String, String> names,
                                                  boolean withBody) {
        String editor = revision.editedBy() != null ? revision.editedBy() : revision.editedByPupil();
        return new SpaceRevisionView(revision.pageId(), revision.revision(), revision.title(), editor,
                editor == null ? null : names.get(editor), revision.editedAt(), withBody ? revision.bodyHtml() : null);
    }

    private Map<String, String> editorNames(List<SpacePageRevision> revisions) {
        return names(revisions.stream().map(SpacePageRevision::editedBy),
                revisions.stream().map(SpacePageRevision::editedByPupil));
    }

    /** The names of these people and pupils (nulls skipped), by id: one query each. */
    private Map<String, String> names(Stream<String> profileIds, Stream<String> pupilIds) {
        var people = profileIds.filter(Objects::nonNull).distinct().toList();
        var nicknames = pupils.nicknames(pupilIds.filter(Objects::nonNull).distinct().toList());
        Map<String, String> names = new HashMap<>(people.isEmpty() ? Map.of() : this.people.names(people));
        names.putAll(nicknames);
        return names;
    }

    /** Who writes: a member as their profile, a pupil-administrator as their seat (T2). */
    private Writer writer(Viewer viewer, SignedInIdentity identity) {
        if (viewer.isPupil()) {
            return Writer.pupil(access.seatOf(viewer).orElseThrow(() -> new NotFoundException("The TwinSpace")).id());
        }
        return Writer.person(callers.of(identity).id());
    }

    /** The pages in the order of their tree: each page's children, by title, right after it. */
    static List<SpacePageSummary> tree(Collection<SpacePage> pages) {
        Map<String, List<SpacePage>> children = new HashMap<>();
        var known = pages.stream().map(SpacePage::id).collect(Collectors.toSet());
        for (var page : pages) {
            // a page whose parent is not among those read stands at the top
            String parent = page.parentId() != null && known.contains(page.parentId()) ? page.parentId() : "";
            children.computeIfAbsent(parent, p -> new ArrayList<>()).add(page);
        }
        children.values().forEach(list -> list.sort(Comparator.comparing(SpacePage::title, String.CASE_INSENSITIVE_ORDER)
                .thenComparing(SpacePage::id)));
        var ordered = new ArrayList<SpacePageSummary>();
        addChildren("", 0, children, ordered);
        return ordered;
    }

    private static void addChildren(String parent, int depth, Map<String, List<SpacePage>> children,
                                    List<SpacePageSummary> ordered) {
        for (var page : children.getOrDefault(parent, List.of())) {
            ordered.add(new SpacePageSummary(page.id(), page.parentId(), page.title(), depth, page.revision(),
                    page.updatedAt()));
            addChildren(page.id(), depth + 1, children, ordered);
        }
    }
}
