package org.twinninglive.events;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.twinninglive.contacts.ContactService;
import org.twinninglive.discussions.DiscussionView;
import org.twinninglive.people.PersonSummary;
import org.twinninglive.platform.CurrentIdentity;
import org.twinninglive.platform.NotFoundException;
import org.twinninglive.platform.PageMessages;
import org.twinninglive.platform.PageRequest;
import org.twinninglive.platform.TwinningException;

/**
 * Backs events/event.xhtml, an event's page ({@code /events/{id}}, E1, E2, E7): its details in
 * the reader's zone, its seats; register, leave, join the waiting list, decline an invitation; its
 * organisers invite contacts and cancel it (after a confirmation); its forum (E4), a thread of it
 * at {@code ?thread=}. A private event the reader may not know is "not found".
 */
@Named
@ViewScoped
public class EventPageView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentIdentity identity;

    @Inject
    EventService events;

    @Inject
    ContactService contacts;

    @Inject
    EventRoom rooms;
    /** The event's forum (E4), in the page's form event-forum. */
    @Inject
    DiscussionView forum;

    private String id;
    private EventView event;
    private String invitee;
    private boolean confirmingCancel;
    private List<PersonSummary> contactList;
    private EventRoomView room;

    public void load() throws IOException {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        try {
            event = events.event(identity.get(), id);
            forum.show(EventDiscussions.KIND, event.id(), "/events/" + event.id(), "event-forum");
        } catch (NotFoundException hidden) {
            var faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().responseSendError(404, "");
            faces.responseComplete();
        }
    }

    public boolean may(String action) {
        return event != null && event.actions().contains(action);
    }

    public void register() {
        room = null;
        try {
            event = events.register(identity.require(), id);
            // said as it came out: a seat, or the waiting list of an event that filled meanwhile
            String done = event.myRegistration() == RegistrationStatus.WAITING ? "event.waitingJoined"
                    : "event.registered";
            PageMessages.show(FacesMessage.SEVERITY_INFO, done, done + ".detail");
        } catch (TwinningException refused) {
            PageMessages.showRefusal(FacesMessage.SEVERITY_WARN, "event.notDone", refused);
            event = events.event(identity.get(), id);
        }
        PageMessages.focus("event-form:messages");
    }

    public void unregister() {
        act(() -> event = events.unregister(identity.require(), id), "event.unregistered");
    }

    public void decline() {
        act(() -> event = events.decline(identity.require(), id), "event.declined");
    }

    public void startCancelling() {
        confirmingCancel = true;
        PageMessages.focus("event-form:confirm-cancel");
    }

    public void keep() {
        confirmingCancel = false;
    }

    public void cancel() {
        confirmingCancel = false;
        act(() -> event = events.cancel(identity.require(), id), "event.cancelledDone");
    }

    /** An organiser cancels this occurrence of a repeating event and every later one. */
    public void cancelSeries() {
        confirmingCancel = false;
        act(() -> event = events.cancel(identity.require(), id, EventService.Scope.SERIES), "event.cancelledDone");
    }

    /** An organiser invites the contact chosen in the list. */
    public void invite() {
        if (invitee == null || invitee.isBlank()) {
            PageMessages.showAtInput("event-form:invitee", new org.twinninglive.platform.InvalidInputException(
                    "userIds", "Choose whom to invite.").shownAs("event.invite.count", EventService.MOST_INVITED));
            return;
        }
        act(() -> event = events.invite(identity.require(), id, List.of(invitee)), "event.invited");
        invitee = null;
        contactList = null;
    }

    /** The reader's contacts, whom an organiser may invite (the first 100): read once per view, and after an invitation. */
    public List<PersonSummary> getContacts() {
        if (!may(EventService.Action.INVITE.name())) {
            return List.of();
        }
        if (contactList == null) {
            contactList = contacts.contacts(identity.require(), PageRequest.parse("0", "100")).items();
        }
        return contactList;
    }

    private void act(Runnable action, String doneKey) {
        room = null;
        try {
            action.run();
            PageMessages.show(FacesMessage.SEVERITY_INFO, doneKey, doneKey + ".detail");
        } catch (TwinningException refused) {
            PageMessages.showRefusal(FacesMessage.SEVERITY_WARN, "event.notDone", refused);
            event = events.event(identity.get(), id);
        }
        PageMessages.focus("event-form:messages");
    }

    public EventView getEvent() {
        return event;
    }

    /** The video room of an online event (E3), as the reader sees it: read once per view (the video server is not asked). */
    public EventRoomView getRoom() {
        if (room == null && event != null && event.format() == EventFormat.ONLINE) {
            room = rooms.room(identity.get(), id);
        }
        return room;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getInvitee() {
        return invitee;
    }

    public void setInvitee(String invitee) {
        this.invitee = invitee;
    }

    public boolean isConfirmingCancel() {
        return confirmingCancel;
    }
}
