package org.twinninglive.twinspace;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.twinninglive.platform.ConflictException;
import org.twinninglive.platform.ForbiddenException;
import org.twinninglive.platform.NotFoundException;
import org.twinninglive.platform.TwinningException;
import org.twinninglive.platform.Viewer;
import org.twinninglive.projects.Project;
import org.twinninglive.projects.ProjectAccess;
import org.twinninglive.projects.ProjectStatus;

/**
 * Who may do what in a TwinSpace (T1, T2, T3). Only an open or closed project has a space; its
 * public part goes to whoever may see the project (visitors too), the rest to its founders and
 * partners, who administer it, to its guests (teachers of a member's school), who read it and
 * reply in its forum, and to its pupils: they read, reply in the forum and post on the
 * wall; a pupil-administrator also edits pages and opens threads. To anyone else the inside does
 * not exist (404); a pupil knows no other space, and what a pupil or a guest may not do in theirs
 * is refused (403). A closed project's space is archived: read as before, every change refused (409
 * {@code space-archived}); its pupils sign in until the grace period the teachers set has passed.
 */
@ApplicationScoped
public class SpaceAccess {

    private static final Set<SpaceAction> PUPILS = EnumSet.of(SpaceAction.READ_PUBLIC, SpaceAction.READ,
            SpaceAction.REPLY, SpaceAction.POST_ON_WALL);
    private static final Set<SpaceAction> PUPIL_ADMINISTRATORS = EnumSet.of(SpaceAction.EDIT_PAGES,
            SpaceAction.OPEN_THREAD);
    /** A guest teacher reads and comments (replies in the forum). */
    private static final Set<SpaceAction> GUESTS = EnumSet.of(SpaceAction.READ_PUBLIC, SpaceAction.READ,
            SpaceAction.REPLY);
    /** What stays possible in an archived space. */
    private static final Set<SpaceAction> ARCHIVED = EnumSet.of(SpaceAction.READ_PUBLIC, SpaceAction.READ,
            SpaceAction.MANAGE_PUPILS, SpaceAction.MANAGE_GUESTS);

    @Inject
    ProjectAccess projects;

    @Inject
    PupilRepository pupils;

    @Inject
    GuestRepository guests;

    @Inject
    Clock clock;

    /**
     * The project whose space is asked for, or "not found": a pending or rejected project has no
     * space; a pupil has their own space alone, and none once its logins ended.
     */
    public Project spaceOf(Viewer viewer, Optional<Project> project) {
        if (viewer.isPupil()) {
            var seat = seatOf(viewer);
            return project.filter(p -> p.status().isPublic() && seat.isPresent()
                            && seat.get().projectId().equals(p.id()) && loginsWork(p))
                    .orElseThrow(() -> new NotFoundException("The TwinSpace"));
        }
        return project.filter(p -> p.status().isPublic() && (projects.canSee(viewer, p) || isGuest(viewer, p)))
                .orElseThrow(() -> new NotFoundException("The TwinSpace"));
    }

    /** What the viewer may do in the space now. */
    public Set<SpaceAction> actionsOf(Viewer viewer, Project project) {
        var actions = actionsWhenOpen(viewer, project);
        if (archived(project)) {
            actions.retainAll(ARCHIVED);
        }
        return actions;
    }

    /** What the viewer may do in the space while its project is open. */
    private Set<SpaceAction> actionsWhenOpen(Viewer viewer, Project project) {
        var actions = EnumSet.of(SpaceAction.READ_PUBLIC);
        if (isMember(viewer, project)) {
            // founders and partners administer the space (T1)
            actions = EnumSet.allOf(SpaceAction.class);
        } else if (isGuest(viewer, project)) {
            actions.addAll(GUESTS);
        } else if (viewer.isPupil()) {
            var seat = seatOf(viewer).filter(s -> s.projectId().equals(project.id()));
            if (seat.isPresent()) {
                actions.addAll(PUPILS);
                if (seat.get().administrator()) {
                    actions.addAll(PUPIL_ADMINISTRATORS);
                }
                actions.remove(SpaceAction.MANAGE_PUPILS);
            }
        }
        return actions;
    }

    /**
     * Refuses what the viewer may not do: the inside of a space they are not a member or pupil of
     * does not exist for them (404); what they could do were the space not archived is refused with
     * that reason (409); what a pupil may not do in their space is refused (403).
     */
    public void require(Viewer viewer, Project project, SpaceAction action) {
        var whenOpen = actionsWhenOpen(viewer, project);
        var actions = EnumSet.copyOf(whenOpen);
        if (archived(project)) {
            actions.retainAll(ARCHIVED);
        }
        if (actions.contains(action)) {
            return;
        }
        if (!actions.contains(SpaceAction.READ)) {
            throw new NotFoundException("The TwinSpace");
        }
        if (archived(project) && whenOpen.contains(action)) {
            throw archivedRefusal();
        }
        if (!viewer.isPupil()) {
            throw new ForbiddenException("A guest reads the TwinSpace and replies in its forum: a member of the project"
                    + " may do this.").shownAs("space.guestMayNot");
        }
        throw new ForbiddenException("A pupil may not do this in the TwinSpace: a teacher of the project may.")
                .shownAs("space.pupilMayNot");
    }

    /** A change of an archived space: refused with the reason (409 {@code space-archived}). */
    public static TwinningException archivedRefusal() {
        return new ConflictException("The project is closed: its TwinSpace is archived, read-only until a founder"
                + " reopens the project.", "space-archived").shownAs("space.archived");
    }

    /** The pupil's seat, for a pupil viewer; none for anyone else. */
    public Optional<SpacePupil> seatOf(Viewer viewer) {
        if (!viewer.isPupil()) {
            return Optional.empty();
        }
        return viewer.identity().flatMap(identity -> pupils.bySubject(identity.subject()));
    }

    /** Whether the space's pupils may sign in: not closed, or closed less than its grace period ago (T3). */
    public boolean loginsWork(Project project) {
        if (project.status() != ProjectStatus.CLOSED) {
            return true;
        }
        var settings = pupils.settings(project.id());
        int days = settings.map(SpacePupilSettings::graceDays).orElse(SpacePupilSettings.DEFAULT_GRACE_DAYS);
        return SpacePupilSettings.loginsWork(project.closedAt(), days, clock.instant());
    }

    /** Whether the space is archived: its project is closed. */
    public static boolean archived(Project project) {
        return project.status() == ProjectStatus.CLOSED;
    }

    private static boolean isMember(Viewer viewer, Project project) {
        return viewer.profileId().flatMap(project::member).isPresent();
    }

    /** The members and guests among these people: those who may read the space now, told of what they follow in it. */
    public List<String> readersAmong(Project project, List<String> profileIds) {
        if (profileIds.isEmpty()) {
            return List.of();
        }
        var guestIds = guests.guests(project.id()).stream().map(SpaceGuest::profileId)
                .collect(java.util.stream.Collectors.toSet());
        return profileIds.stream().filter(id -> project.member(id).isPresent() || guestIds.contains(id)).toList();
    }

    /** Whether the viewer is a guest of the space: a teacher a member invited (one indexed row, asked for once per check). */
    public boolean isGuest(Viewer viewer, Project project) {
        return viewer.profileId().filter(id -> !isMember(viewer, project))
                .map(id -> guests.isGuest(project.id(), id)).orElse(false);
    }
}
