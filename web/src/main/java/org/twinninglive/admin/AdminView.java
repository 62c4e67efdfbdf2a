package org.twinninglive.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Backs admin/index.xhtml: the platform's figures, read once per request. */
@Named
@RequestScoped
public class AdminView {

    @Inject
    PlatformStatisticsService statisticsService;

    private PlatformStatistics statistics;

    public PlatformStatistics getStatistics() {
        if (statistics == null) {
            statistics = statisticsService.current();
        }
        return statistics;
    }
}
