package org.twinninglive.schools;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Locale;
import org.twinninglive.platform.InvalidInputException;
import org.twinninglive.platform.Page;
import org.twinninglive.platform.PageRequest;

/** The school registry as everyone reads it. */
@Stateless
@PermitAll
public class SchoolService {

    @Inject
    SchoolRepository schools;

    public Page<SchoolView> list(String country, PageRequest page) {
        String wanted = normaliseCountry(country);
        return Page.of(schools.list(wanted, page), page, schools.count(wanted)).map(SchoolView::of);
    }

    private static String normaliseCountry(String country) {
        if (country == null || country.isBlank()) {
            return null;
        }
        String code = country.strip().toUpperCase(Locale.ROOT);
        if (!code.matches("[A-Z]{2}")) {
            throw new InvalidInputException("country", "country must be a two-letter ISO code, such as ES.");
        }
        return code;
    }
}
