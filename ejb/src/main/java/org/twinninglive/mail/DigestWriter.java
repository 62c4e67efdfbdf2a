package org.twinninglive.mail;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.twinninglive.notifications.NotificationKind;
import org.twinninglive.notifications.NotificationRendering;
import org.twinninglive.notifications.NotificationRepository;

/**
 * The daily digest (N4): once a period ({@code TWINNING_DIGEST_PERIOD}, default a day) one mail
 * to each person who chose it for some kinds, with every notification of those kinds since the
 * last digest, or none when nothing happened.
 */
@Stateless
@PermitAll
public class DigestWriter {

    static final int MOST_IN_ONE_DIGEST = 200;

    @PersistenceContext
    EntityManager em;

    @Inject
    MailPreferences preferences;

    @Inject
    NotificationRepository notifications;

    @Inject
    NotificationRendering rendering;

    @Inject
    MailComposer composer;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "twinning.digest-period", defaultValue = "P1D")
    String period;

    /** People whose digest is due: they chose one for some kind, and the last was a period ago. */
    @SuppressWarnings("unchecked")
    public List<String> due(Instant now, int max) {
        return em.createNativeQuery("select s.profile_id from mail_settings s where s.digest_since <= ?1"
                        + " and exists (select 1 from mail_preference p where p.profile_id = s.profile_id"
                        + " and p.mode = 'DAILY') order by s.digest_since")
                .setParameter(1, now.minus(Duration.parse(period))).setMaxResults(max).getResultList();
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void write(String profileId) {
        var settings = em.find(MailSettings.class, profileId, LockModeType.PESSIMISTIC_WRITE);
        var now = clock.instant();
        if (settings == null || settings.digestSince().isAfter(now.minus(Duration.parse(period)))) {
            return;
        }
        var modes = preferences.modes(profileId);
        List<NotificationKind> daily = MailPreferences.mailedKinds().stream()
                .filter(kind -> modes.get(kind.key()) == MailMode.DAILY).toList();
        var recipient = composer.reachable(profileId);
        if (recipient.isPresent() && !daily.isEmpty()) {
            var rows = notifications.since(profileId, daily, settings.digestSince(), MOST_IN_ONE_DIGEST);
            composer.digest(recipient.get(),
                    rendering.render(recipient.get().asReader(), recipient.get().language().locale(), rows));
        }
        settings.digestSent(now);
    }

    /** Moves a person's digest on without writing it (it failed): the next comes a period later. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void skip(String profileId) {
        var settings = em.find(MailSettings.class, profileId, LockModeType.PESSIMISTIC_WRITE);
        if (settings != null) {
            settings.digestSent(clock.instant());
        }
    }
}
