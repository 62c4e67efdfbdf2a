package org.twinninglive.notifications;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.twinninglive.people.CallerProfile;
import org.twinninglive.platform.Page;
import org.twinninglive.platform.PageRequest;
import org.twinninglive.platform.SignedInIdentity;

/**
 * The signed-in person's notifications (N2): listed newest first and rendered in their
 * language when read; marked read one by one or all at once; counted for the bell.
 */
@Stateless
@PermitAll
public class NotificationService {

    @Inject
    CallerProfile callers;

    @Inject
    NotificationRepository notifications;

    @Inject
    NotificationRendering rendering;

    @Inject
    Clock clock;

    public Page<NotificationView> list(SignedInIdentity identity, boolean unreadOnly, PageRequest page) {
        var me = callers.of(identity);
        var rows = notifications.of(me.id(), unreadOnly, page);
        return Page.of(rendering.render(identity, me.language().locale(), rows), page, notifications.count(me.id(), unreadOnly));
    }

    public long unreadCount(SignedInIdentity identity) {
        return notifications.count(callers.of(identity).id(), true);
    }

    /** Marks the caller's notifications among {@code ids} read: unknown ids and others' are ignored. */
    public int markRead(SignedInIdentity identity, Collection<String> ids) {
        var wanted = ids == null ? List.<String>of()
                : ids.stream().filter(Objects::nonNull).distinct().limit(PageRequest.MAX_SIZE).toList();
        return notifications.markRead(callers.of(identity).id(), wanted, clock.instant());
    }

    public int markAllRead(SignedInIdentity identity) {
        return notifications.markAllRead(callers.of(identity).id(), clock.instant());
    }

}
