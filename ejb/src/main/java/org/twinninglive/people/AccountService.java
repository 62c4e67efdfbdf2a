package org.twinninglive.people;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.twinninglive.platform.SignedInIdentity;

/**
 * A person's account as a whole (U5): all their data as one document, and deletion: asked
 * for, confirmed, carried out by {@link Erasure} once the grace period (14 days unless
 * {@code TWINNING_DELETION_GRACE} says otherwise, ISO-8601 such as P14D) is over; cancellable
 * until then.
 */
@Stateless
@PermitAll
public class AccountService {

    private static final Logger LOG = Logger.getLogger(AccountService.class.getName());

    @Inject
    CallerProfile callers;

    @Inject
    ProfileRepository profiles;

    @Inject
    ProfileVisibility visibility;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "twinning.deletion-grace", defaultValue = "P14D")
    String grace;

    @PersistenceContext
    EntityManager em;

    /** Schedules the erasure of the caller's account; asking again keeps the first date. */
    public Instant requestDeletion(SignedInIdentity identity) {
        var profile = callers.forUpdate(identity);
        if (profile.deletionDueAt() == null) {
            profile.scheduleDeletion(clock.instant().plus(Duration.parse(grace)));
            LOG.info(() -> "Profile %s asked for deletion, due %s".formatted(profile.id(), profile.deletionDueAt()));
        }
        return profile.deletionDueAt();
    }

    /** Keeps the account; nothing happens if no deletion was asked for. */
    public void cancelDeletion(SignedInIdentity identity) {
        var profile = callers.forUpdate(identity);
        if (profile.deletionDueAt() != null) {
            profile.cancelDeletion();
            LOG.info(() -> "Profile %s cancelled its deletion".formatted(profile.id()));
        }
    }

    /** When the caller's account will be erased, or null. */
    public Instant deletionDue(SignedInIdentity identity) {
        return callers.of(identity).deletionDueAt();
    }

    public AccountData export(SignedInIdentity identity) {
        var p = callers.of(identity);
        String id = p.id();
        var account = new AccountData.Account(id, p.username(), p.displayName(), p.email(), p.country(),
                p.language().tag(), p.roles().stream().sorted().toList(), p.validationStatus().name(),
                p.validationReason(), p.createdAt(), p.lastSignInAt(), p.deletionDueAt(), p.photoVersion() > 0);
        var information = new PersonalInformation(p.displayName(), p.bio(),
                p.subjects().stream().map(Subject::valueOf).collect(java.util.stream.Collectors.toSet()), p.languages(),
                p.pupilsAgeFrom(), p.pupilsAgeTo());
        List<MembershipView> schools = profiles.memberships(id).stream().map(MembershipView::of).toList();
        return new AccountData(clock.instant(), account, information, p.privacy(), schools,
                people(identity, "select c.contactId, c.since from Contact c where c.ownerId = :id order by c.since", id),
                people(identity, "select f.followedId, f.createdAt from Follow f where f.followerId = :id"
                        + " order by f.createdAt", id),
                people(identity, "select f.followerId, f.createdAt from Follow f where f.followedId = :id"
                        + " order by f.createdAt", id),
                em.createQuery("select r from ContactRequest r where r.fromId = :id or r.toId = :id order by r.createdAt",
                                org.twinninglive.contacts.ContactRequest.class).setParameter("id", id).getResultStream()
                        .map(r -> new AccountData.Request(r.id(), r.fromId(), r.toId(), r.status().name(),
                                r.createdAt(), r.decidedAt())).toList(),
                em.createQuery("select l from LedgerEntry l where l.profileId = :id order by l.occurredAt",
                                org.twinninglive.progression.LedgerEntry.class).setParameter("id", id).getResultStream()
                        .map(l -> new AccountData.Credit(l.category(), l.reference(), l.occurredAt())).toList(),
                completions(id),
                em.createQuery("select a from Activity a where a.profileId = :id order by a.createdAt",
                                org.twinninglive.contacts.Activity.class).setParameter("id", id).getResultStream()
                        .map(a -> new AccountData.Action(a.kind(), a.reference(), a.label(), a.createdAt())).toList());
    }

    @SuppressWarnings("unchecked")
    private List<AccountData.Completion> completions(String id) {
        List<Object[]> rows = em.createNativeQuery("select c.module_id, m.title, c.completed_at from learning_completion c"
                + " join learning_module m on m.id = c.module_id where c.profile_id = ?1 order by c.completed_at")
                .setParameter(1, id).getResultList();
        return rows.stream().map(r -> new AccountData.Completion((String) r[0], (String) r[1], instant(r[2]))).toList();
    }

    private static Instant instant(Object value) {
        return switch (value) {
            case Instant i -> i;
            case java.sql.Timestamp t -> t.toInstant();
            case java.time.OffsetDateTime o -> o.toInstant();
            case java.time.ZonedDateTime z -> z.toInstant();
            default -> null;
        };
    }

    /**
     * People related to the exporter (id, since), named only when the exporter may see them now
     * (U4): someone who has since hidden their profile is an id, as in contact requests.
     */
    private List<AccountData.Person> people(SignedInIdentity identity, String jpql, String id) {
        List<Object[]> rows = em.createQuery(jpql, Object[].class).setParameter("id", id).getResultList();
        List<String> ids = rows.stream().map(r -> (String) r[0]).toList();
        Map<String, Profile> related = new HashMap<>();
        Set<String> visible = new HashSet<>();
        // in slices, so that a person followed by many stays under the database's parameter limits
        for (int from = 0; from < ids.size(); from += 1000) {
            var slice = profiles.findAll(ids.subList(from, Math.min(ids.size(), from + 1000)));
            related.putAll(slice);
            visible.addAll(visibility.visibleAmong(Optional.of(identity), slice.values()));
        }
        return rows.stream().map(r -> {
            String personId = (String) r[0];
            String name = visible.contains(personId) ? related.get(personId).displayName() : null;
            return new AccountData.Person(personId, name, (Instant) r[1]);
        }).toList();
    }
}
