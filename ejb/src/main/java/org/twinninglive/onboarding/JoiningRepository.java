package org.twinninglive.onboarding;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** The terms' versions, their acceptances and the first steps taken. Every read is by key or by index. */
@ApplicationScoped
public class JoiningRepository {

    @PersistenceContext
    EntityManager em;

    /** The version in force: the latest published (terms_version_published_idx). */
    public Optional<TermsVersion> current() {
        return em.createQuery("select v from TermsVersion v where v.withdrawnAt is null"
                        + " order by v.publishedAt desc, v.version desc", TermsVersion.class)
                .setMaxResults(1).getResultStream().findFirst();
    }

    public Optional<TermsVersion> version(String version) {
        return Optional.ofNullable(em.find(TermsVersion.class, version));
    }

    /** The versions in force once or now (withdrawn ones aside). */
    public long countVersions() {
        return em.createQuery("select count(v) from TermsVersion v where v.withdrawnAt is null", Long.class).getSingleResult();
    }

    public void add(TermsVersion version) {
        em.persist(version);
    }

    public boolean accepted(String profileId, String version) {
        return em.find(TermsAcceptance.class, new TermsAcceptance.Key(profileId, version)) != null;
    }

    public void add(TermsAcceptance acceptance) {
        em.persist(acceptance);
    }

    public List<TermsAcceptance> acceptancesOf(String profileId) {
        return em.createQuery("select a from TermsAcceptance a where a.profileId = :profile order by a.acceptedAt",
                TermsAcceptance.class).setParameter("profile", profileId).getResultList();
    }

    public Optional<FirstSteps> firstSteps(String profileId) {
        return Optional.ofNullable(em.find(FirstSteps.class, profileId));
    }

    public void add(FirstSteps steps) {
        em.persist(steps);
    }

    public void eraseAllOf(String profileId) {
        em.createQuery("delete from TermsAcceptance a where a.profileId = :profile")
                .setParameter("profile", profileId).executeUpdate();
        em.createQuery("delete from FirstSteps s where s.profileId = :profile")
                .setParameter("profile", profileId).executeUpdate();
    }
}
