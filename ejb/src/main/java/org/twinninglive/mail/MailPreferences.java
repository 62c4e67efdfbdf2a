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

    @Inject
    UnsubscribeLinks links;

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
        boolean hadDaily = modes(me.id()).containsValue(MailMode.DAILY);
        wanted.forEach((kind, mode) -> set(me.id(), kind, mode));
        var modes = modes(me.id());
        if (modes.containsValue(MailMode.DAILY)) {
            var settings = settingsFor(me.id());
            if (!hadDaily) {
                // the first daily summary covers what happens from now on, not what was already mailed
                settings.digestSent(clock.instant());
            }
        }
        return modes;
    }

    /** The kind of a digest's link: stopping it turns every daily kind to never. */
    public static final String DIGEST = "digest";

    /** Whether an unsubscribe link is valid (signed, for a kind that is mailed, of someone who exists). */
    public boolean unsubscribable(String token, String kindKey) {
        return signed(token, kindKey).isPresent();
    }

    /** Confirms an unsubscribe link: that kind of mail (or the digest) becomes "never". False for an invalid link. */
    public boolean unsubscribe(String token, String kindKey) {
        var signed = signed(token, kindKey);
        if (signed.isEmpty()) {
            return false;
        }
        String profileId = signed.get().profileId();
        if (DIGEST.equals(kindKey)) {
            modes(profileId).forEach((kind, mode) -> {
                if (mode == MailMode.DAILY) {
                    set(profileId, NotificationKind.of(kind).orElseThrow(), MailMode.NEVER);
                }
            });
        } else {
            set(profileId, NotificationKind.of(kindKey).orElseThrow(), MailMode.NEVER);
        }
        return true;
    }

    private Optional<UnsubscribeLinks.Signed> signed(String token, String kindKey) {
        boolean known = DIGEST.equals(kindKey) || NotificationKind.of(kindKey).filter(NotificationKind::mailed).isPresent();
        return known ? links.verify(token, kindKey).filter(s -> em.find(org.twinninglive.people.Profile.class,
                s.profileId()) != null) : Optional.empty();
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

    /** The digest's settings of someone who chose a daily summary (created then, under their row lock). */
    MailSettings settingsFor(String profileId) {
        var settings = em.find(MailSettings.class, profileId);
        if (settings == null) {
            settings = new MailSettings(profileId, clock.instant());
            em.persist(settings);
        }
        return settings;
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
