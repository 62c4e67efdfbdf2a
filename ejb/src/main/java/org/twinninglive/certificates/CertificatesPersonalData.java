package org.twinninglive.certificates;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.twinninglive.people.AccountErasing;
import org.twinninglive.people.PersonalDataRequested;

/**
 * The certificates' part of an export and of an erasure (U5): the certificates issued to the
 * person; on erasure they stay genuine but no longer say whose they were.
 */
@ApplicationScoped
public class CertificatesPersonalData {

    @PersistenceContext
    EntityManager em;

    void export(@Observes PersonalDataRequested request) {
        request.add("certificates", em.createQuery("select c from Certificate c where c.holderId = :id"
                        + " order by c.issuedAt", Certificate.class).setParameter("id", request.profileId())
                .getResultStream().map(Verification::of).toList());
    }

    void erase(@Observes AccountErasing erasing) {
        em.createQuery("select c from Certificate c where c.holderId = :id", Certificate.class)
                .setParameter("id", erasing.profileId()).getResultStream().forEach(Certificate::holderErased);
    }
}
