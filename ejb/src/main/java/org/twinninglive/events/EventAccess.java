package org.twinninglive.events;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.twinninglive.platform.NotFoundException;
import org.twinninglive.platform.Viewer;

/**
 * Who may know an event exists (E2): a public one everyone, visitors included; a private one its
 * organisers, the people invited to it, and those who registered while it was public. To anyone else it does not exist (404 on pages and in
 * the API; absent from every list, search and calendar). Its organisers change it.
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
}
