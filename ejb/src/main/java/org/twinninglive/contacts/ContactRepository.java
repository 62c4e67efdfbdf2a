package org.twinninglive.contacts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.twinninglive.platform.NotFoundException;
import org.twinninglive.platform.PageRequest;

/** Follows, contacts, requests and activity; every query is served by a primary key or an index of V4. */
@ApplicationScoped
public class ContactRepository {

    @PersistenceContext
    EntityManager em;

    public boolean areContacts(String ownerId, String otherId) {
        return ownerId != null && otherId != null && em.find(Contact.class, new Contact.Key(ownerId, otherId)) != null;
    }

    /** Of these people, the ones who are the owner's contacts. */
    public Set<String> contactsAmong(String ownerId, Collection<String> ids) {
        if (ownerId == null || ids.isEmpty()) {
            return Set.of();
        }
        return em.createQuery("select c.contactId from Contact c where c.ownerId = :owner and c.contactId in :ids",
                        String.class)
                .setParameter("owner", ownerId)
                .setParameter("ids", ids)
                .getResultStream()
                .collect(Collectors.toSet());
    }

    public List<String> contactIds(String ownerId) {
        return em.createQuery("select c.contactId from Contact c where c.ownerId = :owner", String.class)
                .setParameter("owner", ownerId)
                .getResultList();
    }

    public List<Contact> contacts(String ownerId, PageRequest page) {
        return em.createQuery("select c from Contact c where c.ownerId = :owner order by c.since desc, c.contactId",
                        Contact.class)
                .setParameter("owner", ownerId)
                .setFirstResult(page.offset())
                .setMaxResults(page.size())
                .getResultList();
    }

    public long countContacts(String ownerId) {
        return em.createQuery("select count(c) from Contact c where c.ownerId = :owner", Long.class)
                .setParameter("owner", ownerId)
                .getSingleResult();
    }

    public void addContact(Contact contact) {
        em.persist(contact);
    }

    /** Ends a contact on both sides; whether there was one. */
    public boolean removeContact(String a, String b) {
        return em.createQuery("delete from Contact c where (c.ownerId = :a and c.contactId = :b)"
                        + " or (c.ownerId = :b and c.contactId = :a)")
                .setParameter("a", a)
                .setParameter("b", b)
                .executeUpdate() > 0;
    }

    public boolean follows(String followerId, String followedId) {
        return followerId != null && em.find(Follow.class, new Follow.Key(followerId, followedId)) != null;
    }

    public void addFollow(Follow follow) {
        em.persist(follow);
    }

    public boolean removeFollow(String followerId, String followedId) {
        return em.createQuery("delete from Follow f where f.followerId = :follower and f.followedId = :followed")
                .setParameter("follower", followerId)
                .setParameter("followed", followedId)
                .executeUpdate() > 0;
    }

    public List<String> followedIds(String followerId, int max) {
        return em.createQuery("select f.followedId from Follow f where f.followerId = :follower order by f.createdAt desc",
                        String.class)
                .setParameter("follower", followerId)
                .setMaxResults(max)
                .getResultList();
    }

    public long countFollowers(String followedId) {
        return em.createQuery("select count(f) from Follow f where f.followedId = :followed", Long.class)
                .setParameter("followed", followedId)
                .getSingleResult();
    }

    public Optional<ContactRequest> request(String id) {
        return id == null ? Optional.empty() : Optional.ofNullable(em.find(ContactRequest.class, id));
    }

    /** Reads a request again from the database, over what this transaction read of it before. */
    public void reread(ContactRequest request) {
        try {
            em.refresh(request);
        } catch (jakarta.persistence.EntityNotFoundException erased) {
            // one of the two accounts was erased meanwhile, and its requests with it
            throw new NotFoundException("The contact request");
        }
    }

    /** The pending request between two people, whichever of them sent it. */
    public Optional<ContactRequest> pendingBetween(String a, String b) {
        return em.createQuery("select r from ContactRequest r where r.status = :pending and"
                        + " ((r.fromId = :a and r.toId = :b) or (r.fromId = :b and r.toId = :a))", ContactRequest.class)
                .setParameter("pending", RequestStatus.PENDING)
                .setParameter("a", a)
                .setParameter("b", b)
                .getResultStream()
                .findFirst();
    }

    public void addRequest(ContactRequest request) {
        em.persist(request);
    }

    /** Pending requests to (incoming) or from (outgoing) someone, newest first. */
    public List<ContactRequest> pending(String profileId, boolean incoming, PageRequest page) {
        return em.createQuery("select r from ContactRequest r where r.%s = :profile and r.status = :pending"
                        .formatted(incoming ? "toId" : "fromId") + " order by r.createdAt desc, r.id", ContactRequest.class)
                .setParameter("profile", profileId)
                .setParameter("pending", RequestStatus.PENDING)
                .setFirstResult(page.offset())
                .setMaxResults(page.size())
                .getResultList();
    }

    public long countPending(String profileId, boolean incoming) {
        return em.createQuery("select count(r) from ContactRequest r where r.%s = :profile and r.status = :pending"
                        .formatted(incoming ? "toId" : "fromId"), Long.class)
                .setParameter("profile", profileId)
                .setParameter("pending", RequestStatus.PENDING)
                .getSingleResult();
    }

    public void addActivity(Activity activity) {
        em.persist(activity);
    }

    /** The latest public activity of these people, newest first. */
    public List<Activity> activityOf(Collection<String> profileIds, PageRequest page) {
        if (profileIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select a from Activity a where a.profileId in :ids order by a.createdAt desc, a.id",
                        Activity.class)
                .setParameter("ids", profileIds)
                .setFirstResult(page.offset())
                .setMaxResults(page.size())
                .getResultList();
    }

    public long countActivityOf(Collection<String> profileIds) {
        if (profileIds.isEmpty()) {
            return 0;
        }
        return em.createQuery("select count(a) from Activity a where a.profileId in :ids", Long.class)
                .setParameter("ids", profileIds)
                .getSingleResult();
    }

    /** Removes every follow, contact, request and activity of a person (U5). */
    public void eraseAllOf(String profileId) {
        em.createQuery("delete from Follow f where f.followerId = :id or f.followedId = :id")
                .setParameter("id", profileId).executeUpdate();
        em.createQuery("delete from Contact c where c.ownerId = :id or c.contactId = :id")
                .setParameter("id", profileId).executeUpdate();
        em.createQuery("delete from ContactRequest r where r.fromId = :id or r.toId = :id")
                .setParameter("id", profileId).executeUpdate();
        em.createQuery("delete from Activity a where a.profileId = :id")
                .setParameter("id", profileId).executeUpdate();
    }
}
