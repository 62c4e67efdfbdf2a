package org.twinninglive.events;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.twinninglive.platform.ForbiddenException;
import org.twinninglive.platform.NotFoundException;
import org.twinninglive.platform.Viewer;

/**
 * Who may know an event exists (E2): a public one everyone, visitors included; a private one its
 * organisers, the people invited to it, and those who registered while it was public. To anyone else it does not exist (404 on pages and in
 * the API; absent from every list, search and calendar). Its organisers change it. Its documents
 * (E5) are for those who take part in it.
 */
@ApplicationScoped
public class EventAccess {

    public boolean canSee(Viewer viewer, Event event) {
        return event.visibility() == EventVisibility.PUBLIC || viewer.profileId()
                .filter(id -> event.isOrganiser(id) || event.invitationOf(id).isPresent()
                        || event.registrationOf(id).isPresent()).isPresent();
    }

    /** The event, or "not found" for a viewer who may not know it exists. */
    public Event visible(Viewer viewer, Optional<Event> event) {
        return event.filter(e -> canSee(viewer, e)).orElseThrow(() -> new NotFoundException("The event"));
    }

    public boolean organises(Viewer viewer, Event event) {
        return viewer.profileId().filter(event::isOrganiser).isPresent();
    }

    /**
     * Whether the viewer takes part in the event: one of its organisers, a participant with a
     * seat (not one still waiting), or, on a private event, someone invited who has not declined.
     */
    public boolean takesPart(Viewer viewer, Event event) {
        if (!viewer.isPerson()) {
            return false;
        }
        return viewer.profileId().filter(id -> event.isOrganiser(id)
                || event.registrationOf(id).filter(r -> r.status() == RegistrationStatus.REGISTERED).isPresent()
                || (event.visibility() == EventVisibility.PRIVATE && event.invitationOf(id)
                        .filter(i -> i.status() != InvitationStatus.DECLINED).isPresent())).isPresent();
    }

    /**
     * The event whose documents (E5) the viewer reads and adds to, as those who take part in it
     * do: one they may not know exists is "not found" (404); one they know but take no part in
     * (a public event, a seat still awaited, a declined invitation) is refused (403).
     */
    public Event documentsOf(Viewer viewer, Optional<Event> event) {
        var found = visible(viewer, event);
        if (!takesPart(viewer, found)) {
            throw new ForbiddenException("An event's documents are for its organisers and participants.")
                    .shownAs("event.documents.notParticipant");
        }
        return found;
    }

    /** Whether the viewer may remove this document of the event: an organiser, or whoever added it. */
    public boolean removesDocument(Viewer viewer, Event event, String uploaderId) {
        return organises(viewer, event) || viewer.profileId().filter(id -> id.equals(uploaderId)).isPresent();
    }
}
