package org.twinninglive.onboarding;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Backs the public terms and privacy pages: which version is in force, since when. */
@Named
@RequestScoped
public class LegalView {

    @Inject
    TermsService terms;

    private TermsView current;

    public TermsView getCurrent() {
        if (current == null) {
            current = terms.current();
        }
        return current;
    }
}
