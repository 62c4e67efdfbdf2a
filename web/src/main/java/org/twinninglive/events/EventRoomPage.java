package org.twinninglive.events;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import org.twinninglive.platform.CurrentIdentity;
import org.twinninglive.platform.NotFoundException;
import org.twinninglive.platform.PageMessages;
import org.twinninglive.platform.TwinningException;

/**
 * Backs events/room.xhtml, an online event's video room ({@code /events/room?id=}, E3): whether
 * the reader may join and when it opens; the "allow your camera" step, after which the page's
 * script (resources/js/room.js) asks for the token (EventRoomTokenServlet) and joins with
 * openvidu-browser; its organisers close it. An event the reader may not know is "not found".
 */
@Named
@ViewScoped
public class EventRoomPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentIdentity identity;

    @Inject
    EventService events;

    @Inject
    EventRoom rooms;

    private String id;
    private EventView event;
    private EventRoomView room;
    private boolean confirmingClose;

    public void load() throws IOException {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        try {
            event = events.event(identity.get(), id);
            room = rooms.room(identity.get(), id);
        } catch (NotFoundException hidden) {
            var faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().responseSendError(404, "");
            faces.responseComplete();
        }
    }

    public void startClosing() {
        confirmingClose = true;
        PageMessages.focus("room-form:confirm-close");
    }

    public void keepOpen() {
        confirmingClose = false;
    }

    /** An organiser closes the room: everyone is sent out, nobody joins again. */
    public void close() {
        confirmingClose = false;
        try {
            room = rooms.close(identity.require(), id);
            PageMessages.show(FacesMessage.SEVERITY_INFO, "video.closedDone", "video.closedDone.detail");
        } catch (TwinningException refused) {
            PageMessages.showRefusal(FacesMessage.SEVERITY_WARN, "event.notDone", refused);
            room = rooms.room(identity.get(), id);
        }
        PageMessages.focus("room-form:messages");
    }

    public EventView getEvent() {
        return event;
    }

    public EventRoomView getRoom() {
        return room;
    }

    public boolean isConfirmingClose() {
        return confirmingClose;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}
