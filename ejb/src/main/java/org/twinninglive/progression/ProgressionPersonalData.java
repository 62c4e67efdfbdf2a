package org.twinninglive.progression;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.twinninglive.people.AccountData;
import org.twinninglive.people.AccountErasing;
import org.twinninglive.people.PersonalDataRequested;

/** Progression's part of an export and of an erasure (U5): the ledger and the bar. */
@ApplicationScoped
public class ProgressionPersonalData {

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<BarChanged> changes;

    void export(@Observes PersonalDataRequested request) {
        request.add("progression", em.createQuery("select l from LedgerEntry l where l.profileId = :id"
                        + " order by l.occurredAt", LedgerEntry.class).setParameter("id", request.profileId())
                .getResultStream().map(l -> new AccountData.Credit(l.category(), l.reference(), l.occurredAt()))
                .toList());
    }

    void erase(@Observes AccountErasing erasing) {
        for (String table : java.util.List.of("progression_ledger", "progression_bar")) {
            em.createNativeQuery("delete from " + table + " where profile_id = ?1").setParameter(1, erasing.profileId())
                    .executeUpdate();
        }
        changes.fire(new BarChanged(erasing.profileId()));
    }
}
