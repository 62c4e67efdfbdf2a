package org.twinninglive.learning;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.twinninglive.platform.CurrentIdentity;
import org.twinninglive.platform.CurrentUser;

/** Backs learning/index.xhtml, in the reader's language. */
@Named
@RequestScoped
public class CatalogueView {

    @Inject
    CurrentIdentity identity;

    @Inject
    CurrentUser user;

    @Inject
    LearningService learning;

    private List<ModuleSummary> modules;

    public List<ModuleSummary> getModules() {
        if (modules == null) {
            modules = learning.catalogue(identity.get(), user.getLocale());
        }
        return modules;
    }
}
