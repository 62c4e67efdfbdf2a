package org.twinninglive.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Map;
import org.twinninglive.people.AccountErasing;
import org.twinninglive.people.PersonalDataRequested;

/** Mail's part of an export and of an erasure (U5): the choices, and the mails sent or waiting. */
@ApplicationScoped
public class MailPersonalData {

    /** A mail as exported. */
    public record Exported(String kind, String address, String subject, Instant createdAt, Instant sentAt) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    MailPreferences preferences;

    @Inject
    Outbox outbox;

    void export(@Observes PersonalDataRequested request) {
        Map<String, MailMode> modes = preferences.modes(request.profileId());
        request.add("mailPreferences", modes);
        request.add("mails", outbox.of(request.profileId()).stream()
                .map(m -> new Exported(m.kind(), m.address(), m.subject(), m.createdAt(), m.sentAt())).toList());
    }

    void erase(@Observes AccountErasing erasing) {
        outbox.eraseAllOf(erasing.profileId());
        em.createQuery("delete from MailPreference p where p.profileId = :id").setParameter("id", erasing.profileId())
                .executeUpdate();
        em.createQuery("delete from MailSettings s where s.profileId = :id").setParameter("id", erasing.profileId())
                .executeUpdate();
    }
}
