package org.twinninglive.people;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.mapper.orm.Search;
import org.twinninglive.contacts.ContactRepository;
import org.twinninglive.platform.Page;
import org.twinninglive.platform.PageRequest;
import org.twinninglive.platform.SignedInIdentity;

/**
 * People search (F1–F3) on the Lucene index of profiles: words match names (whole words
 * first, then prefixes) and school names, case- and accent-insensitively; filters narrow by
 * country, school, subject, language, pupils' ages and role. Ranked by relevance, then name.
 * Only profiles listed in search and visible to the viewer are found (the rule of
 * {@link ProfileVisibility}, as an index filter): nobody opted out ever appears.
 */
@Stateless
@PermitAll
public class PeopleSearch {

    @PersistenceContext
    EntityManager em;

    @Inject
    ProfileVisibility visibility;

    @Inject
    ContactRepository contacts;

    @Inject
    ProfileRepository profiles;

    public Page<PersonSummary> search(Optional<SignedInIdentity> viewer, SearchCriteria criteria, PageRequest page) {
        var person = viewer.filter(v -> !v.partnerSystem());
        Optional<String> me = visibility.viewerId(viewer);
        List<String> contactIds = me.map(contacts::contactIds).orElse(List.of());
        var result = Search.session(em).search(Profile.class)
                .select(f -> f.id(String.class))
                .where(f -> {
                    var bool = f.bool();
                    bool.filter(f.match().field("searchable").matching(true));
                    bool.filter(visibleTo(f, person.isPresent(), me, contactIds));
                    narrow(f, bool, criteria);
                    if (criteria.query() == null) {
                        bool.must(f.matchAll());
                    } else {
                        bool.must(f.bool()
                                .should(f.match().field("displayName").matching(criteria.query()).boost(4f))
                                .should(f.match().field("name_prefix").matching(criteria.query()))
                                .should(f.match().field("currentSchool.name").matching(criteria.query()).boost(2f))
                                .should(f.match().field("currentSchool.name_prefix").matching(criteria.query())
                                        .boost(0.5f)));
                    }
                    return bool;
                })
                .sort(f -> f.score().then().field("name_sort"))
                .fetch(page.offset(), page.size());
        List<String> ids = result.hits();
        Map<String, Profile> found = profiles.findAll(ids);
        var items = ids.stream().map(found::get).filter(Objects::nonNull).map(PersonSummary::of).toList();
        return Page.of(items, page, result.total().hitCount());
    }

    private static org.hibernate.search.engine.search.predicate.SearchPredicate visibleTo(SearchPredicateFactory f,
            boolean signedIn, Optional<String> me, List<String> contactIds) {
        var visible = f.bool().should(f.match().field("visibility").matching(Visibility.EVERYONE));
        if (signedIn) {
            visible.should(f.match().field("visibility").matching(Visibility.REGISTERED));
        }
        if (!contactIds.isEmpty()) {
            visible.should(f.id().matchingAny(contactIds));
        }
        me.ifPresent(id -> visible.should(f.id().matching(id)));
        return visible.toPredicate();
    }

    private static void narrow(SearchPredicateFactory f, BooleanPredicateClausesStep<?> bool, SearchCriteria c) {
        if (c.country() != null) {
            bool.filter(f.match().field("country").matching(c.country()));
        }
        if (c.school() != null) {
            bool.filter(f.match().field("currentSchool.id").matching(c.school()));
        }
        if (c.subject() != null) {
            bool.filter(f.match().field("subjects").matching(c.subject()));
        }
        if (c.language() != null) {
            bool.filter(f.match().field("languages").matching(c.language()));
        }
        if (c.role() != null) {
            bool.filter(f.match().field("roles").matching(c.role()));
        }
        // pupils' ages overlap the range asked for
        if (c.ageTo() != null) {
            bool.filter(f.range().field("pupilsAgeFrom").atMost(c.ageTo()));
        }
        if (c.ageFrom() != null) {
            bool.filter(f.range().field("pupilsAgeTo").atLeast(c.ageFrom()));
        }
    }
}
