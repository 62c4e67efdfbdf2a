package org.twinninglive.platform;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.text.Collator;
import java.util.Comparator;
import java.util.List;

/** Country names in the reader's language, for every page that shows or chooses a country. */
@Named
@RequestScoped
public class CountryNames {

    @Inject
    CurrentUser currentUser;

    private List<String> all;

    public String of(String code) {
        return Countries.name(code, currentUser.getLocale());
    }

    /** The participating countries' codes, in the alphabetical order of their names for the reader. */
    public List<String> getAll() {
        if (all == null) {
            var collator = Collator.getInstance(currentUser.getLocale());
            all = Countries.PARTICIPATING.stream().sorted(Comparator.comparing(this::of, collator)).toList();
        }
        return all;
    }
}
