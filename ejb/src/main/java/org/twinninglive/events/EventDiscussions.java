package org.twinninglive.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.twinninglive.discussions.DiscussionAction;
import org.twinninglive.discussions.DiscussionOwner;
import org.twinninglive.platform.ConflictException;
import org.twinninglive.platform.NotFoundException;
import org.twinninglive.platform.Viewer;

/**
 * An event's forum (E4) through the shared discussions, to debate before and after the session:
 * a public event's for every signed-in person, a private one's for its organisers and the people
 * invited; its organisers pin, lock and remove posts. Visitors, and anyone who may not know a
 * private event, do not know it exists (404). A cancelled event's forum is read-only (409).
 */
@ApplicationScoped
public class EventDiscussions implements DiscussionOwner {

    /** The owner kind of an event's threads; their owner id is the event's. */
    public static final String KIND = "event";

    @Inject
    EventRepository events;

    @Inject
    EventAccess access;

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Set<DiscussionAction> actionsOf(Viewer viewer, String eventId) {
        return actions(viewer, access.visible(viewer, events.find(eventId)));
    }

    @Override
    public void require(Viewer viewer, String eventId, DiscussionAction action) {
        boolean changes = action != DiscussionAction.READ;
        // a change locks the event's row, as a registration does: it queues with a cancellation
        var event = access.visible(viewer, changes ? events.forUpdate(eventId) : events.find(eventId));
        var actions = actions(viewer, event);
        if (actions.contains(action)) {
            return;
        }
        if (!actions.contains(DiscussionAction.READ)) {
            throw new NotFoundException("The event's forum");
        }
        if (event.status() == EventStatus.CANCELLED) {
            throw new ConflictException("The event is cancelled: its forum is read-only.", "event-cancelled")
                    .shownAs("event.cancelled");
        }
        throw new org.twinninglive.platform.ForbiddenException("Only the event's organisers moderate its forum.")
                .shownAs("event.notOrganiser");
    }

    private Set<DiscussionAction> actions(Viewer viewer, Event event) {
        var actions = EnumSet.noneOf(DiscussionAction.class);
        if (!viewer.isPerson() || viewer.profileId().isEmpty()) {
            return actions;
        }
        actions.add(DiscussionAction.READ);
        if (event.status() == EventStatus.SCHEDULED) {
            actions.add(DiscussionAction.OPEN_THREAD);
            actions.add(DiscussionAction.REPLY);
            if (access.organises(viewer, event)) {
                actions.add(DiscussionAction.MODERATE);
            }
        }
        return actions;
    }

    @Override
    public String threadAddress(String eventId, String threadId) {
        return "/events/" + eventId + "?thread=" + threadId;
    }

    /** Those who may still read it: everyone for a public event; a private one's organisers and the invited. */
    @Override
    public List<String> readersAmong(String eventId, List<String> profileIds) {
        return events.find(eventId).map(event -> event.visibility() == EventVisibility.PUBLIC ? profileIds
                : profileIds.stream().filter(id -> event.isOrganiser(id) || event.invitationOf(id).isPresent()
                        || event.registrationOf(id).isPresent()).toList()).orElse(List.of());
    }

    @Override
    public String creditCategory() {
        return "event-forum-post";
    }
}
