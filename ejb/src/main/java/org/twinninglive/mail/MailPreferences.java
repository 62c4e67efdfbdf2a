package org.twinninglive.mail;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.twinninglive.notifications.NotificationKind;
import org.twinninglive.people.CallerProfile;
import org.twinninglive.platform.InvalidInputException;
import org.twinninglive.platform.SignedInIdentity;

/**
 * Per person and kind of mail: immediately (the default), a daily digest, or never (N4); and
 * the unsubscribe link of every mail, which works without signing in.
 */
@Stateless
@PermitAll
public class MailPreferences {

    @Inject
    CallerProfile callers;

    @Inject
    Clock clock;

    @PersistenceContext
    EntityManager em;

    /** The kinds of notification that also go by e-mail: those a person has a choice for. */
    public static List<NotificationKind> mailedKinds() {
        return Arrays.stream(NotificationKind.values()).filter(NotificationKind::mailed).toList();
    }

    /** The caller's choice for every mailed kind, by kind key (e.g. contact-requested). */
    public Map<String, MailMode> of(SignedInIdentity identity) {
        return modes(callers.of(identity).id());
    }

    /**
     * Changes the caller's choices for the kinds named; the others keep theirs. An unknown
     * kind or mode is refused, and nothing changes.
     */
    public Map<String, MailMode> choose(SignedInIdentity identity, Map<String, String> choices) {
        if (choices == null || choices.isEmpty()) {
            throw new InvalidInputException("preferences", "Name at least one kind, e.g. {\"contact-requested\": \"DAILY\"}.")
                    .shownAs("mail.preferences.empty");
        }
        var wanted = new LinkedHashMap<NotificationKind, MailMode>();
        choices.forEach((key, value) -> {
            var kind = NotificationKind.of(key).filter(NotificationKind::mailed)
                    .orElseThrow(() -> new InvalidInputException(key == null ? "preferences" : key,
                            "Unknown kind of mail: " + key + ".").shownAs("mail.kind.unknown"));
            wanted.put(kind, MailMode.of(value, key));
        });
        var me = callers.forUpdate(identity);
        settingsFor(me.id());
        wanted.forEach((kind, mode) -> set(me.id(), kind, mode));
        return modes(me.id());
    }

    /** What an unsubscribe link names, before it is confirmed: the kind, if the token is known. */
    public Optional<NotificationKind> unsubscribable(String token, String kindKey) {
        return settingsByToken(token).flatMap(s -> NotificationKind.of(kindKey).filter(NotificationKind::mailed));
    }

    /** Confirms an unsubscribe link: that kind of mail becomes "never". False for an unknown link. */
    public boolean unsubscribe(String token, String kindKey) {
        var settings = settingsByToken(token);
        var kind = NotificationKind.of(kindKey).filter(NotificationKind::mailed);
        if (settings.isEmpty() || kind.isEmpty()) {
            return false;
        }
        set(settings.get().profileId(), kind.get(), MailMode.NEVER);
        return true;
    }

    public Map<String, MailMode> modes(String profileId) {
        var modes = new LinkedHashMap<String, MailMode>();
        mailedKinds().forEach(kind -> modes.put(kind.key(), MailMode.IMMEDIATELY));
        em.createQuery("select p from MailPreference p where p.profileId = :id", MailPreference.class)
                .setParameter("id", profileId).getResultList()
                .forEach(p -> modes.computeIfPresent(p.kind(), (k, old) -> p.mode()));
        return modes;
    }

    public MailMode modeOf(String profileId, NotificationKind kind) {
        var preference = em.find(MailPreference.class, new MailPreference.Key(profileId, kind.key()));
        return preference == null ? MailMode.IMMEDIATELY : preference.mode();
    }

    /** The person's mail settings, created with a fresh unsubscribe token the first time. */
    public MailSettings settingsFor(String profileId) {
        var settings = em.find(MailSettings.class, profileId);
        if (settings == null) {
            settings = new MailSettings(profileId, clock.instant());
            em.persist(settings);
        }
        return settings;
    }

    private Optional<MailSettings> settingsByToken(String token) {
        if (token == null || token.isBlank() || token.length() > 64) {
            return Optional.empty();
        }
        return em.createQuery("select s from MailSettings s where s.unsubscribeToken = :t", MailSettings.class)
                .setParameter("t", token).getResultStream().findFirst();
    }

    private void set(String profileId, NotificationKind kind, MailMode mode) {
        var preference = em.find(MailPreference.class, new MailPreference.Key(profileId, kind.key()));
        if (preference == null) {
            em.persist(new MailPreference(profileId, kind.key(), mode));
        } else {
            preference.choose(mode);
        }
    }
}
