package org.twinninglive.projects;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.mapper.orm.Search;
import org.twinninglive.people.Viewers;
import org.twinninglive.platform.Page;
import org.twinninglive.platform.PageRequest;
import org.twinninglive.platform.Roles;
import org.twinninglive.platform.SignedInIdentity;
import org.twinninglive.platform.Viewer;

/**
 * Project search (P2) on the Lucene index of projects: words match the title (first), the
 * description and the members' schools, case- and accent-insensitively; filters narrow by
 * subject, pupils' age, language, a member's country, status and year. Ranked by relevance,
 * then the newest first. What the viewer may not see is never found: open and closed projects
 * for everyone, pending and rejected ones for their members and their countries' nss (the rule
 * of {@link ProjectAccess}, as an index filter).
 */
@Stateless
@PermitAll
public class ProjectSearch {

    @PersistenceContext
    EntityManager em;

    @Inject
    Viewers viewers;

    @Inject
    ProjectAssembler assembler;

    public Page<ProjectSummary> search(Optional<SignedInIdentity> identity, ProjectCriteria criteria, PageRequest page) {
        var viewer = viewers.of(identity);
        var result = Search.session(em).search(Project.class)
                .select(f -> f.id(String.class))
                .where(f -> {
                    var bool = f.bool();
                    bool.filter(visibleTo(f, viewer));
                    if (criteria.subject() != null) {
                        bool.filter(f.match().field("subjects").matching(criteria.subject()));
                    }
                    if (criteria.age() != null) {
                        bool.filter(f.range().field("ageFrom").atMost(criteria.age()));
                        bool.filter(f.range().field("ageTo").atLeast(criteria.age()));
                    }
                    if (criteria.language() != null) {
                        bool.filter(f.match().field("languages").matching(criteria.language()));
                    }
                    if (criteria.country() != null) {
                        bool.filter(f.match().field("members.country").matching(criteria.country()));
                    }
                    if (criteria.status() != null) {
                        bool.filter(f.match().field("status").matching(criteria.status()));
                    }
                    if (criteria.label() != null) {
                        bool.filter(f.match().field("label").matching(criteria.label().name()));
                    }
                    if (criteria.year() != null) {
                        bool.filter(f.match().field("year").matching(criteria.year()));
                    }
                    if (criteria.query() == null) {
                        bool.must(f.matchAll());
                    } else {
                        bool.must(f.bool()
                                .should(f.match().field("title").matching(criteria.query()).boost(3f))
                                .should(f.match().field("descriptionText").matching(criteria.query()))
                                .should(f.match().field("members.schoolName").matching(criteria.query()).boost(0.5f)));
                    }
                    return bool;
                })
                .sort(f -> f.score().then().field("createdAt").desc())
                .fetch(page.offset(), page.size());
        List<String> ids = result.hits();
        var found = em.createQuery("select p from Project p where p.id in :ids", Project.class)
                .setParameter("ids", ids.isEmpty() ? List.of("") : ids).getResultList();
        var byId = new java.util.HashMap<String, Project>();
        found.forEach(p -> byId.put(p.id(), p));
        var items = ids.stream().map(byId::get).filter(Objects::nonNull).map(p -> assembler.summary(viewer, p)).toList();
        return Page.of(items, page, result.total().hitCount());
    }

    /** Public ones, the viewer's own, and for an nss officer those of their country. */
    private static SearchPredicate visibleTo(SearchPredicateFactory f, Viewer viewer) {
        var visible = f.bool()
                .should(f.match().field("status").matching(ProjectStatus.OPEN))
                .should(f.match().field("status").matching(ProjectStatus.CLOSED));
        viewer.profileId().ifPresent(me -> visible.should(f.match().field("members.profileId").matching(me)));
        if (viewer.hasRole(Roles.NSS)) {
            viewer.identity().map(SignedInIdentity::country).filter(Objects::nonNull)
                    .ifPresent(country -> visible.should(f.match().field("approvals.country").matching(country)));
        }
        return visible.toPredicate();
    }
}
