package org.twinninglive.projects;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import java.io.InputStream;
import org.twinninglive.contacts.ContactService;
import org.twinninglive.media.Download;
import org.twinninglive.media.FileStore;
import org.twinninglive.media.StoredFileView;
import org.twinninglive.media.UploadPolicy;
import org.twinninglive.people.CallerProfile;
import org.twinninglive.people.PersonSummary;
import org.twinninglive.people.Profile;
import org.twinninglive.people.ProfileRepository;
import org.twinninglive.people.ProfileVisibility;
import org.twinninglive.people.Viewers;
import org.twinninglive.platform.InvalidInputException;
import org.twinninglive.platform.NotFoundException;
import org.twinninglive.platform.Page;
import org.twinninglive.platform.PageRequest;
import org.twinninglive.platform.SignedInIdentity;

/**
 * A teacher's projects (P1, P3, P4): creating, reading, editing, closing and reopening them,
 * inviting and answering, managing partners. Finds the project (row-locked when it changes),
 * asks the {@link Project} aggregate, and announces what happened; who may see a project is
 * {@link ProjectAccess}'s to say.
 */
@Stateless
@PermitAll
public class ProjectService {

    private static final Logger LOG = Logger.getLogger(ProjectService.class.getName());

    private static final Set<ProjectStatus> PUBLIC_STATUSES = EnumSet.of(ProjectStatus.OPEN, ProjectStatus.CLOSED);

    /** The Projects tab's three lists. */
    public enum Shelf {
        PENDING(EnumSet.of(ProjectStatus.PENDING, ProjectStatus.REJECTED)),
        OPEN(EnumSet.of(ProjectStatus.OPEN)),
        CLOSED(EnumSet.of(ProjectStatus.CLOSED));

        private final Set<ProjectStatus> statuses;

        Shelf(Set<ProjectStatus> statuses) {
            this.statuses = statuses;
        }

        public static Shelf of(String value) {
            for (Shelf shelf : values()) {
                if (value != null && shelf.name().equalsIgnoreCase(value.strip())) {
                    return shelf;
                }
            }
            throw new InvalidInputException("status", "status must be PENDING (with the rejected ones), OPEN or CLOSED.")
                    .shownAs("project.shelf");
        }
    }

    @Inject
    CallerProfile callers;

    @Inject
    ProfileRepository profiles;

    @Inject
    ProfileVisibility visibility;

    @Inject
    ContactService contacts;

    @Inject
    Viewers viewers;

    @Inject
    ProjectRepository projects;

    @Inject
    ProjectAccess access;

    @Inject
    ProjectAssembler assembler;

    @Inject
    Teachers teachers;

    @Inject
    FileStore files;

    @Inject
    Clock clock;

    @Inject
    Event<ProjectCreated> created;

    @Inject
    Event<ProjectValidationRequested> validationRequested;

    @Inject
    Event<ProjectInvitationSent> invited;

    @Inject
    Event<ProjectJoined> joined;

    public ProjectView create(SignedInIdentity identity, ProjectInformation information) {
        var me = callers.of(identity);
        var project = Project.create(teachers.of(me), information, clock.instant());
        projects.add(project);
        created.fire(new ProjectCreated(project.id(), me.id(), project.title()));
        validationRequested.fire(new ProjectValidationRequested(project.id(), me.id(), project.approvals().get(0).country(),
                project.title()));
        LOG.info(() -> "Project %s created by %s".formatted(project.id(), me.id()));
        return assembler.view(viewers.of(identity), project);
    }

    /** A project as the viewer may see it; one they may not know of is "not found". */
    public ProjectView view(Optional<SignedInIdentity> identity, String projectId) {
        var viewer = viewers.of(identity);
        return assembler.view(viewer, access.visible(viewer, projects.find(projectId)));
    }

    public ProjectView edit(SignedInIdentity identity, String projectId, ProjectInformation information) {
        return change(identity, projectId, (me, project) -> project.edit(me.id(), information));
    }

    public ProjectView close(SignedInIdentity identity, String projectId) {
        return change(identity, projectId, (me, project) -> project.close(me.id(), clock.instant()));
    }

    public ProjectView reopen(SignedInIdentity identity, String projectId) {
        return change(identity, projectId, (me, project) -> project.reopen(me.id()));
    }

    /** A founder invites a person (a contact of theirs) as co-founder or partner; refusals say their cause. */
    public InvitationView invite(SignedInIdentity identity, String projectId, String inviteeId) {
        if (inviteeId == null || inviteeId.isBlank()) {
            throw new InvalidInputException("userId", "userId is required: the id of the person to invite.")
                    .shownAs("project.invitee");
        }
        var me = callers.of(identity);
        var project = forUpdate(identity, projectId);
        Profile invitee = profiles.find(inviteeId.strip()).filter(p -> !p.erased())
                .filter(p -> p.id().equals(me.id()) || contacts.areContacts(me.id(), p.id())
                        || visibility.canSee(Optional.of(identity), p))
                .orElseThrow(() -> new NotFoundException("The person"));
        var invitation = project.invite(me.id(), teachers.invitedBy(me.id(), invitee), clock.instant());
        invited.fire(new ProjectInvitationSent(invitation.id(), project.id(), me.id(), invitee.id(), invitation.role(),
                project.title()));
        return assembler.invitations(viewers.of(identity), List.of(invitation)).get(0);
    }

    public ProjectView accept(SignedInIdentity identity, String projectId, String invitationId) {
        return change(identity, projectId, (me, project) -> {
            int countries = project.approvals().size();
            var member = project.accept(invitationId, teachers.of(me), clock.instant());
            var founders = project.founders().stream().map(ProjectMember::profileId)
                    .filter(id -> !id.equals(me.id())).toList();
            joined.fire(new ProjectJoined(project.id(), me.id(), member.role(), founders, project.title()));
            if (project.approvals().size() > countries) {
                validationRequested.fire(new ProjectValidationRequested(project.id(), me.id(), member.country(),
                        project.title()));
            }
        });
    }

    public ProjectView decline(SignedInIdentity identity, String projectId, String invitationId) {
        return change(identity, projectId, (me, project) -> project.decline(invitationId, me.id(), clock.instant()));
    }

    /**
     * A founder removes another member; the caller's own id is leaving, where a sole founder names
     * the partner who takes over ({@code successorId}).
     */
    public void remove(SignedInIdentity identity, String projectId, String memberId, String successorId) {
        change(identity, projectId, (me, project) -> {
            if (me.id().equals(memberId)) {
                project.leave(me.id(), successorId);
            } else {
                project.remove(me.id(), memberId);
            }
        });
    }

    public ProjectView setRole(SignedInIdentity identity, String projectId, String memberId, String role) {
        PartnerRole chosen = roleOf(role);
        return change(identity, projectId, (me, project) -> project.setRole(me.id(), memberId, chosen));
    }

    /** The caller's projects on one shelf of the Projects tab, the newest first. */
    public Page<ProjectSummary> mine(SignedInIdentity identity, Shelf shelf, PageRequest page) {
        var me = callers.of(identity);
        var viewer = viewers.of(identity);
        return Page.of(projects.of(me.id(), shelf.statuses, page), page, projects.countOf(me.id(), shelf.statuses))
                .map(p -> assembler.summary(viewer, p));
    }

    /**
     * The approved projects (open and closed) of someone whose profile the viewer may open, the
     * newest first, with their labels (P1, P5): the profile's Projects tab. Anyone else: not found.
     */
    public Page<ProjectSummary> ofPerson(Optional<SignedInIdentity> identity, String profileId, PageRequest page) {
        if (!visibility.canOpen(identity, profileId)) {
            throw new NotFoundException("The profile");
        }
        var viewer = viewers.of(identity);
        return Page.of(projects.of(profileId, PUBLIC_STATUSES, page), page, projects.countOf(profileId, PUBLIC_STATUSES))
                .map(p -> assembler.summary(viewer, p));
    }

    /** The invitations waiting for the caller's answer, the oldest first. */
    public Page<InvitationView> invitations(SignedInIdentity identity, PageRequest page) {
        var me = callers.of(identity);
        return Page.of(assembler.invitations(viewers.of(identity), projects.invitationsTo(me.id(), page)), page,
                projects.countInvitationsTo(me.id()));
    }

    /** One of the caller's contacts, and the cause that would refuse inviting them now (null: they may be invited). */
    public record InvitationChoice(PersonSummary person, String refusal) implements java.io.Serializable {
    }

    /**
     * The caller's contacts (the first hundred) as a founder's choice on the project's page: who
     * may be invited now, and for the others the cause, so the page can say it before anyone tries.
     */
    public List<InvitationChoice> invitationChoices(SignedInIdentity identity, String projectId) {
        var me = callers.of(identity);
        var project = access.visible(viewers.of(identity), projects.find(projectId));
        if (!project.actionsOf(me.id()).contains(ProjectAction.INVITE)) {
            return List.of();
        }
        var candidates = contacts.contacts(identity, new PageRequest(0, PageRequest.MAX_SIZE)).items();
        var people = profiles.findAll(candidates.stream().map(PersonSummary::id).toList());
        return candidates.stream().filter(c -> people.containsKey(c.id()))
                .map(c -> {
                    var refusal = project.refusalFor(me.id(), teachers.contact(people.get(c.id())));
                    return new InvitationChoice(c, refusal == null ? null : refusal.slug());
                })
                .toList();
    }

    /** A project's pictures, the oldest first, for whoever may see the project. */
    public List<ProjectView.Image> images(Optional<SignedInIdentity> identity, String projectId) {
        var project = access.visible(viewers.of(identity), projects.find(projectId));
        return ProjectAssembler.images(project, files.attachedTo(ProjectImages.OWNER, project.id()));
    }

    /**
     * A founder adds a picture to a pending or open project (at most {@value Project#MOST_IMAGES}):
     * kept by the file store as an image (checked by content, re-encoded, a thumbnail made).
     */
    public ProjectView.Image addImage(SignedInIdentity identity, String projectId, String fileName, InputStream content) {
        var me = callers.of(identity);
        var project = forUpdate(identity, projectId);
        var images = files.attachedTo(ProjectImages.OWNER, project.id());
        project.requireImageRoom(me.id(), images.size());
        var stored = files.store(identity, UploadPolicy.IMAGE, fileName, content);
        return attach(identity, me.id(), project, images.size(), stored);
    }

    /** A founder adds a picture uploaded before (the page's upload widget): their own, unattached, and a picture. */
    public ProjectView.Image attachImage(SignedInIdentity identity, String projectId, String fileId) {
        var me = callers.of(identity);
        var project = forUpdate(identity, projectId);
        var images = files.attachedTo(ProjectImages.OWNER, project.id());
        project.requireImageRoom(me.id(), images.size());
        var upload = files.unattachedUpload(identity, fileId).orElseThrow(() -> (InvalidInputException)
                new InvalidInputException("file", "There is no upload " + fileId + " of yours; upload it first.")
                        .shownAs("attachments.notYours"));
        if (!upload.type().startsWith("image/") || upload.size() > UploadPolicy.IMAGE.maxBytes()) {
            throw new InvalidInputException("file", "A project's image is a JPEG, PNG, GIF or WebP picture.")
                    .shownAs("file.notAnImage");
        }
        return attach(identity, me.id(), project, images.size(), upload);
    }

    private ProjectView.Image attach(SignedInIdentity identity, String by, Project project, int imagesNow,
                                     StoredFileView file) {
        files.attach(identity, file.id(), ProjectImages.OWNER, project.id());
        project.addImage(by, imagesNow, file.id());
        LOG.info(() -> "Image %s added to project %s by %s".formatted(file.id(), project.id(), by));
        return new ProjectView.Image(file.id(), file.name(), file.type(), file.id().equals(project.coverImageId()));
    }

    /** A founder shows one of the project's pictures first. */
    public ProjectView chooseCover(SignedInIdentity identity, String projectId, String fileId) {
        return change(identity, projectId, (me, project) -> project.chooseCover(me.id(), fileId,
                imageIds(project).contains(fileId)));
    }

    /** A founder takes a picture off the project; it is erased, and the next picture becomes the cover if it was. */
    public void removeImage(SignedInIdentity identity, String projectId, String fileId) {
        change(identity, projectId, (me, project) -> {
            var ids = imageIds(project);
            String next = ids.stream().filter(id -> !id.equals(fileId)).findFirst().orElse(null);
            project.removeImage(me.id(), fileId, ids.contains(fileId), next);
            files.eraseOne(ProjectImages.OWNER, project.id(), fileId);
        });
    }

    /** One of the project's pictures (or its thumbnail) for whoever may see the project; the caller closes it. */
    public Download image(Optional<SignedInIdentity> identity, String projectId, String fileId, boolean thumbnail) {
        var project = access.visible(viewers.of(identity), projects.find(projectId));
        if (!imageIds(project).contains(fileId)) {
            throw new NotFoundException("The image");
        }
        return files.read(identity, fileId, thumbnail);
    }

    private List<String> imageIds(Project project) {
        return files.attachedTo(ProjectImages.OWNER, project.id()).stream().map(StoredFileView::id).toList();
    }

    private interface Change {
        void apply(Profile me, Project project);
    }

    private ProjectView change(SignedInIdentity identity, String projectId, Change change) {
        var me = callers.of(identity);
        var project = forUpdate(identity, projectId);
        change.apply(me, project);
        return assembler.view(viewers.of(identity), project);
    }

    /** The project, row-locked, if the caller may know it exists. */
    private Project forUpdate(SignedInIdentity identity, String projectId) {
        return access.visible(viewers.of(identity), projects.forUpdate(projectId));
    }

    private static PartnerRole roleOf(String role) {
        if (role != null) {
            for (PartnerRole r : PartnerRole.values()) {
                if (r.name().equals(role.strip().toUpperCase(Locale.ROOT))) {
                    return r;
                }
            }
        }
        throw new InvalidInputException("role", "role is FOUNDER or PARTNER.").shownAs("project.role");
    }
}
