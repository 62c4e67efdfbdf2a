package org.twinninglive.events;

import jakarta.servlet.annotation.WebFilter;
import org.twinninglive.platform.AddressFilter;

/**
 * Gives every event its address {@code /events/{id}} (E1): served by events/event.xhtml, which
 * asks the event's access rule (ejb {@code events.EventAccess}) who may see it; a private event
 * is "not found" to anyone but its organisers and the people invited.
 */
@WebFilter("/events/*")
public class EventAddressFilter extends AddressFilter {

    public EventAddressFilter() {
        super("/events/([0-9a-fA-F-]{36})/?", "/events/event?id=");
    }
}
