package org.twinninglive.schools;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;
import org.hibernate.search.mapper.orm.Search;
import org.twinninglive.platform.Page;
import org.twinninglive.platform.PageRequest;

/**
 * Reads schools in name order, of every country or of one; both orders are served by an
 * index ({@code school_name_idx}, {@code school_country_name_idx}), never by a scan and sort.
 */
@ApplicationScoped
public class SchoolRepository {

    @PersistenceContext
    EntityManager em;

    public Optional<School> find(String id) {
        return id == null || id.isBlank() ? Optional.empty() : Optional.ofNullable(em.find(School.class, id));
    }

    /**
     * Schools whose name has these words (or words starting so), accents or not, best match
     * first, from the search index.
     */
    public Page<School> search(String words, String country, PageRequest page) {
        var result = Search.session(em).search(School.class)
                .where(f -> {
                    var bool = f.bool().must(f.bool()
                            .should(f.match().field("name").matching(words).boost(3f))
                            .should(f.match().field("name_prefix").matching(words)));
                    if (country != null) {
                        bool.filter(f.match().field("country").matching(country));
                    }
                    return bool;
                })
                .sort(f -> f.score().then().field("name_sort"))
                .fetch(page.offset(), page.size());
        return Page.of(result.hits(), page, result.total().hitCount());
    }

    /** @param country ISO code, or null for every country */
    public List<School> list(String country, PageRequest page) {
        return inCountry(country, "select s from School s%s order by s.name, s.id", School.class)
                .setFirstResult(page.offset())
                .setMaxResults(page.size())
                .getResultList();
    }

    /** @param country ISO code, or null for every country */
    public long count(String country) {
        return inCountry(country, "select count(s) from School s%s", Long.class).getSingleResult();
    }

    private <T> TypedQuery<T> inCountry(String country, String jpql, Class<T> type) {
        if (country == null) {
            return em.createQuery(jpql.formatted(""), type);
        }
        return em.createQuery(jpql.formatted(" where s.country = :country"), type).setParameter("country", country);
    }
}
