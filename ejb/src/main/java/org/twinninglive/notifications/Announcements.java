package org.twinninglive.notifications;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Locale;
import org.twinninglive.people.CallerProfile;
import org.twinninglive.platform.Countries;
import org.twinninglive.platform.InvalidInputException;
import org.twinninglive.platform.NotFoundException;
import org.twinninglive.platform.Roles;
import org.twinninglive.platform.SignedInIdentity;
import org.twinninglive.platform.Texts;

/**
 * The Central Support Service announces something to every member, or to those of one
 * country (N2). The request only stores the announcement and answers at once; delivery runs
 * in the background, a batch at a time ({@link FanOut}), each batch's notifications and mails
 * in one transaction, while the platform keeps answering everyone else.
 */
@Stateless
@RolesAllowed(Roles.CSS)
public class Announcements {

    static final int MAX_TEXT = 1000;

    @Inject
    CallerProfile callers;

    @Inject
    Clock clock;

    @Inject
    Event<AnnouncementMade> made;

    @PersistenceContext
    EntityManager em;

    public AnnouncementView announce(SignedInIdentity officer, String text, String country) {
        var me = callers.of(officer);
        String said = Texts.paragraphs(text, "text");
        if (said.isBlank()) {
            throw new InvalidInputException("text", "Write what to announce.").shownAs("announcement.text.required");
        }
        if (said.length() > MAX_TEXT) {
            throw new InvalidInputException("text", "An announcement has at most " + MAX_TEXT + " characters.")
                    .shownAs("announcement.text.tooLong");
        }
        String to = country == null || country.isBlank() ? null : country.strip().toUpperCase(Locale.ROOT);
        if (to != null && !Countries.participates(to)) {
            throw new InvalidInputException("country", "country must be a participating country's code, or absent.")
                    .shownAs("announcement.country");
        }
        long recipients = FanOutStep.recipients(em, to, me.id(), null, Long.class).getSingleResult();
        var announcement = new Announcement(me.id(), to, said, (int) recipients, clock.instant());
        em.persist(announcement);
        made.fire(new AnnouncementMade(announcement.id()));
        return AnnouncementView.of(announcement);
    }

    public AnnouncementView view(SignedInIdentity officer, String id) {
        callers.requireCaller(officer);
        var announcement = id == null ? null : em.find(Announcement.class, id);
        if (announcement == null) {
            throw new NotFoundException("The announcement");
        }
        return AnnouncementView.of(announcement);
    }
}
