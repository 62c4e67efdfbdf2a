package org.twinninglive.schools;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.logging.Logger;
import org.twinninglive.people.CallerProfile;
import org.twinninglive.people.Profile;
import org.twinninglive.people.ProfileRepository;
import org.twinninglive.people.RelatedPeople;
import org.twinninglive.people.ValidationStatus;
import org.twinninglive.platform.ForbiddenException;
import org.twinninglive.platform.NotFoundException;
import org.twinninglive.platform.Page;
import org.twinninglive.platform.PageRequest;
import org.twinninglive.platform.Roles;
import org.twinninglive.platform.SignedInIdentity;
import org.twinninglive.projects.LabelledSchools;

/**
 * The eTwinning School label: a validated teacher of a school applies for it, the nss of the
 * school's country decides. The school's teachers and that nss read its applications; an nss of
 * another country does not know an application exists (404). The rules are
 * {@link SchoolLabelApplication}'s and {@link SchoolLabelCriteria}'s, which the teachers may read
 * before applying; which schools hold the label now, {@link SchoolLabels}'.
 */
@Stateless
@PermitAll
public class SchoolLabelService {

    private static final Logger LOG = Logger.getLogger(SchoolLabelService.class.getName());

    @Inject
    CallerProfile callers;

    @Inject
    ProfileRepository profiles;

    @Inject
    SchoolRepository schools;

    @Inject
    SchoolLabelRepository labels;

    @Inject
    LabelledSchools labelledSchools;

    @Inject
    RelatedPeople related;

    @Inject
    Clock clock;

    @Inject
    Event<SchoolLabelRequested> requested;

    @Inject
    Event<SchoolLabelDecided> decided;

    /** A teacher of the school applies for its label, with the head's declaration and an optional statement. */
    public SchoolLabelView apply(SignedInIdentity identity, String schoolId, Boolean headDeclaration,
                                 String statement) {
        var me = callers.of(identity);
        var school = inRegistry(schoolId);
        if (!teaches(me, school)) {
            throw new ForbiddenException("Only the validated teachers of the school apply for its eTwinning School"
                    + " label.").shownAs("schoolLabel.teachersOnly");
        }
        // one application waits at a time: applicants of one school queue on its row, then read its applications
        labels.lockSchool(school.id());
        var now = clock.instant();
        var application = SchoolLabelApplication.apply(school, me.id(), teaches(me, school), headDeclaration,
                statement, criteriaOf(school, now), labels.ofSchool(school.id()), now);
        labels.add(application);
        requested.fire(new SchoolLabelRequested(application.id(), school.id(), me.id(), school.country(),
                school.name()));
        LOG.info(() -> "School label applied for by %s for school %s".formatted(me.id(), school.id()));
        return views(List.of(application)).get(0);
    }

    /** The school's applications, the oldest first: for its validated teachers and the nss of its country. */
    public List<SchoolLabelView> ofSchool(SignedInIdentity identity, String schoolId) {
        return views(labels.ofSchool(readBy(identity, schoolId).id()));
    }

    /**
     * What the criteria say of the school today, counted as an application counts them: for the
     * readers of its applications, so that its teachers know before they apply. Nothing is recorded.
     */
    public SchoolLabelCriteriaView criteria(SignedInIdentity identity, String schoolId) {
        var school = readBy(identity, schoolId);
        var now = clock.instant();
        return criteriaOf(school, now).view(school, now);
    }

    /** The applications of the nss officer's country in this status, the longest waiting first; 403 for anyone else. */
    public Page<SchoolLabelView> queue(SignedInIdentity identity, SchoolLabelStatus status, PageRequest page) {
        callers.requireCaller(identity);
        String country = countryReviewedBy(identity);
        return Page.of(views(labels.queue(country, status, page)), page, labels.countQueue(country, status));
    }

    /** The nss decides; an application of another country is "not found". */
    public SchoolLabelView decide(SignedInIdentity identity, String applicationId, boolean approve, String reason) {
        var me = callers.of(identity);
        String country = countryReviewedBy(identity);
        var application = labels.find(applicationId).filter(a -> a.country().equals(country))
                .orElseThrow(() -> new NotFoundException("The school label application"));
        // decisions of one school queue on its row, as its applications do; then the application is read again
        labels.lockSchool(application.school().id());
        labels.refresh(application);
        boolean approved = application.decide(me.id(), approve, reason, clock.instant());
        var school = application.school();
        decided.fire(new SchoolLabelDecided(application.id(), school.id(), application.applicantId(),
                application.country(), approved, application.validUntil(), application.reason(), school.name()));
        LOG.info(() -> "%s %s school label application %s".formatted(identity.username(),
                approved ? "approved" : "rejected", application.id()));
        return views(List.of(application)).get(0);
    }

    /** The school, when the caller reads its applications: one of its validated teachers, or the nss of its country. */
    private School readBy(SignedInIdentity identity, String schoolId) {
        var me = callers.of(identity);
        var school = inRegistry(schoolId);
        boolean officer = identity.roles().contains(Roles.NSS) && school.country().equals(identity.country());
        if (!officer && !teaches(me, school)) {
            throw new ForbiddenException("A school's label applications are read by its teachers and the National"
                    + " Support Service of its country.").shownAs("schoolLabel.readersOnly");
        }
        return school;
    }

    /** The school's active teachers and whether it has a recent National Quality Label, as they are now. */
    private SchoolLabelCriteria criteriaOf(School school, Instant now) {
        return new SchoolLabelCriteria(profiles.activeTeachersAt(school.id(), SchoolLabelCriteria.activeSince(now)),
                labelledSchools.hasRecentNationalLabel(school.id(), SchoolLabelCriteria.labelsSince(now)));
    }

    /** A validated teacher whose current school it is: who applies, and who reads the applications. */
    private static boolean teaches(Profile profile, School school) {
        return !profile.erased() && profile.validationStatus() == ValidationStatus.VALIDATED
                && profile.currentSchool() != null && school.id().equals(profile.currentSchool().id());
    }

    /** A school of the registry: a proposal waits for its nss and holds no label. */
    private School inRegistry(String schoolId) {
        return schools.find(schoolId).filter(School::inRegistry)
                .orElseThrow(() -> new NotFoundException("The school"));
    }

    private static String countryReviewedBy(SignedInIdentity identity) {
        if (!identity.roles().contains(Roles.NSS)) {
            throw new ForbiddenException("The eTwinning School label is decided by the National Support Service of"
                    + " the school's country.").shownAs("schoolLabel.nssOnly");
        }
        if (identity.country() == null) {
            throw new ForbiddenException("Your account has no country; ask the Central Support Service to set it.")
                    .shownAs("validation.noCountry");
        }
        return identity.country();
    }

    /** Applications as views, the applicants' names read in one query (they showed themselves by applying). */
    private List<SchoolLabelView> views(List<SchoolLabelApplication> applications) {
        var ids = applications.stream().map(SchoolLabelApplication::applicantId).filter(Objects::nonNull).distinct()
                .toList();
        Map<String, String> names = ids.isEmpty() ? Map.of() : related.names(ids);
        return applications.stream().map(a -> new SchoolLabelView(a.id(), a.school().id(), a.school().name(),
                SchoolLabelCriteria.onPlatformSince(a.school()), a.country(), a.applicantId(),
                a.applicantId() == null ? null : names.get(a.applicantId()), a.headDeclaration(), a.statement(),
                a.activeTeachers(), a.status().name(), a.reason(), a.validUntil(), a.createdAt(), a.reviewedAt()))
                .toList();
    }
}
