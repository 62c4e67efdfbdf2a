package org.twinninglive.twinspace;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import org.twinninglive.discussions.DiscussionAction;
import org.twinninglive.discussions.DiscussionOwner;
import org.twinninglive.platform.NotFoundException;
import org.twinninglive.platform.Viewer;

/**
 * A TwinSpace's teachers' bulletin (T1) through the shared discussions: the forum's rules for
 * the space's teachers (members read, open threads, reply and moderate; guests read and reply),
 * and for its pupils nothing: to them it does not exist (404), nor does any of its threads.
 */
@ApplicationScoped
public class SpaceBulletin implements DiscussionOwner {

    /** The owner kind of a bulletin's threads; their owner id is the project's. */
    public static final String KIND = "twinspace-bulletin";

    @Inject
    SpaceDiscussions forum;

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Set<DiscussionAction> actionsOf(Viewer viewer, String projectId) {
        teachersOnly(viewer);
        return forum.actionsOf(viewer, projectId);
    }

    @Override
    public void require(Viewer viewer, String projectId, DiscussionAction action) {
        teachersOnly(viewer);
        forum.require(viewer, projectId, action);
    }

    @Override
    public String threadAddress(String projectId, String threadId) {
        return "/projects/" + projectId + "/space?bulletin=1&thread=" + threadId;
    }

    @Override
    public List<String> readersAmong(String projectId, List<String> profileIds) {
        return forum.readersAmong(projectId, profileIds);
    }

    @Override
    public String creditCategory() {
        return forum.creditCategory();
    }

    private static void teachersOnly(Viewer viewer) {
        if (viewer.isPupil()) {
            throw new NotFoundException("The bulletin");
        }
    }
}
