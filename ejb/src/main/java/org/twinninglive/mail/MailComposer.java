package org.twinninglive.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.twinninglive.notifications.Notification;
import org.twinninglive.notifications.NotificationKind;
import org.twinninglive.notifications.NotificationRendering;
import org.twinninglive.notifications.NotificationRepository;
import org.twinninglive.notifications.NotificationTexts;
import org.twinninglive.notifications.NotificationView;
import org.twinninglive.notifications.Notified;
import org.twinninglive.notifications.NotifiedMany;
import org.twinninglive.people.Profile;
import org.twinninglive.people.ProfileRepository;

/**
 * Writes the e-mail of a notification that cannot wait (N4) into the outbox, in the
 * transaction that stored the notification, in the recipient's language, with links built
 * from PUBLIC_URL and the unsubscribe link of that kind. Someone who chose the daily digest or
 * never for that kind gets nothing now; the digest reads the notifications themselves.
 */
@ApplicationScoped
public class MailComposer {

    @Inject
    ProfileRepository profiles;

    @Inject
    NotificationRepository notifications;

    @Inject
    NotificationRendering rendering;

    @Inject
    MailPreferences preferences;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    @PersistenceContext
    EntityManager em;

    @Inject
    UnsubscribeLinks links;

    void notified(@Observes Notified notice) {
        if (notice.joined() || !notice.kind().mailed()) {
            return;
        }
        var recipient = reachable(notice.recipientId());
        if (recipient.isEmpty() || preferences.modeOf(recipient.get().id(), notice.kind()) != MailMode.IMMEDIATELY) {
            return;
        }
        var notification = notifications.find(notice.notificationId()).orElseThrow();
        var profile = recipient.get();
        var view = rendering.render(profile.asReader(), profile.language().locale(), List.of(notification)).get(0);
        var texts = NotificationTexts.in(profile.language().locale());
        String subject = texts.format("mail.subject." + notice.kind().key(), view.text());
        outbox.add(new OutboxMail(profile.id(), profile.email(), notice.kind().key(), profile.language().tag(), subject,
                body(texts, profile, view, notice.kind()), links.oneClick(profile.id(), notice.kind().key()),
                clock.instant()));
    }

    private String body(NotificationTexts texts, Profile profile, NotificationView view, NotificationKind kind) {
        return texts.format("mail.greeting", profile.displayName()) + "\n\n" + view.text() + "\n\n"
                + texts.format("mail.open", link(view.link())) + "\n\n" + footer(texts, profile, kind);
    }

    /**
     * The mails of a batch of notifications of one kind (a fan-out), in a bounded number of
     * queries: the recipients and their choices are read for the whole batch, then each mail is written in its reader's language.
     */
    void notifiedMany(@Observes NotifiedMany batch) {
        if (!batch.kind().mailed() || batch.notifications().isEmpty()) {
            return;
        }
        var ids = batch.notifications().stream().map(Notification::recipientId).distinct().toList();
        Map<String, Profile> people = profiles.findAll(ids);
        Set<String> notNow = new HashSet<>(em.createQuery("select p.profileId from MailPreference p where p.kind = :k"
                        + " and p.profileId in :ids and p.mode <> :now", String.class)
                .setParameter("k", batch.kind().key()).setParameter("ids", ids)
                .setParameter("now", MailMode.IMMEDIATELY).getResultList());
        var now = clock.instant();
        for (var notification : batch.notifications()) {
            var profile = people.get(notification.recipientId());
            if (profile == null || notNow.contains(profile.id()) || !reachable(profile)) {
                continue;
            }
            var texts = NotificationTexts.in(profile.language().locale());
            var view = rendering.render(profile.asReader(), profile.language().locale(), List.of(notification)).get(0);
            outbox.add(new OutboxMail(profile.id(), profile.email(), batch.kind().key(), profile.language().tag(),
                    texts.format("mail.subject." + batch.kind().key(), view.text()), body(texts, profile, view,
                    batch.kind()), links.oneClick(profile.id(), batch.kind().key()), now));
        }
    }

    /** One digest mail for the notifications given, or nothing when there are none. */
    public void digest(Profile profile, List<NotificationView> views) {
        if (views.isEmpty()) {
            return;
        }
        var texts = NotificationTexts.in(profile.language().locale());
        var body = new StringBuilder(texts.format("mail.greeting", profile.displayName())).append("\n\n")
                .append(texts.format("mail.digest.intro", views.size())).append("\n\n");
        for (var view : views) {
            body.append("• ").append(view.text()).append("\n  ").append(link(view.link())).append("\n");
        }
        body.append("\n-- \n").append(texts.format("mail.digest.footer", link("/notifications/preferences"),
                links.page(profile.id(), MailPreferences.DIGEST)));
        outbox.add(new OutboxMail(profile.id(), profile.email(), MailPreferences.DIGEST, profile.language().tag(),
                texts.format("mail.digest.subject", views.size()), body.toString(),
                links.oneClick(profile.id(), MailPreferences.DIGEST), clock.instant()));
    }

    /** A person who can receive mail: not erased, not being deleted, with an address. */
    public Optional<Profile> reachable(String profileId) {
        return profiles.find(profileId).filter(MailComposer::reachable);
    }

    private static boolean reachable(Profile p) {
        return !p.erased() && p.deletionDueAt() == null && p.email() != null && !p.email().isBlank();
    }

    private String footer(NotificationTexts texts, Profile profile, NotificationKind kind) {
        return "-- \n" + texts.format("mail.footer", link("/notifications/preferences"),
                links.page(profile.id(), kind.key()));
    }

    private String link(String path) {
        return links.base() + path;
    }
}
