package org.twinninglive.twinspace;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.twinninglive.discussions.DiscussionAction;
import org.twinninglive.discussions.DiscussionOwner;
import org.twinninglive.platform.Viewer;
import org.twinninglive.projects.ProjectRepository;

/**
 * A TwinSpace's forum (T1) through the shared discussions: its members read it, open threads,
 * reply and moderate (founders and partners administer the space); its guests read and reply;
 * its pupils read and reply,
 * pupil-administrators open threads too (T2); anyone else does not know it exists; an archived
 * space's forum is read-only. The rules are {@link SpaceAccess}'s.
 */
@ApplicationScoped
public class SpaceDiscussions implements DiscussionOwner {

    /** The owner kind of a TwinSpace's threads; their owner id is the project's. */
    public static final String KIND = "twinspace";

    @Inject
    SpaceAccess access;

    @Inject
    ProjectRepository projects;

    @Inject
    PupilRepository pupils;


    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Set<DiscussionAction> actionsOf(Viewer viewer, String projectId) {
        var project = access.spaceOf(viewer, projects.find(projectId));
        var space = access.actionsOf(viewer, project);
        var actions = EnumSet.noneOf(DiscussionAction.class);
        if (space.contains(SpaceAction.READ)) {
            actions.add(DiscussionAction.READ);
        }
        if (space.contains(SpaceAction.OPEN_THREAD)) {
            actions.add(DiscussionAction.OPEN_THREAD);
        }
        if (space.contains(SpaceAction.REPLY)) {
            actions.add(DiscussionAction.REPLY);
        }
        if (space.contains(SpaceAction.MODERATE)) {
            actions.add(DiscussionAction.MODERATE);
        }
        return actions;
    }

    @Override
    public void require(Viewer viewer, String projectId, DiscussionAction action) {
        boolean changes = action != DiscussionAction.READ;
        // a change locks the project's row, as a page's save: it queues with a close or a member's removal
        var project = access.spaceOf(viewer, changes ? projects.forUpdate(projectId) : projects.find(projectId));
        access.require(viewer, project, switch (action) {
            case READ -> SpaceAction.READ;
            case OPEN_THREAD -> SpaceAction.OPEN_THREAD;
            case REPLY -> SpaceAction.REPLY;
            case MODERATE -> SpaceAction.MODERATE;
        });
    }

    @Override
    public String threadAddress(String projectId, String threadId) {
        return "/projects/" + projectId + "/space?thread=" + threadId;
    }

    /** The members and guests among them: a former partner or guest hears nothing more of the space's forum. */
    @Override
    public List<String> readersAmong(String projectId, List<String> profileIds) {
        return projects.find(projectId).map(project -> access.readersAmong(project, profileIds)).orElse(List.of());
    }

    /** A pupil of this space writes as their seat's id. */
    @Override
    public Optional<String> pupilOf(Viewer viewer, String projectId) {
        return access.seatOf(viewer).filter(seat -> seat.projectId().equals(projectId)).map(SpacePupil::id);
    }

    /** The nicknames of the space's pupils among these ids. */
    @Override
    public Map<String, String> pupilNames(String projectId, Collection<String> pupilIds) {
        return pupils.nicknames(pupilIds);
    }

    @Override
    public String creditCategory() {
        return "forum-post";
    }
}
