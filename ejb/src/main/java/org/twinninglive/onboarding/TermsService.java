package org.twinninglive.onboarding;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;
import org.twinninglive.people.CallerProfile;
import org.twinninglive.platform.ConflictException;
import org.twinninglive.platform.InvalidInputException;
import org.twinninglive.platform.NotFoundException;
import org.twinninglive.platform.Roles;
import org.twinninglive.platform.SignedInIdentity;
import org.twinninglive.platform.Texts;

/**
 * The terms of use and privacy notice (J1). Accepting them is part of Keycloak's registration
 * form, which stamps the time on the account; the platform keeps, per person, which version
 * they accepted and when. The Central Support Service publishes a new version; from then on,
 * whoever has not accepted it is asked to before their next page.
 */
@Stateless
@PermitAll
public class TermsService {

    private static final Logger LOG = Logger.getLogger(TermsService.class.getName());

    @Inject
    JoiningRepository joining;

    @Inject
    CallerProfile callers;

    @Inject
    Clock clock;

    /** The version in force. */
    public TermsView current() {
        return TermsView.of(inForce());
    }

    /**
     * The version the person is still to accept, if any. An acceptance on Keycloak's registration
     * form (its time, from the token) counts for the version in force then: it is recorded here
     * the first time it is seen.
     *
     * @param acceptedAtRegistration when the account accepted the terms on the registration form, or null
     */
    public Optional<TermsView> toAccept(SignedInIdentity identity, Instant acceptedAtRegistration) {
        var profile = callers.of(identity);
        var current = inForce();
        if (joining.accepted(profile.id(), current.version())) {
            return Optional.empty();
        }
        if (acceptedAtRegistration != null && !acceptedAtRegistration.isBefore(current.publishedAt())) {
            // two first pages at once record it once: the second waits for the row lock, then finds it
            callers.forUpdate(identity);
            if (!joining.accepted(profile.id(), current.version())) {
                joining.add(new TermsAcceptance(profile.id(), current.version(), acceptedAtRegistration));
            }
            return Optional.empty();
        }
        return Optional.of(TermsView.of(current));
    }

    /** Accepts the version in force; the version named must be it, so that nobody accepts a text they did not see. */
    public TermsView accept(SignedInIdentity identity, String version) {
        // row-locked: a double click records one acceptance
        var profile = callers.forUpdate(identity);
        var current = inForce();
        if (version == null || version.isBlank()) {
            throw new InvalidInputException("version", "version is required: the version of the terms you accept ("
                    + current.version() + ").").shownAs("terms.version");
        }
        if (!current.version().equals(version.strip())) {
            throw new ConflictException("Version " + current.version() + " is in force, not " + version.strip()
                    + ": read it and accept that one.").shownAs("terms.changed");
        }
        if (!joining.accepted(profile.id(), current.version())) {
            joining.add(new TermsAcceptance(profile.id(), current.version(), clock.instant()));
            LOG.info(() -> "%s accepted the terms %s".formatted(profile.id(), current.version()));
        }
        return TermsView.of(current);
    }

    /** A new version, in force at once: everyone accepts it again before their next page. */
    @RolesAllowed(Roles.CSS)
    public TermsView publish(SignedInIdentity officer, String version, String summary) {
        callers.requireCaller(officer);
        String name = Texts.line(version, "version");
        if (!name.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,39}")) {
            throw new InvalidInputException("version", "version is required: up to 40 letters, digits, dots, dashes"
                    + " or underscores, such as 2027-01.").shownAs("terms.version.format");
        }
        String what = Texts.paragraphs(summary, "summary");
        if (what.length() > 1000) {
            throw new InvalidInputException("summary", "summary has at most 1000 characters.")
                    .shownAs("terms.summary.tooLong");
        }
        if (joining.version(name).isPresent()) {
            throw new ConflictException("Version " + name + " was published already; name the new one differently.")
                    .shownAs("terms.version.exists");
        }
        // published strictly after the one in force, even within the same clock tick
        var now = clock.instant();
        var latest = inForce().publishedAt();
        var published = new TermsVersion(name, now.isAfter(latest) ? now : latest.plusMillis(1),
                what.isEmpty() ? null : what);
        joining.add(published);
        LOG.info(() -> "css %s published the terms %s".formatted(officer.username(), name));
        return TermsView.of(published);
    }

    /**
     * Withdraws the version in force when it was published by mistake: the one before is in force
     * again. The withdrawn version and its acceptances are kept (who accepted what, when), out of
     * force for good. The only version in force cannot go.
     */
    @RolesAllowed(Roles.CSS)
    public TermsView withdraw(SignedInIdentity officer, String version) {
        callers.requireCaller(officer);
        var withdrawn = joining.version(version == null ? "" : version.strip()).filter(v -> v.withdrawnAt() == null)
                .orElseThrow(() -> new NotFoundException("The terms version"));
        if (!withdrawn.version().equals(inForce().version())) {
            throw new ConflictException("Only the version in force can be withdrawn; " + withdrawn.version()
                    + " was followed by another.").shownAs("terms.withdraw.old");
        }
        if (joining.countVersions() == 1) {
            throw new ConflictException("This is the only version: publish another one first.")
                    .shownAs("terms.withdraw.only");
        }
        withdrawn.withdraw(clock.instant());
        LOG.info(() -> "css %s withdrew the terms %s".formatted(officer.username(), withdrawn.version()));
        return current();
    }

    private TermsVersion inForce() {
        return joining.current().orElseThrow(() -> new IllegalStateException("no terms version: migration V13 adds one"));
    }
}
