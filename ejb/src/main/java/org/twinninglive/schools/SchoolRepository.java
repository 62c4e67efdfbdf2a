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
import org.twinninglive.platform.Texts;

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
                    // proposals wait for their nss (documents indexed before the field existed are confirmed ones)
                    bool.mustNot(f.match().field("status").matching(School.PROPOSED));
                    bool.mustNot(f.match().field("status").matching(School.REJECTED));
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

    /** Schools of the registry with this national id, or with this name and city (accents and case aside), proposals too. */
    public List<School> sameAs(String country, String nationalId, String name, String city) {
        var byId = nationalId == null ? List.<School>of() : em.createQuery(
                        "select s from School s where s.country = :country and s.nationalId = :nationalId", School.class)
                .setParameter("country", country).setParameter("nationalId", nationalId).getResultList();
        if (!byId.isEmpty()) {
            return byId;
        }
        // the whole name, folded as the sort key is (one name is in few cities), then the city compared here
        var candidates = Search.session(em).search(School.class)
                .where(f -> f.bool().must(f.match().field("name_sort").matching(name))
                        .filter(f.match().field("country").matching(country))
                        .mustNot(f.match().field("status").matching(School.REJECTED)))
                .fetchHits(500);
        String wantedCity = Texts.folded(city);
        return candidates.stream().filter(s -> wantedCity.equals(Texts.folded(s.city()))).toList();
    }

    public void add(School school) {
        em.persist(school);
    }

    public void confirm(School school) {
        school.confirm();
    }

    public void reject(School school) {
        school.reject();
    }

    private <T> TypedQuery<T> inCountry(String country, String jpql, Class<T> type) {
        if (country == null) {
            return em.createQuery(jpql.formatted(" where s.status = :confirmed"), type)
                    .setParameter("confirmed", School.CONFIRMED);
        }
        return em.createQuery(jpql.formatted(" where s.country = :country and s.status = :confirmed"), type)
                .setParameter("country", country).setParameter("confirmed", School.CONFIRMED);
    }
}
