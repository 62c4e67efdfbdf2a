package org.twinninglive.twinspace;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.twinninglive.people.CallerProfile;
import org.twinninglive.people.ProfileRepository;
import org.twinninglive.people.ProfileVisibility;
import org.twinninglive.people.RelatedPeople;
import org.twinninglive.people.ValidationStatus;
import org.twinninglive.people.Viewers;
import org.twinninglive.platform.ConflictException;
import org.twinninglive.platform.InvalidInputException;
import org.twinninglive.platform.NotFoundException;
import org.twinninglive.platform.SignedInIdentity;
import org.twinninglive.platform.Viewer;
import org.twinninglive.projects.Project;
import org.twinninglive.projects.ProjectRepository;

/**
 * A TwinSpace's guests (T1): a member invites teachers of their own school, who then read the
 * space and reply in its forum without joining the project; a member removes a guest, a guest
 * leaves. Who may do what is {@link SpaceAccess}'s.
 */
@Stateless
@PermitAll
public class GuestService {

    private static final Logger LOG = Logger.getLogger(GuestService.class.getName());

    /** The colleagues offered for an invitation, at most. */
    static final int MOST_COLLEAGUES = 200;

    @Inject
    Viewers viewers;

    @Inject
    CallerProfile callers;

    @Inject
    ProjectRepository projects;

    @Inject
    ProfileRepository profiles;

    @Inject
    SpaceAccess access;

    @Inject
    GuestRepository guests;

    @Inject
    RelatedPeople people;

    @Inject
    ProfileVisibility visibility;

    @Inject
    Event<SpaceGuestInvited> invited;

    @Inject
    Clock clock;

    /** The space's guests, for its members. */
    public List<GuestView> guests(SignedInIdentity identity, String projectId) {
        var project = inside(viewers.of(identity), projectId, false);
        return views(guests.guests(project.id()));
    }

    /**
     * The teachers of the caller's school whom they may invite: validated, not the caller, not a
     * member nor a guest already; none for a caller without a school.
     */
    public List<ColleagueView> colleagues(SignedInIdentity identity, String projectId) {
        var project = inside(viewers.of(identity), projectId, false);
        var me = callers.of(identity);
        if (me.currentSchool() == null) {
            return List.of();
        }
        var but = new ArrayList<String>();
        project.members().forEach(m -> but.add(m.profileId()));
        guests.guests(project.id()).forEach(g -> but.add(g.profileId()));
        but.add(me.id());
        var colleagues = profiles.colleaguesAt(me.currentSchool().id(), but, MOST_COLLEAGUES);
        // only those the caller may see (a profile for contacts only is not offered to the whole school)
        var visible = visibility.visibleAmong(Optional.of(identity), colleagues);
        return colleagues.stream().filter(p -> visible.contains(p.id()))
                .map(p -> new ColleagueView(p.id(), p.displayName())).toList();
    }

    /**
     * A member invites a teacher of their school: the teacher is told. Inviting a guest again
     * changes nothing. Refused: a teacher the caller may not know (404), of another school (400
     * naming {@code profileId}), a member (409), an archived or full space (409).
     */
    public GuestView invite(SignedInIdentity identity, String projectId, String profileId) {
        var project = inside(viewers.of(identity), projectId, true);
        if (SpaceAccess.archived(project)) {
            throw SpaceAccess.archivedRefusal();
        }
        if (profileId == null || profileId.isBlank()) {
            throw new InvalidInputException("profileId", "profileId is required: the teacher to invite.")
                    .shownAs("space.guests.required");
        }
        var me = callers.of(identity);
        var teacher = profiles.find(profileId.strip())
                .filter(p -> !p.erased() && p.validationStatus() == ValidationStatus.VALIDATED)
                .filter(p -> visibility.canSee(Optional.of(identity), p))
                .orElseThrow(() -> new NotFoundException("The teacher"));
        if (project.member(teacher.id()).isPresent()) {
            throw new ConflictException("This teacher is a member of the project already.", "already-member")
                    .shownAs("space.guests.member");
        }
        var existing = guests.guest(project.id(), teacher.id());
        if (existing.isPresent()) {
            return views(List.of(existing.get())).get(0);
        }
        if (me.currentSchool() == null || teacher.currentSchool() == null
                || !me.currentSchool().id().equals(teacher.currentSchool().id())) {
            throw new InvalidInputException("profileId", "Invite a teacher of your own school.")
                    .shownAs("space.guests.notColleague");
        }
        if (guests.countGuests(project.id()) >= GuestRepository.MOST_GUESTS) {
            throw new ConflictException("The TwinSpace may have " + GuestRepository.MOST_GUESTS + " guests.",
                    "space-guests-full").shownAs("space.guests.full", GuestRepository.MOST_GUESTS);
        }
        var guest = SpaceGuest.of(project.id(), teacher.id(), me.id(), clock.instant());
        guests.add(guest);
        invited.fire(new SpaceGuestInvited(project.id(), teacher.id(), me.id(), project.title()));
        LOG.info(() -> "%s invited %s as a guest of the TwinSpace of %s".formatted(me.id(), teacher.id(), project.id()));
        return views(List.of(guest)).get(0);
    }

    /** A member removes a guest, or a guest leaves: they no longer see the inside of the space. */
    public void remove(SignedInIdentity identity, String projectId, String profileId) {
        var viewer = viewers.of(identity);
        var project = access.spaceOf(viewer, projects.forUpdate(projectId));
        boolean leaving = profileId != null && viewer.is(profileId) && access.isGuest(viewer, project);
        if (!leaving) {
            access.require(viewer, project, SpaceAction.MANAGE_GUESTS);
        }
        var guest = guests.guest(project.id(), profileId == null ? "" : profileId)
                .orElseThrow(() -> new NotFoundException("The guest"));
        guests.remove(guest);
        LOG.info(() -> "%s removed guest %s of %s".formatted(identity.username(), guest.profileId(), project.id()));
    }

    /** The caller leaves a space they are a guest of. */
    public void leave(SignedInIdentity identity, String projectId) {
        remove(identity, projectId, callers.of(identity).id());
    }

    private Project inside(Viewer viewer, String projectId, boolean changes) {
        var project = access.spaceOf(viewer, changes ? projects.forUpdate(projectId) : projects.find(projectId));
        access.require(viewer, project, SpaceAction.MANAGE_GUESTS);
        return project;
    }

    /** The views of these guests, their and their inviters' names read at once. */
    private List<GuestView> views(List<SpaceGuest> list) {
        var ids = new ArrayList<String>();
        list.forEach(g -> {
            ids.add(g.profileId());
            if (g.invitedBy() != null) {
                ids.add(g.invitedBy());
            }
        });
        var names = people.names(ids);
        return list.stream().map(g -> new GuestView(g.profileId(), names.get(g.profileId()), g.invitedAt(),
                g.invitedBy(), g.invitedBy() == null ? null : names.get(g.invitedBy()))).toList();
    }
}
