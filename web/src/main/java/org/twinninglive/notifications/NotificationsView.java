package org.twinninglive.notifications;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.twinninglive.platform.CurrentIdentity;
import org.twinninglive.platform.PageMessages;
import org.twinninglive.platform.Pager;

/** Backs notifications/index.xhtml (N2): my notifications, newest first; mark read, all read. */
@Named
@ViewScoped
public class NotificationsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentIdentity identity;

    @Inject
    NotificationService notifications;

    private boolean unreadOnly;

    private final Pager<NotificationView> items =
            new Pager<>(page -> notifications.list(identity.require(), unreadOnly, page));

    public Pager<NotificationView> getItems() {
        return items;
    }

    public boolean isUnreadOnly() {
        return unreadOnly;
    }

    public void setUnreadOnly(boolean unreadOnly) {
        this.unreadOnly = unreadOnly;
    }

    public long getUnread() {
        return notifications.unreadCount(identity.require());
    }

    public void markRead(String id) {
        notifications.markRead(identity.require(), List.of(id));
    }

    public void markAllRead() {
        PageMessages.attempt(() -> notifications.markAllRead(identity.require()), "notifications.allRead",
                "notifications.notDone");
    }

    /** Opens what a notification is about, marking it read. */
    public void open(String id, String link) throws IOException {
        notifications.markRead(identity.require(), List.of(id));
        var external = FacesContext.getCurrentInstance().getExternalContext();
        String target = link != null && link.startsWith("/") && !link.startsWith("//") ? link : "/notifications/";
        external.redirect(external.getRequestContextPath() + target);
    }
}
