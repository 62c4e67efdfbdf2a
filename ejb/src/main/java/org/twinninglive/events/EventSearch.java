package org.twinninglive.events;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.hibernate.search.mapper.orm.Search;
import org.twinninglive.people.Viewers;
import org.twinninglive.platform.Page;
import org.twinninglive.platform.PageRequest;
import org.twinninglive.platform.SignedInIdentity;

/**
 * The list and search of events (E2) on the Lucene index of events: words match the title (first)
 * and the description, case- and accent-insensitively; filters narrow by kind, format, language
 * and a range of start times (from now on when none is given). Soonest first; cancelled events are
 * not listed. What the viewer may not know is never found: public events for everyone, private
 * ones for their organisers and the people invited ({@link EventAccess}, as an index filter).
 */
@Stateless
@PermitAll
public class EventSearch {

    @PersistenceContext
    EntityManager em;

    @Inject
    Viewers viewers;

    @Inject
    Clock clock;

    public Page<EventSummary> search(Optional<SignedInIdentity> identity, EventCriteria criteria, PageRequest page) {
        var viewer = viewers.of(identity);
        var from = criteria.from() != null ? criteria.from() : clock.instant();
        var result = Search.session(em).search(Event.class)
                .select(f -> f.id(String.class))
                .where(f -> {
                    var bool = f.bool();
                    var visible = f.bool().should(f.match().field("visibility").matching(EventVisibility.PUBLIC));
                    viewer.profileId().ifPresent(me -> visible
                            .should(f.match().field("organisers.profileId").matching(me))
                            .should(f.match().field("invitations.profileId").matching(me)));
                    bool.filter(visible);
                    bool.filter(f.match().field("status").matching(EventStatus.SCHEDULED));
                    // from: events not over by then; to: events starting before it
                    bool.filter(f.range().field("endsAt").greaterThan(from));
                    if (criteria.to() != null) {
                        bool.filter(f.range().field("startsAt").lessThan(criteria.to()));
                    }
                    if (criteria.kind() != null) {
                        bool.filter(f.match().field("kind").matching(criteria.kind()));
                    }
                    if (criteria.format() != null) {
                        bool.filter(f.match().field("format").matching(criteria.format()));
                    }
                    if (criteria.language() != null) {
                        bool.filter(f.match().field("language").matching(criteria.language()));
                    }
                    if (criteria.query() == null) {
                        bool.must(f.matchAll());
                    } else {
                        bool.must(f.bool()
                                .should(f.match().field("title").matching(criteria.query()).boost(3f))
                                .should(f.match().field("descriptionText").matching(criteria.query())));
                    }
                    return bool;
                })
                .sort(f -> criteria.query() == null ? f.field("startsAt").asc() : f.score().then().field("startsAt").asc())
                .fetch(page.offset(), page.size());
        List<String> ids = result.hits();
        var found = em.createQuery("select e from Event e where e.id in :ids", Event.class)
                .setParameter("ids", ids.isEmpty() ? List.of("") : ids).getResultList();
        var byId = new HashMap<String, Event>();
        found.forEach(e -> byId.put(e.id(), e));
        var items = ids.stream().map(byId::get).filter(Objects::nonNull).map(EventService::summary).toList();
        return Page.of(items, page, result.total().hitCount());
    }
}
