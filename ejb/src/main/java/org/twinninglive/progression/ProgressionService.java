package org.twinninglive.progression;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.twinninglive.people.ProfileVisibility;
import org.twinninglive.platform.InvalidInputException;
import org.twinninglive.platform.NotFoundException;
import org.twinninglive.platform.Roles;
import org.twinninglive.platform.SignedInIdentity;

/** Reading bars (S4) and changing the rules (S6). */
@Stateless
@PermitAll
public class ProgressionService {

    private static final Logger LOG = Logger.getLogger(ProgressionService.class.getName());

    @Inject
    ProgressionRepository repository;

    @Inject
    BarCache cache;

    @Inject
    ProfileVisibility visibility;

    @Inject
    Recomputation recomputation;

    @Inject
    Event<BarChanged> barChanges;

    @Inject
    Event<RulesChanged> rulesChanges;

    @Inject
    Clock clock;

    /** The bar of a profile, for whoever may see that profile; others are told it does not exist. */
    public ProgressionBar barOf(Optional<SignedInIdentity> viewer, String profileId) {
        if (!visibility.canOpen(viewer, profileId)) {
            throw new NotFoundException("The profile");
        }
        return cache.get(profileId, id -> {
            var points = new EnumMap<Area, Integer>(Area.class);
            repository.barRows(id).forEach(row -> points.put(row.area(), row.points()));
            return Scoring.bar(id, points, repository.rules());
        });
    }

    public List<RuleView> rules() {
        return repository.rules().stream().map(RuleView::of).toList();
    }

    /**
     * Applies new points and caps, all or none, then re-computes every bar in the background.
     * Refused while a re-computation runs, so that no bar is left computed with old rules.
     */
    @RolesAllowed(Roles.CSS)
    public List<RuleView> changeRules(List<RuleChange> changes) {
        if (changes == null || changes.isEmpty()) {
            throw new InvalidInputException("rules", "Send at least one rule to change.").shownAs("rules.none");
        }
        var seen = new HashSet<String>();
        for (var change : changes) {
            if (change == null || change.category() == null) {
                throw new InvalidInputException("category", "Every rule names its category.").shownAs("rules.category");
            }
            if (change.points() == null || change.cap() == null) {
                throw new InvalidInputException(change.points() == null ? "points" : "cap",
                        "Every rule gives both points and cap (" + change.category() + ").")
                                .shownAs("rules.incomplete", change.category());
            }
            if (!seen.add(change.category())) {
                throw new InvalidInputException("category", "The category " + change.category() + " is sent twice.")
                        .shownAs("rules.twice", change.category());
            }
            var rule = repository.rule(change.category())
                    .orElseThrow(() -> new InvalidInputException("category", "There is no category " + change.category() + ".")
                            .shownAs("rules.unknown", change.category()));
            rule.change(change.points(), change.cap());
        }
        // the record is locked first: nothing that can fail comes between the claim and the event
        // whose AFTER_FAILURE observer gives the claim back
        var record = repository.recomputationRecord();
        if (!recomputation.claim()) {
            throw new org.twinninglive.platform.ConflictException(
                    "The bars are being re-computed after an earlier change; try again when it has finished.")
                            .shownAs("rules.running");
        }
        // re-computing starts once this change commits, and the claim is given back if it does not
        rulesChanges.fire(new RulesChanged());
        // recorded with the rules: if the server stops before the end, the next start resumes the work
        record.request(clock.instant());
        // every cached bar now has the wrong maxima
        barChanges.fire(BarChanged.everyone());
        LOG.info(() -> "Progression rules changed (%d categories); re-computing every bar".formatted(changes.size()));
        return rules();
    }

    /** How far a re-computation is: the Central Support Service's concern only (it tells the profile count). */
    @RolesAllowed(Roles.CSS)
    public RecomputationStatus recomputation() {
        return recomputation.status();
    }

    /** Resumes a re-computation that stopped on an error, after the last batch it wrote. */
    @RolesAllowed(Roles.CSS)
    public RecomputationStatus resumeRecomputation() {
        if (!recomputation.resume()) {
            throw recomputation.status().running()
                    ? new org.twinninglive.platform.ConflictException("The bars are being re-computed already.")
                            .shownAs("recomputation.running")
                    : new org.twinninglive.platform.ConflictException("Nothing to resume: every bar follows the"
                            + " current rules.").shownAs("recomputation.nothingPending");
        }
        return recomputation.status();
    }
}
