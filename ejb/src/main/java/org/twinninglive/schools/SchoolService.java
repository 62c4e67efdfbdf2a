package org.twinninglive.schools;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import org.twinninglive.platform.InvalidInputException;
import org.twinninglive.platform.NotFoundException;
import org.twinninglive.platform.Page;
import org.twinninglive.platform.PageRequest;

/** The school registry as everyone reads it. */
@Stateless
@PermitAll
public class SchoolService {

    @Inject
    SchoolRepository schools;

    @Inject
    SchoolLabels labels;

    public SchoolView school(String id) {
        return schools.find(id).map(this::view).orElseThrow(() -> new NotFoundException("The school"));
    }

    /** A school of the registry, with its label: a proposal is known to its proposer and their nss only (404). */
    public SchoolView inRegistry(String id) {
        return schools.find(id).filter(School::inRegistry).map(this::view)
                .orElseThrow(() -> new NotFoundException("The school"));
    }

    public Page<SchoolView> list(String country, PageRequest page) {
        return search(null, country, page);
    }

    /** Schools of the registry: by name words (any word, accents or not) when given, else in name order. */
    public Page<SchoolView> search(String words, String country, PageRequest page) {
        String wanted = normaliseCountry(country);
        if (words != null && words.length() > 200) {
            throw new InvalidInputException("q", "q has at most 200 characters.").shownAs("query.tooLong", 200);
        }
        if (words != null && !words.isBlank()) {
            return withLabels(schools.search(words.strip(), wanted, page));
        }
        return withLabels(Page.of(schools.list(wanted, page), page, schools.count(wanted)));
    }

    /**
     * Records a school a teacher proposes (J2), unknown to others until their nss confirms it; one
     * the registry has already, by national id or by name and city, is refused with it. The same
     * school proposed by another teacher and still waiting is answered instead of a second one.
     */
    public SchoolView propose(SchoolProposal proposal, String proposerId, java.time.Instant now) {
        var same = schools.sameAs(proposal.country(), proposal.nationalId(), proposal.name(), proposal.city());
        var registered = same.stream().filter(s -> !s.proposal()).findFirst();
        if (registered.isPresent()) {
            throw new SchoolAlreadyRegisteredException(view(registered.get()));
        }
        // the same school proposed by another teacher, still waiting for the same nss: this one joins it
        if (!same.isEmpty()) {
            return SchoolView.of(same.get(0), null);
        }
        var school = School.proposed(proposal.name(), proposal.country(), proposal.city(), proposal.type(),
                proposal.nationalId(), proposerId, now);
        schools.add(school);
        // a proposal holds no label
        return SchoolView.of(school, null);
    }

    private SchoolView view(School school) {
        return SchoolView.of(school, labels.labelledUntil(List.of(school.id())).get(school.id()));
    }

    /** A page of schools with their labels, read in one query. */
    private Page<SchoolView> withLabels(Page<School> page) {
        var until = labels.labelledUntil(page.items().stream().map(School::id).toList());
        return page.map(school -> SchoolView.of(school, until.get(school.id())));
    }

    private static String normaliseCountry(String country) {
        if (country == null || country.isBlank()) {
            return null;
        }
        String code = country.strip().toUpperCase(Locale.ROOT);
        if (!code.matches("[A-Z]{2}")) {
            throw new InvalidInputException("country", "country must be a two-letter ISO code, such as ES.")
                    .shownAs("country.code");
        }
        return code;
    }
}
