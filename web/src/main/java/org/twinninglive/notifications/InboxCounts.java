package org.twinninglive.notifications;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.twinninglive.messaging.MessageService;
import org.twinninglive.platform.CurrentIdentity;
import org.twinninglive.platform.SignedInIdentity;

/** The counts beside the bell and the envelope in the top bar, read once per request. */
@Named
@RequestScoped
public class InboxCounts {

    @Inject
    CurrentIdentity identity;

    @Inject
    NotificationService notifications;

    @Inject
    MessageService messages;

    private java.util.List<NotificationView> latest;
    private Long unreadNotifications;
    private Long unreadMessages;

    public long getNotifications() {
        forgetBeforeDrawing();
        if (unreadNotifications == null) {
            unreadNotifications = identity.get().filter(SignedInIdentity::isPerson)
                    .map(notifications::unreadCount).orElse(0L);
        }
        return unreadNotifications;
    }

    public long getMessages() {
        forgetBeforeDrawing();
        if (unreadMessages == null) {
            unreadMessages = identity.get().filter(SignedInIdentity::isPerson).map(messages::unreadCount).orElse(0L);
        }
        return unreadMessages;
    }

    private boolean readForDrawing;

    /**
     * Counts read while a post is decoded (Faces asks "rendered?" then too) are read again for
     * drawing the answer, so that marking something read shows at once.
     */
    private void forgetBeforeDrawing() {
        var faces = jakarta.faces.context.FacesContext.getCurrentInstance();
        if (faces != null && !readForDrawing && faces.getCurrentPhaseId() == jakarta.faces.event.PhaseId.RENDER_RESPONSE) {
            readForDrawing = true;
            unreadNotifications = null;
            unreadMessages = null;
            latest = null;
        }
    }

    /** The latest unread notifications, for the desktop (N1). */
    public java.util.List<NotificationView> getLatest() {
        forgetBeforeDrawing();
        if (latest == null) {
            latest = getNotifications() == 0 ? java.util.List.of() : identity.get().filter(SignedInIdentity::isPerson)
                    .map(i -> notifications.list(i, true, new org.twinninglive.platform.PageRequest(0, 5)).items())
                    .orElse(java.util.List.of());
        }
        return latest;
    }

    /** The badge's text: up to 99, then "99+". */
    public String badge(long count) {
        return count > 99 ? "99+" : String.valueOf(count);
    }
}
