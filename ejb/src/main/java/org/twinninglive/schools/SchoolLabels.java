package org.twinninglive.schools;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.twinninglive.platform.TimeZones;

/**
 * Which schools hold the eTwinning School label now, for every place that shows it (the school,
 * its teachers' profiles): the last day of each valid label, read in one query.
 */
@Stateless
@PermitAll
public class SchoolLabels {

    /** Ids per query, under the databases' parameter limits. */
    private static final int SLICE = 1000;

    @Inject
    SchoolLabelRepository labels;

    @Inject
    Clock clock;

    /**
     * The schools among these that hold a valid label today (in each school's country's time
     * zone), with its last day; the others are absent.
     */
    public Map<String, LocalDate> labelledUntil(Collection<String> schoolIds) {
        var ids = List.copyOf(new LinkedHashSet<>(schoolIds));
        if (ids.isEmpty()) {
            return Map.of();
        }
        var now = clock.instant();
        // a country's day is at most one day from UTC's: the query bounds, each school's zone decides
        var earliest = LocalDate.ofInstant(now, ZoneOffset.UTC).minusDays(1);
        Map<String, LocalDate> until = new HashMap<>();
        for (int from = 0; from < ids.size(); from += SLICE) {
            var slice = ids.subList(from, Math.min(ids.size(), from + SLICE));
            for (Object[] row : labels.labelsEndingFrom(slice, earliest)) {
                String schoolId = (String) row[0];
                LocalDate last = (LocalDate) row[2];
                if (!last.isBefore(LocalDate.ofInstant(now, TimeZones.defaultFor((String) row[1])))) {
                    until.merge(schoolId, last, (one, other) -> one.isAfter(other) ? one : other);
                }
            }
        }
        return until;
    }
}
