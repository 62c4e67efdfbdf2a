package org.twinninglive.people;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.logging.Logger;
import org.twinninglive.platform.ForbiddenException;
import org.twinninglive.platform.InvalidInputException;
import org.twinninglive.platform.Texts;
import org.twinninglive.platform.NotFoundException;
import org.twinninglive.platform.Page;
import org.twinninglive.platform.PageRequest;
import org.twinninglive.platform.Roles;
import org.twinninglive.platform.SignedInIdentity;
import org.twinninglive.schools.SchoolRepository;

/**
 * The review of teachers' accounts by the National Support Service (U6): each nss officer
 * sees and decides the accounts of their own country only; an account of another country
 * does not exist for them. Other features ask {@link #validated} before letting a teacher
 * join or be invited to a project.
 */
@Stateless
@RolesAllowed(Roles.NSS)
public class ValidationService {

    private static final Logger LOG = Logger.getLogger(ValidationService.class.getName());

    public enum Decision {
        APPROVE, REJECT;

        public static Decision of(String value) {
            for (Decision d : values()) {
                if (value != null && d.name().equalsIgnoreCase(value.strip())) {
                    return d;
                }
            }
            throw new InvalidInputException("decision", "decision is required: APPROVE or REJECT.")
                    .shownAs("validation.decision");
        }
    }

    @Inject
    ProfileRepository profiles;

    @Inject
    CallerProfile callers;

    @Inject
    SchoolRepository schools;

    @Inject
    Event<AccountValidated> validations;

    @Inject
    Event<AccountRejected> rejections;

    public Page<ValidationView> queue(SignedInIdentity officer, String status, PageRequest page) {
        String country = countryOf(officer);
        var wanted = status == null || status.isBlank() ? ValidationStatus.PENDING_VALIDATION : statusOf(status);
        return Page.of(profiles.awaitingReview(country, wanted, page), page,
                profiles.countAwaitingReview(country, wanted)).map(ValidationView::of);
    }

    public ValidationView decide(SignedInIdentity officer, String profileId, Decision decision, String reason) {
        String country = countryOf(officer);
        if (decision == null) {
            throw new InvalidInputException("decision", "decision is required: APPROVE or REJECT.")
                    .shownAs("validation.decision");
        }
        String why = Texts.paragraphs(reason, "reason");
        why = why.isEmpty() ? null : why;
        if (decision == Decision.REJECT && why == null) {
            throw new InvalidInputException("reason", "Say why the account is rejected; the teacher will read it.")
                    .shownAs("validation.reason");
        }
        if (why != null && why.length() > 500) {
            throw new InvalidInputException("reason", "reason has at most 500 characters.")
                    .shownAs("validation.reason.tooLong");
        }
        // the teacher may be changing their profile (or another officer deciding) at the same moment
        profiles.lock(java.util.List.of(profileId));
        var profile = profiles.find(profileId)
                .filter(p -> !p.erased() && country.equals(p.validationCountry()))
                .orElseThrow(() -> new NotFoundException("The account"));
        if (profile.validationStatus() == ValidationStatus.VALIDATED && decision == Decision.APPROVE) {
            return ValidationView.of(profile);
        }
        if (decision == Decision.APPROVE) {
            profile.validate();
            // the school the teacher proposed is the nss's to check with the account (J2): now in the registry
            var school = profile.currentSchool();
            if (school != null && school.proposal()) {
                schools.confirm(school);
            }
            validations.fire(new AccountValidated(profile.id()));
        } else {
            profile.reject(why);
            // the school proposed with the account goes with it; the teacher may propose it again, corrected
            var school = profile.currentSchool();
            if (school != null && school.proposal()) {
                schools.reject(school);
            }
            rejections.fire(new AccountRejected(profile.id(), why));
        }
        LOG.info(() -> "nss %s: %s %s".formatted(officer.username(), decision, profile.id()));
        return ValidationView.of(profile);
    }

    /** Whether a profile is a validated account: the condition of joining projects (U6). */
    @PermitAll
    public boolean validated(String profileId) {
        return profiles.find(profileId).filter(p -> p.validationStatus() == ValidationStatus.VALIDATED).isPresent();
    }

    /** The nss officers (their profiles) who review the accounts of a country: told of each account waiting. */
    @PermitAll
    public java.util.List<String> reviewersOf(String country) {
        return country == null ? java.util.List.of() : profiles.officersOf(Roles.NSS, country);
    }

    private String countryOf(SignedInIdentity officer) {
        callers.requireCaller(officer);
        if (officer.country() == null) {
            throw new ForbiddenException("Your account has no country; ask the Central Support Service to set it.")
                    .shownAs("validation.noCountry");
        }
        return officer.country();
    }

    private static ValidationStatus statusOf(String value) {
        return switch (value.strip().toUpperCase(Locale.ROOT)) {
            case "PENDING", "PENDING_VALIDATION" -> ValidationStatus.PENDING_VALIDATION;
            case "VALIDATED" -> ValidationStatus.VALIDATED;
            case "REJECTED" -> ValidationStatus.REJECTED;
            default -> throw new InvalidInputException("status", "status must be PENDING, VALIDATED or REJECTED.")
                    .shownAs("validation.status");
        };
    }
}
