package org.twinninglive.learning;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.twinninglive.platform.CurrentIdentity;

/** Backs learning/index.xhtml. */
@Named
@RequestScoped
public class CatalogueView {

    @Inject
    CurrentIdentity identity;

    @Inject
    LearningService learning;

    private List<ModuleSummary> modules;

    public List<ModuleSummary> getModules() {
        if (modules == null) {
            modules = learning.catalogue(identity.get());
        }
        return modules;
    }
}
