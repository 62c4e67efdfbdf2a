package org.twinninglive.contacts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import org.twinninglive.people.AccountData;
import org.twinninglive.people.AccountErasing;
import org.twinninglive.people.PersonalDataRequested;
import org.twinninglive.people.RelatedPeople;

/** The contacts feature's part of an export and of an erasure (U5): its own tables only. */
@ApplicationScoped
public class ContactsPersonalData {

    @PersistenceContext
    EntityManager em;

    @Inject
    ContactRepository contacts;

    @Inject
    RelatedPeople related;

    void export(@Observes PersonalDataRequested request) {
        String id = request.profileId();
        request.add("contacts", people(request, "select c.contactId, c.since from Contact c where c.ownerId = :id"
                + " order by c.since", id));
        request.add("following", people(request, "select f.followedId, f.createdAt from Follow f where f.followerId = :id"
                + " order by f.createdAt", id));
        request.add("followers", people(request, "select f.followerId, f.createdAt from Follow f where f.followedId = :id"
                + " order by f.createdAt", id));
        request.add("contactRequests", em.createQuery("select r from ContactRequest r where r.fromId = :id or r.toId = :id"
                        + " order by r.createdAt", ContactRequest.class).setParameter("id", id).getResultStream()
                .map(r -> new AccountData.Request(r.id(), r.fromId(), r.toId(), r.status().name(), r.createdAt(),
                        r.decidedAt())).toList());
        request.add("activity", em.createQuery("select a from Activity a where a.profileId = :id order by a.createdAt",
                        Activity.class).setParameter("id", id).getResultStream()
                .map(a -> new AccountData.Action(a.kind(), a.reference(), a.label(), a.createdAt())).toList());
    }

    void erase(@Observes AccountErasing erasing) {
        contacts.eraseAllOf(erasing.profileId());
    }

    private List<AccountData.Person> people(PersonalDataRequested request, String jpql, String id) {
        List<Object[]> rows = em.createQuery(jpql, Object[].class).setParameter("id", id).getResultList();
        return related.named(request.requester(),
                rows.stream().map(r -> new RelatedPeople.Since((String) r[0], (Instant) r[1])).toList());
    }
}
