package org.twinninglive.projects;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.twinninglive.media.FileStore;
import org.twinninglive.media.StoredFileView;
import org.twinninglive.people.RelatedPeople;
import org.twinninglive.platform.Viewer;

/** Projects and invitations as their reader may see them: the one place that decides which names and parts show. */
@Dependent
public class ProjectAssembler {

    @Inject
    RelatedPeople related;

    @Inject
    ProjectAccess access;

    @Inject
    FileStore files;

    public ProjectView view(Viewer viewer, Project project) {
        return views(viewer, List.of(project)).get(0);
    }

    /** Projects as the viewer may see them, their members' names read in two queries and their images in one for the whole page. */
    public List<ProjectView> views(Viewer viewer, List<Project> projects) {
        // members see each other; the nss deciding sees who asks, as in the accounts' review
        var insiders = projects.stream().filter(p -> insider(viewer, p)).toList();
        var outsiders = projects.stream().filter(p -> !insider(viewer, p)).toList();
        Map<String, String> names = new HashMap<>(names(viewer, memberIds(insiders), true));
        names.putAll(names(viewer, memberIds(outsiders), false));
        var images = files.attachedTo(ProjectImages.OWNER, projects.stream().map(Project::id).toList());
        return projects.stream().map(p -> view(viewer, p, insider(viewer, p), names, images.get(p.id()))).toList();
    }

    /** A project's pictures as its page and the API show them, the cover marked. */
    public static List<ProjectView.Image> images(Project project, List<StoredFileView> files) {
        return files.stream().map(f -> new ProjectView.Image(f.id(), f.name(), f.type(), f.id().equals(project.coverImageId())))
                .toList();
    }

    private ProjectView view(Viewer viewer, Project project, boolean insider, Map<String, String> names,
                             List<StoredFileView> images) {
        String me = viewer.profileId().orElse(null);
        var members = project.members().stream()
                .map(m -> new ProjectView.Member(m.profileId(), names.get(m.profileId()), m.role().name(),
                        m.schoolName(), m.schoolId(), m.country(), m.joinedAt()))
                .toList();
        var approvals = insider ? project.approvals().stream()
                .map(a -> new ProjectView.Approval(a.country(), a.status().name(), a.requestedAt(), a.decidedAt(),
                        a.reason()))
                .toList() : null;
        var actions = project.actionsOf(me);
        String invitationId = me == null ? null : project.invitations().stream()
                .filter(i -> i.pending() && i.inviteeId().equals(me)).map(ProjectInvitation::id).findFirst()
                .orElse(null);
        List<InvitationView> invitations = null;
        if (me != null && project.member(me).filter(ProjectMember::founder).isPresent()) {
            invitations = invitations(viewer, project.invitations().stream().filter(ProjectInvitation::pending).toList());
        }
        return new ProjectView(project.id(), project.title(), project.description().html(), project.descriptionText(),
                project.subjects().stream().map(Enum::name).sorted().toList(), project.ageFrom(), project.ageTo(),
                project.languages().stream().sorted().toList(), project.startsOn(), project.endsOn(),
                project.status().name(), project.createdAt(), project.openedAt(), project.closedAt(),
                project.countries(), members, approvals, insider ? project.rejectionReason() : null,
                actions.stream().map(Enum::name).toList(), invitationId, invitations, project.coverImageId(),
                images(project, images), project.labels());
    }

    public ProjectSummary summary(Viewer viewer, Project project) {
        String me = viewer.profileId().orElse(null);
        String role = me == null ? null : project.member(me).map(m -> m.role().name()).orElse(null);
        return new ProjectSummary(project.id(), project.title(), project.status().name(),
                project.subjects().stream().map(Enum::name).sorted().toList(), project.ageFrom(), project.ageTo(),
                project.languages().stream().sorted().toList(), project.countries(), project.members().size(),
                project.createdAt(), role, project.actionsOf(me).stream().map(Enum::name).toList(),
                project.coverImageId(), project.labels());
    }

    /** Invitations with the names of inviter and invitee: both showed themselves to each other by inviting. */
    public List<InvitationView> invitations(Viewer viewer, Collection<ProjectInvitation> invitations) {
        var ids = invitations.stream().flatMap(i -> Stream.of(i.inviteeId(), i.inviterId())).filter(Objects::nonNull)
                .toList();
        Map<String, String> names = ids.isEmpty() ? Map.of() : related.names(ids);
        return invitations.stream().map(i -> new InvitationView(i.id(), i.projectId(), i.project().title(),
                i.inviteeId(), names.get(i.inviteeId()), i.inviterId(),
                i.inviterId() == null ? null : names.get(i.inviterId()), i.role().name(), i.status().name(),
                i.createdAt())).toList();
    }

    private boolean insider(Viewer viewer, Project project) {
        return access.isInside(viewer, project) || access.reviews(viewer, project);
    }

    private static List<String> memberIds(List<Project> projects) {
        return projects.stream().flatMap(p -> p.members().stream()).map(ProjectMember::profileId).distinct().toList();
    }

    /** Members (and the reviewing nss) see the names; others those they may see; visitors none. */
    private Map<String, String> names(Viewer viewer, List<String> ids, boolean inside) {
        if (viewer.identity().isEmpty() || ids.isEmpty()) {
            return Map.of();
        }
        return inside ? related.names(ids) : new HashMap<>(related.visibleNames(viewer.identity().get(), ids));
    }
}
