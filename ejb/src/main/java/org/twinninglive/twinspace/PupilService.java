package org.twinninglive.twinspace;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.twinninglive.discussions.DiscussionsPersonalData;
import org.twinninglive.people.CallerProfile;
import org.twinninglive.people.RelatedPeople;
import org.twinninglive.people.Viewers;
import org.twinninglive.platform.ConflictException;
import org.twinninglive.platform.InvalidInputException;
import org.twinninglive.platform.NotFoundException;
import org.twinninglive.platform.Page;
import org.twinninglive.platform.PageRequest;
import org.twinninglive.platform.PupilErasing;
import org.twinninglive.platform.SignedInIdentity;
import org.twinninglive.platform.UnavailableException;
import org.twinninglive.platform.Viewer;
import org.twinninglive.projects.Project;
import org.twinninglive.projects.ProjectRepository;

/**
 * A TwinSpace's pupils (T2) and their wall. The project's teachers confirm the parents' consent,
 * then make logins for a class (a nickname each; a generated user name and password, shown once
 * for a printed sheet), give a pupil a new password, make one a pupil-administrator, remove one
 * (their words go with them), and set how long logins last after a close (T3). Pupils and
 * teachers post on the wall; a teacher hides a post, kept for the record. Who may do what is
 * {@link SpaceAccess}'s; the accounts are Keycloak's ({@link PupilAccounts}).
 */
@Stateless
@PermitAll
public class PupilService {

    private static final Logger LOG = Logger.getLogger(PupilService.class.getName());

    /** A teacher makes at most this many logins at once (a class). */
    public static final int LARGEST_CLASS = 40;
    private static final int TRIES = 5;

    @Inject
    Viewers viewers;

    @Inject
    CallerProfile callers;

    @Inject
    ProjectRepository projects;

    @Inject
    SpaceAccess access;

    @Inject
    PupilRepository pupils;

    @Inject
    PupilAccounts accounts;

    @Inject
    RelatedPeople people;

    @Inject
    DiscussionsPersonalData discussions;

    @Inject
    Event<PupilErasing> erasing;

    @Inject
    Clock clock;

    @Resource
    TransactionSynchronizationRegistry transactions;

    /** The space's pupils and settings, for its teachers. */
    public PupilsView pupils(SignedInIdentity identity, String projectId) {
        var project = inside(viewers.of(identity), projectId, SpaceAction.MANAGE_PUPILS, false);
        return view(project);
    }

    /** A teacher confirms that the school holds the parents' consent: the space may have pupils from then on. */
    public PupilsView confirmConsent(SignedInIdentity identity, String projectId) {
        var project = inside(viewers.of(identity), projectId, SpaceAction.MANAGE_PUPILS, true);
        if (SpaceAccess.archived(project)) {
            // an archived space takes no new pupils: nothing to consent to until it reopens
            throw SpaceAccess.archivedRefusal();
        }
        if (pupils.settings(project.id()).isEmpty()) {
            var me = callers.of(identity);
            pupils.add(SpacePupilSettings.consentConfirmed(project.id(), me.id(), clock.instant()));
            LOG.info(() -> "%s confirmed the parents' consent for the pupils of %s".formatted(me.id(), project.id()));
        }
        return view(project);
    }

    /** A teacher sets the days pupils may still sign in once the project is closed (T3). */
    public PupilsView graceDays(SignedInIdentity identity, String projectId, Integer days) {
        var project = inside(viewers.of(identity), projectId, SpaceAction.MANAGE_PUPILS, true);
        consented(project).graceDays(days);
        return view(project);
    }

    /**
     * A teacher makes a login for each nickname (a class at once): their access codes, shown this
     * once. Refused, nothing made, before the parents' consent is confirmed, in an archived space,
     * beyond {@link #LARGEST_CLASS} at once or {@link PupilRepository#MOST_PUPILS} in the space.
     */
    public List<AccessCode> create(SignedInIdentity identity, String projectId, List<String> nicknames,
                                   boolean administrators) {
        var viewer = viewers.of(identity);
        var project = inside(viewer, projectId, SpaceAction.MANAGE_PUPILS, true);
        if (SpaceAccess.archived(project)) {
            throw SpaceAccess.archivedRefusal();
        }
        consented(project);
        var names = (nicknames == null ? List.<String>of() : nicknames).stream().filter(Objects::nonNull)
                .map(String::strip).filter(n -> !n.isEmpty()).map(SpacePupil::nickname).toList();
        if (names.isEmpty() || names.size() > LARGEST_CLASS) {
            throw new InvalidInputException("nicknames", "Give 1 to " + LARGEST_CLASS + " nicknames, one per pupil.")
                    .shownAs("space.pupils.count", LARGEST_CLASS);
        }
        if (pupils.countPupils(project.id()) + names.size() > PupilRepository.MOST_PUPILS) {
            throw new ConflictException("The TwinSpace may have " + PupilRepository.MOST_PUPILS + " pupils.",
                    "space-pupils-full").shownAs("space.pupils.full", PupilRepository.MOST_PUPILS);
        }
        var me = callers.of(identity);
        var now = clock.instant();
        var codes = new ArrayList<AccessCode>();
        var made = new ArrayList<String>();
        // nothing half-made: should the rows not commit after all, the accounts go too
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status != Status.STATUS_COMMITTED) {
                    List.copyOf(made).forEach(PupilService.this::removeQuietly);
                }
            }
        });
        try {
            for (String nickname : names) {
                String password = SpacePupil.newPassword();
                var login = newLogin(password);
                made.add(login.subject());
                var pupil = SpacePupil.of(project.id(), login.subject(), login.username(), nickname, me.id(), now);
                pupil.administrator(administrators);
                pupils.add(pupil);
                codes.add(new AccessCode(pupil.id(), pupil.nickname(), pupil.username(), password));
            }
            // the rows' own refusals (a constraint) here, while the accounts can still be taken back
            pupils.flush();
        } catch (IOException | RuntimeException failed) {
            // nothing half-made: the accounts made so far go at once (the transaction rolls the rows back)
            made.forEach(this::removeQuietly);
            made.clear();
            if (failed instanceof RuntimeException runtime && !(failed instanceof UnavailableException)) {
                throw runtime;
            }
            LOG.log(Level.WARNING, "Keycloak could not make the pupils' logins", failed);
            throw unavailable();
        }
        LOG.info(() -> "%s made %d pupil logins in the TwinSpace of %s".formatted(me.id(), codes.size(), project.id()));
        return codes;
    }

    /** A teacher gives a pupil a new password: their access code, shown this once. */
    public AccessCode resetPassword(SignedInIdentity identity, String projectId, String pupilId) {
        var project = inside(viewers.of(identity), projectId, SpaceAction.MANAGE_PUPILS, true);
        var pupil = pupils.pupil(project.id(), pupilId).orElseThrow(() -> new NotFoundException("The pupil"));
        String password = SpacePupil.newPassword();
        try {
            accounts.resetPassword(pupil.subject(), password);
        } catch (IOException failed) {
            LOG.log(Level.WARNING, "Keycloak could not give a pupil a new password", failed);
            throw unavailable();
        }
        return new AccessCode(pupil.id(), pupil.nickname(), pupil.username(), password);
    }

    /** A teacher makes a pupil a pupil-administrator (who also edits pages and opens threads), or a pupil again. */
    public PupilView administrator(SignedInIdentity identity, String projectId, String pupilId, Boolean administrator) {
        if (administrator == null) {
            throw new InvalidInputException("administrator", "administrator is required: true or false.")
                    .shownAs("space.pupils.administrator");
        }
        var project = inside(viewers.of(identity), projectId, SpaceAction.MANAGE_PUPILS, true);
        var pupil = pupils.pupil(project.id(), pupilId).orElseThrow(() -> new NotFoundException("The pupil"));
        pupil.administrator(administrator);
        return view(pupil);
    }

    /**
     * A teacher removes a pupil: their login ends at once, their wall posts and the words of their
     * forum posts go with them (the posts stay in their threads, as removed).
     */
    public void remove(SignedInIdentity identity, String projectId, String pupilId) {
        var project = inside(viewers.of(identity), projectId, SpaceAction.MANAGE_PUPILS, true);
        var pupil = pupils.pupil(project.id(), pupilId).orElseThrow(() -> new NotFoundException("The pupil"));
        erasing.fire(new PupilErasing(pupil.id(), clock.instant()));
        pupils.remove(pupil);
        try {
            // last: when Keycloak refuses, the transaction rolls back and the pupil stays as they were
            accounts.remove(pupil.subject());
        } catch (IOException failed) {
            LOG.log(Level.WARNING, "Keycloak could not remove a pupil's login", failed);
            throw unavailable();
        }
        LOG.info(() -> "%s removed pupil %s of %s".formatted(identity.username(), pupil.id(), project.id()));
    }

    /** What the platform holds about a pupil, for the space's teachers (T2: a pupil's data on a teacher's request). */
    public PupilData data(SignedInIdentity identity, String projectId, String pupilId) {
        var project = inside(viewers.of(identity), projectId, SpaceAction.MANAGE_PUPILS, false);
        var pupil = pupils.pupil(project.id(), pupilId).orElseThrow(() -> new NotFoundException("The pupil"));
        var names = Map.of(pupil.id(), pupil.nickname());
        return new PupilData(pupil.id(), project.id(), pupil.nickname(), pupil.username(), pupil.administrator(),
                pupil.createdAt(), pupils.wallPostsOf(pupil.id()).stream().map(w -> wallView(w, names)).toList(),
                discussions.postsOfPupil(pupil.id()));
    }

    /** The signed-in pupil's own seat: the one space they reach. */
    public PupilSeatView seat(SignedInIdentity identity) {
        var viewer = viewers.of(identity);
        var seat = access.seatOf(viewer).orElseThrow(() -> new NotFoundException("The TwinSpace"));
        var project = access.spaceOf(viewer, projects.find(seat.projectId()));
        return new PupilSeatView(seat.id(), project.id(), project.title(), seat.nickname(), seat.administrator());
    }

    /** A page of the pupil wall, the latest first; hidden posts for the teachers alone, marked hidden. */
    public Page<WallPostView> wall(SignedInIdentity identity, String projectId, PageRequest page) {
        var viewer = viewers.of(identity);
        var project = inside(viewer, projectId, SpaceAction.READ, false);
        boolean teachers = access.actionsOf(viewer, project).contains(SpaceAction.MANAGE_PUPILS);
        var posts = pupils.wall(project.id(), teachers, page);
        var names = names(posts);
        return Page.of(posts.stream().map(w -> wallView(w, names)).toList(), page,
                pupils.countWall(project.id(), teachers));
    }

    /** A pupil or a teacher posts on the wall. */
    public WallPostView postOnWall(SignedInIdentity identity, String projectId, String body) {
        var viewer = viewers.of(identity);
        var project = inside(viewer, projectId, SpaceAction.POST_ON_WALL, true);
        var seat = access.seatOf(viewer);
        String authorId = seat.isPresent() ? null : callers.of(identity).id();
        var post = SpaceWallPost.write(project.id(), authorId, seat.map(SpacePupil::id).orElse(null), body,
                clock.instant());
        pupils.add(post);
        return wallView(post, names(List.of(post)));
    }

    /** A teacher hides a wall post: kept for the record, shown to the teachers alone. */
    public WallPostView hide(SignedInIdentity identity, String projectId, String postId) {
        var project = inside(viewers.of(identity), projectId, SpaceAction.MODERATE, true);
        var post = pupils.wallPostForUpdate(project.id(), postId).orElseThrow(() -> new NotFoundException("The post"));
        var me = callers.of(identity);
        post.hide(me.id(), clock.instant());
        LOG.info(() -> "%s hid wall post %s of %s".formatted(me.id(), post.id(), project.id()));
        return wallView(post, names(List.of(post)));
    }

    /** The project of the space, the action allowed; a change locks the project's row first (as SpaceService). */
    private Project inside(Viewer viewer, String projectId, SpaceAction action, boolean changes) {
        var project = access.spaceOf(viewer, changes ? projects.forUpdate(projectId) : projects.find(projectId));
        access.require(viewer, project, action);
        return project;
    }

    private SpacePupilSettings consented(Project project) {
        return pupils.settings(project.id()).orElseThrow(() -> new ConflictException("Confirm first that the school"
                + " holds the consent of the pupils' parents.", "consent-needed").shownAs("space.pupils.consent"));
    }

    private record Login(String subject, String username) {
    }

    /** A Keycloak account with a fresh user name (another drawn when one is taken) and this password. */
    private Login newLogin(String password) throws IOException {
        for (int i = 0; i < TRIES; i++) {
            String username = SpacePupil.newUsername();
            Optional<String> subject = accounts.create(username, password);
            if (subject.isPresent()) {
                return new Login(subject.get(), username);
            }
        }
        throw new IOException("no free user name after " + TRIES + " tries");
    }

    private void removeQuietly(String subject) {
        try {
            accounts.remove(subject);
        } catch (IOException failed) {
            LOG.log(Level.WARNING, "A pupil account made before a failure stays in Keycloak: " + subject, failed);
        }
    }

    private static UnavailableException unavailable() {
        var refused = new UnavailableException("The sign-in service does not answer: no pupil login was changed."
                + " Try again in a moment.");
        refused.shownAs("space.pupils.unavailable");
        return refused;
    }

    private PupilsView view(Project project) {
        var settings = pupils.settings(project.id());
        String confirmer = settings.map(SpacePupilSettings::consentConfirmedBy).orElse(null);
        String confirmerName = confirmer == null ? null : people.names(List.of(confirmer)).get(confirmer);
        return new PupilsView(project.id(), settings.isPresent(),
                settings.map(SpacePupilSettings::consentConfirmedAt).orElse(null), confirmerName,
                settings.map(SpacePupilSettings::graceDays).orElse(SpacePupilSettings.DEFAULT_GRACE_DAYS),
                PupilRepository.MOST_PUPILS, pupils.pupils(project.id()).stream().map(PupilService::view).toList());
    }

    private static PupilView view(SpacePupil pupil) {
        return new PupilView(pupil.id(), pupil.nickname(), pupil.username(), pupil.administrator(), pupil.createdAt());
    }

    private Map<String, String> names(List<SpaceWallPost> posts) {
        var teachers = posts.stream().map(SpaceWallPost::authorId).filter(Objects::nonNull).distinct().toList();
        Map<String, String> names = new HashMap<>(teachers.isEmpty() ? Map.of() : people.names(teachers));
        names.putAll(pupils.nicknames(posts.stream().map(SpaceWallPost::pupilId).filter(Objects::nonNull).toList()));
        return names;
    }

    private static WallPostView wallView(SpaceWallPost post, Map<String, String> names) {
        String by = post.authorId() != null ? post.authorId() : post.pupilId();
        return new WallPostView(post.id(), by, by == null ? null : names.get(by), post.pupilId() != null, post.body(),
                post.createdAt(), post.hidden());
    }
}
