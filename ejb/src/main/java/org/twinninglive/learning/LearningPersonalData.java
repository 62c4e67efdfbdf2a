package org.twinninglive.learning;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import org.twinninglive.people.AccountData;
import org.twinninglive.people.AccountErasing;
import org.twinninglive.people.PersonalDataRequested;

/** Self-learning's part of an export and of an erasure (U5): the modules completed. */
@ApplicationScoped
public class LearningPersonalData {

    @PersistenceContext
    EntityManager em;

    @SuppressWarnings("unchecked")
    void export(@Observes PersonalDataRequested request) {
        List<Object[]> rows = em.createNativeQuery("select c.module_id, m.title, c.completed_at from learning_completion c"
                + " join learning_module m on m.id = c.module_id where c.profile_id = ?1 order by c.completed_at")
                .setParameter(1, request.profileId()).getResultList();
        request.add("learning", rows.stream()
                .map(r -> new AccountData.Completion((String) r[0], (String) r[1], instant(r[2]))).toList());
    }

    void erase(@Observes AccountErasing erasing) {
        em.createNativeQuery("delete from learning_completion where profile_id = ?1")
                .setParameter(1, erasing.profileId()).executeUpdate();
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
}
