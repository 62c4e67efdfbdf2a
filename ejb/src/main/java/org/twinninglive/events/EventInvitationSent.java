package org.twinninglive.events;

import java.util.List;

/** An organiser invited people to an event (E2): each is told. */
public record EventInvitationSent(String eventId, String inviterId, String title, List<String> inviteeIds) {
}
