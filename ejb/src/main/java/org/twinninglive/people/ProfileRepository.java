package org.twinninglive.people;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.twinninglive.platform.PageRequest;
import org.twinninglive.platform.RowLocks;

/** Stores and finds profiles, their photos and school memberships; the queries live here. */
@ApplicationScoped
public class ProfileRepository {

    @PersistenceContext
    EntityManager em;

    @Inject
    RowLocks locks;

    public Optional<Profile> findBySubject(String subject) {
        return em.createQuery("select p from Profile p where p.subject = :subject", Profile.class)
                .setParameter("subject", subject)
                .getResultStream()
                .findFirst();
    }

    public Optional<Profile> find(String id) {
        return id == null ? Optional.empty() : Optional.ofNullable(em.find(Profile.class, id));
    }

    /** Profiles by id with their current school, in one query, keyed by id. */
    public Map<String, Profile> findAll(Collection<String> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select p from Profile p left join fetch p.currentSchool where p.id in :ids",
                        Profile.class)
                .setParameter("ids", ids)
                .getResultStream()
                .collect(Collectors.toMap(Profile::id, Function.identity()));
    }

    public long count() {
        return em.createQuery("select count(p) from Profile p", Long.class).getSingleResult();
    }

    public void add(Profile profile) {
        em.persist(profile);
    }

    /**
     * Records a sign-in without the row's version: reads that do it at once (two pages loading
     * together) never clash, nor with a change of the profile. Only moves the time forward.
     */
    public void recordSignIn(String profileId, Instant at) {
        em.createNativeQuery("update profile set last_sign_in_at = ?1 where id = ?2 and last_sign_in_at < ?1")
                .unwrap(org.hibernate.query.NativeQuery.class)
                .addSynchronizedEntityClass(Profile.class)
                .setParameter(1, at)
                .setParameter(2, profileId)
                .executeUpdate();
    }

    /** A plain row lock on the profile of this account, if it has one (no version check). */
    public void lockBySubject(String subject) {
        em.createNativeQuery("select id from profile where subject = ?1 " + locks.ownActions(), String.class)
                .setParameter(1, subject)
                .getResultList();
    }

    /** A plain row lock on these profiles, always in id order so that two lockers never deadlock. */
    public void lock(Collection<String> ids) {
        for (String id : ids.stream().sorted().toList()) {
            em.createNativeQuery("select id from profile where id = ?1 " + locks.ownActions(), String.class)
                    .setParameter(1, id)
                    .getResultList();
        }
    }

    public Optional<ProfilePhoto> photo(String profileId) {
        return Optional.ofNullable(em.find(ProfilePhoto.class, profileId));
    }

    public void savePhoto(ProfilePhoto photo) {
        em.merge(photo);
    }

    public List<SchoolMembership> memberships(String profileId) {
        return em.createQuery("select m from SchoolMembership m join fetch m.school where m.profileId = :profile"
                        + " order by m.startedOn desc, m.endedOn desc nulls first", SchoolMembership.class)
                .setParameter("profile", profileId)
                .getResultList();
    }

    public Optional<SchoolMembership> currentMembership(String profileId) {
        return em.createQuery("select m from SchoolMembership m where m.profileId = :profile and m.endedOn is null",
                        SchoolMembership.class)
                .setParameter("profile", profileId)
                .getResultStream()
                .findFirst();
    }

    public void addMembership(SchoolMembership membership) {
        em.persist(membership);
    }

    /** The nss queue: accounts of one country in this status, oldest request first. */
    public List<Profile> awaitingReview(String country, ValidationStatus status, PageRequest page) {
        return em.createQuery("select p from Profile p left join fetch p.currentSchool where p.validationCountry = :country"
                        + " and p.validationStatus = :status and p.erasedAt is null"
                        + " order by p.validationRequestedAt, p.id", Profile.class)
                .setParameter("country", country)
                .setParameter("status", status)
                .setFirstResult(page.offset())
                .setMaxResults(page.size())
                .getResultList();
    }

    public long countAwaitingReview(String country, ValidationStatus status) {
        return em.createQuery("select count(p) from Profile p where p.validationCountry = :country"
                        + " and p.validationStatus = :status and p.erasedAt is null", Long.class)
                .setParameter("country", country)
                .setParameter("status", status)
                .getSingleResult();
    }

    /** The officers of a role in every country (the css), who are told what waits for them. */
    public List<String> officersOf(String role) {
        return em.createQuery("select p.id from Profile p join p.roles r where r = :role and p.erasedAt is null",
                        String.class)
                .setParameter("role", role)
                .getResultList();
    }

    /** The profiles of the officers of a role (nss) in a country, who are told what waits for them. */
    public List<String> officersOf(String role, String country) {
        return em.createQuery("select p.id from Profile p join p.roles r where r = :role and p.country = :country"
                        + " and p.erasedAt is null", String.class)
                .setParameter("role", role)
                .setParameter("country", country)
                .getResultList();
    }

    /** Ids of accounts whose grace period ended by now. */
    public List<String> dueForErasure(Instant now, int max) {
        return em.createQuery("select p.id from Profile p where p.deletionDueAt <= :now order by p.deletionDueAt",
                        String.class)
                .setParameter("now", now)
                .setMaxResults(max)
                .getResultList();
    }

    /** Remembers that the account with this subject was erased (only a hash of the subject is kept). */
    public void rememberErased(String subject, Instant now) {
        em.createNativeQuery("insert into erased_account (subject_hash, erased_at) values (?1, ?2)")
                .setParameter(1, hash(subject))
                .setParameter(2, java.sql.Timestamp.from(now))
                .executeUpdate();
    }

    public boolean erased(String subject) {
        return !em.createNativeQuery("select 1 from erased_account where subject_hash = ?1")
                .setParameter(1, hash(subject))
                .getResultList().isEmpty();
    }

    private static String hash(String subject) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(subject.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /** Removes what belongs to the person alone: photo, memberships (U5). */
    public void erasePersonalRows(String profileId) {
        em.createQuery("delete from ProfilePhoto p where p.profileId = :id").setParameter("id", profileId).executeUpdate();
        em.createQuery("delete from SchoolMembership m where m.profileId = :id").setParameter("id", profileId)
                .executeUpdate();
    }

    /**
     * The validated teachers whose current school this is, but these people, by name, at most
     * {@code max} (a TwinSpace's possible guests; served by {@code profile_current_school_idx}).
     */
    public List<Profile> colleaguesAt(String schoolId, Collection<String> but, int max) {
        var excluded = but.isEmpty() ? List.of("") : but;
        return em.createQuery("select p from Profile p where p.currentSchool.id = :school"
                        + " and p.validationStatus = :validated and p.erasedAt is null and p.id not in :but"
                        + " order by lower(p.displayName), p.id", Profile.class)
                .setParameter("school", schoolId)
                .setParameter("validated", ValidationStatus.VALIDATED)
                .setParameter("but", excluded)
                .setMaxResults(max)
                .getResultList();
    }

    // school label (eTwinning School)

    /**
     * The active teachers of a school, counted in one query: accounts the nss validated, not
     * erased, whose current school it is and who signed in since {@code signedInSince} (served by
     * {@code profile_current_school_idx}: a school's teachers are a handful of rows).
     */
    public long activeTeachersAt(String schoolId, Instant signedInSince) {
        return em.createQuery("select count(p) from Profile p where p.currentSchool.id = :school"
                        + " and p.validationStatus = :validated and p.erasedAt is null"
                        + " and p.lastSignInAt >= :since", Long.class)
                .setParameter("school", schoolId)
                .setParameter("validated", ValidationStatus.VALIDATED)
                .setParameter("since", signedInSince)
                .getSingleResult();
    }
}
