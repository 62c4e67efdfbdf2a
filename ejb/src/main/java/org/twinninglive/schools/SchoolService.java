package org.twinninglive.schools;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
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

    public SchoolView school(String id) {
        return schools.find(id).map(SchoolView::of).orElseThrow(() -> new NotFoundException("The school"));
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
            return schools.search(words.strip(), wanted, page).map(SchoolView::of);
        }
        return Page.of(schools.list(wanted, page), page, schools.count(wanted)).map(SchoolView::of);
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
            throw new SchoolAlreadyRegisteredException(SchoolView.of(registered.get()));
        }
        // the same school proposed by another teacher, still waiting for the same nss: this one joins it
        if (!same.isEmpty()) {
            return SchoolView.of(same.get(0));
        }
        var school = School.proposed(proposal.name(), proposal.country(), proposal.city(), proposal.type(),
                proposal.nationalId(), proposerId, now);
        schools.add(school);
        return SchoolView.of(school);
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
