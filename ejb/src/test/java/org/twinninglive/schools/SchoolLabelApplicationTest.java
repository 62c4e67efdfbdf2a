package org.twinninglive.schools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.twinninglive.platform.ConflictException;
import org.twinninglive.platform.ForbiddenException;
import org.twinninglive.platform.InvalidInputException;

/** The rules of the eTwinning School label, without a server. */
class SchoolLabelApplicationTest {

    private static final Instant T0 = Instant.parse("2026-12-02T10:00:00Z");
    private static final SchoolLabelCriteria MET = new SchoolLabelCriteria(3, true);

    private final School old = school(Instant.parse("2024-09-01T08:00:00Z"));
    private final List<SchoolLabelApplication> earlier = new ArrayList<>();

    @Test
    void aValidatedTeacherOfAnEligibleSchoolAppliesWithTheHeadsDeclaration() {
        var application = SchoolLabelApplication.apply(old, "ana", true, true, "  We twin with four schools.  ",
                new SchoolLabelCriteria(4, true), earlier, T0);

        assertThat(application.status()).isEqualTo(SchoolLabelStatus.PENDING);
        assertThat(application.school()).isSameAs(old);
        assertThat(application.country()).isEqualTo("ES");
        assertThat(application.applicantId()).isEqualTo("ana");
        assertThat(application.headDeclaration()).isTrue();
        assertThat(application.statement()).isEqualTo("We twin with four schools.");
        assertThat(application.activeTeachers()).isEqualTo(4);
        assertThat(application.createdAt()).isEqualTo(T0);
        assertThat(application.validUntil()).isNull();
        assertThat(application.reviewerId()).isNull();
    }

    @Test
    void aBlankStatementIsNoStatement() {
        assertThat(apply("ana").statement()).isNull();
    }

    @Test
    void onlyAValidatedTeacherOfTheSchoolApplies() {
        assertThatThrownBy(() -> SchoolLabelApplication.apply(old, "zoe", false, true, null, MET, earlier, T0))
                .isInstanceOfSatisfying(ForbiddenException.class,
                        refusal -> assertThat(refusal.textKey()).isEqualTo("schoolLabel.teachersOnly"));
    }

    @Test
    void theHeadsDeclarationIsRequiredAndNamed() {
        for (Boolean declaration : new Boolean[] {null, false}) {
            assertThatThrownBy(() -> SchoolLabelApplication.apply(old, "ana", true, declaration, null, MET, earlier,
                    T0)).as("declaration %s", declaration).isInstanceOfSatisfying(InvalidInputException.class,
                    wrong -> assertThat(wrong.field()).isEqualTo("headDeclaration"));
        }
    }

    @Test
    void aStatementHasAtMost2000Characters() {
        assertThat(SchoolLabelApplication.apply(old, "ana", true, true, "x".repeat(2000), MET, earlier, T0)
                .statement()).hasSize(2000);
        assertThatThrownBy(() -> SchoolLabelApplication.apply(old, "ben", true, true, "x".repeat(2001), MET,
                new ArrayList<>(), T0)).isInstanceOfSatisfying(InvalidInputException.class,
                wrong -> assertThat(wrong.field()).isEqualTo("statement"));
    }

    @Test
    void aSchoolOnThePlatformForLessThanTwoYearsIsToldWhenItJoinedAndWhenItMayApply() {
        var recent = school(Instant.parse("2025-09-01T08:00:00Z"));

        assertRefusedAs("school-too-recent", () -> SchoolLabelApplication.apply(recent, "ana", true, true, null, MET,
                earlier, T0), "joined the platform less than two years ago (on 2025-09-01)",
                "may apply from 2027-09-01");
    }

    @Test
    void twoYearsToTheSecondAreEnough() {
        var twoYears = school(Instant.parse("2024-12-02T10:00:00Z"));

        assertThat(SchoolLabelApplication.apply(twoYears, "ana", true, true, null, MET, earlier, T0).status())
                .isEqualTo(SchoolLabelStatus.PENDING);
        assertRefusedAs("school-too-recent", () -> SchoolLabelApplication.apply(twoYears, "ana", true, true, null, MET,
                new ArrayList<>(), T0.minusSeconds(1)), "less than two years ago");
    }

    @Test
    void fewerThanThreeActiveTeachersAreCountedInTheRefusal() {
        assertRefusedAs("too-few-active-teachers", () -> SchoolLabelApplication.apply(old, "ana", true, true, null,
                new SchoolLabelCriteria(2, true), earlier, T0), "only 2 active teachers", "3 are needed");
        assertRefusedAs("too-few-active-teachers", () -> SchoolLabelApplication.apply(old, "ana", true, true, null,
                new SchoolLabelCriteria(1, true), earlier, T0), "only 1 active teacher ", "3 are needed");
    }

    @Test
    void withoutANationalQualityLabelInTheLastTwoYearsTheSchoolIsToldSinceWhen() {
        assertRefusedAs("no-recent-national-label", () -> SchoolLabelApplication.apply(old, "ana", true, true, null,
                new SchoolLabelCriteria(5, false), earlier, T0), "no project with a National Quality Label",
                "since 2024-12-02");
    }

    @Test
    void theFirstCriterionNotMetIsNamedInOrder() {
        var recent = school(Instant.parse("2026-01-10T08:00:00Z"));
        var nothing = new SchoolLabelCriteria(0, false);

        assertRefusedAs("school-too-recent", () -> SchoolLabelApplication.apply(recent, "ana", true, true, null,
                nothing, earlier, T0));
        assertRefusedAs("too-few-active-teachers", () -> SchoolLabelApplication.apply(old, "ana", true, true, null,
                nothing, earlier, T0));
    }

    @Test
    void aRefusalOfTheApplicantComesBeforeTheCriteria() {
        var recent = school(Instant.parse("2026-01-10T08:00:00Z"));

        assertThatThrownBy(() -> SchoolLabelApplication.apply(recent, "zoe", false, true, null, MET, earlier, T0))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> SchoolLabelApplication.apply(recent, "ana", true, false, null, MET, earlier, T0))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void oneApplicationPerSchoolWaitsAtATime() {
        earlier.add(apply("ana"));

        assertRefusedAs("school-label-pending", () -> apply("ben"));
        assertRefusedAs("school-label-pending", () -> apply("ana"));
    }

    @Test
    void aRejectionLetsTheSchoolApplyAgain() {
        var first = apply("ana");
        earlier.add(first);
        first.decide("nss", false, "Tell us about your projects.", T0.plusSeconds(60));

        var second = apply("ben");

        assertThat(second.status()).isEqualTo(SchoolLabelStatus.PENDING);
    }

    @Test
    void aSchoolHoldingAValidLabelDoesNotApplyUntilItEnds() {
        var first = apply("ana");
        earlier.add(first);
        first.decide("nss", true, null, T0.plusSeconds(60));

        assertRefusedAs("school-label-held", () -> SchoolLabelApplication.apply(old, "ben", true, true, null, MET,
                earlier, Instant.parse("2028-08-31T20:00:00Z")), "until 2028-08-31");
        // 1 September in Madrid: the label ended the evening before
        var renewed = SchoolLabelApplication.apply(old, "ben", true, true, null, MET, earlier,
                Instant.parse("2028-08-31T22:30:00Z"));
        assertThat(renewed.status()).isEqualTo(SchoolLabelStatus.PENDING);
    }

    @Test
    void aRejectionNeedsItsReasonWhichStaysForTheApplicant() {
        var application = apply("ana");

        assertThatThrownBy(() -> application.decide("nss", false, "  ", T0)).isInstanceOfSatisfying(
                InvalidInputException.class, wrong -> assertThat(wrong.field()).isEqualTo("reason"));
        assertThatThrownBy(() -> application.decide("nss", false, "x".repeat(2001), T0)).isInstanceOfSatisfying(
                InvalidInputException.class, wrong -> assertThat(wrong.field()).isEqualTo("reason"));
        assertThat(application.status()).as("nothing decided by a refused decision")
                .isEqualTo(SchoolLabelStatus.PENDING);

        assertThat(application.decide("nss", false, "Show us a labelled project.", T0.plusSeconds(5))).isFalse();
        assertThat(application.status()).isEqualTo(SchoolLabelStatus.REJECTED);
        assertThat(application.reason()).isEqualTo("Show us a labelled project.");
        assertThat(application.reviewerId()).isEqualTo("nss");
        assertThat(application.reviewedAt()).isEqualTo(T0.plusSeconds(5));
        assertThat(application.validUntil()).isNull();
        assertThat(application.labelledOn(LocalDate.of(2026, 12, 3))).isFalse();
    }

    @Test
    void anApprovalGivesTheLabelForTwoSchoolYears() {
        var application = apply("ana");

        assertThat(application.decide("nss", true, "  ", T0)).isTrue();

        assertThat(application.status()).isEqualTo(SchoolLabelStatus.APPROVED);
        assertThat(application.reason()).isNull();
        assertThat(application.validUntil()).isEqualTo(LocalDate.of(2028, 8, 31));
        assertThat(application.labelledOn(LocalDate.of(2028, 8, 31))).isTrue();
        assertThat(application.labelledOn(LocalDate.of(2028, 9, 1))).isFalse();
    }

    @Test
    void theDayOfTheApprovalIsTheSchoolsDay() {
        var application = apply("ana");

        // 22:30 in UTC on 30 June is already 1 July in Madrid: the summer holidays, the coming school year counts
        application.decide("nss", true, null, Instant.parse("2027-06-30T22:30:00Z"));

        assertThat(application.validUntil()).isEqualTo(LocalDate.of(2029, 8, 31));
    }

    @Test
    void anOfficerDoesNotDecideTheirOwnApplication() {
        var own = apply("ana");

        assertThatThrownBy(() -> own.decide("ana", true, null, T0)).isInstanceOfSatisfying(ForbiddenException.class,
                refusal -> assertThat(refusal.textKey()).isEqualTo("schoolLabel.ownApplication"));
        assertThatThrownBy(() -> own.decide("ana", false, "Not mine to give.", T0))
                .isInstanceOf(ForbiddenException.class);
        assertThat(own.status()).as("nothing decided").isEqualTo(SchoolLabelStatus.PENDING);
        assertThat(own.reviewerId()).isNull();

        assertThat(own.decide("nss", true, null, T0)).as("another officer of the country decides").isTrue();
        assertThat(own.reviewerId()).isEqualTo("nss");
    }

    @Test
    void anApplicationWhoseApplicantIsErasedIsStillDecided() {
        var application = apply("ana");
        application.applicantErased();

        assertThat(application.decide("nss", true, null, T0)).isTrue();
    }

    @Test
    void anApplicationIsDecidedOnce() {
        var approved = apply("ana");
        approved.decide("nss", true, null, T0);
        var rejected = SchoolLabelApplication.apply(old, "ben", true, true, null, MET, new ArrayList<>(), T0);
        rejected.decide("nss", false, "Not yet.", T0);

        for (var decided : List.of(approved, rejected)) {
            assertThatThrownBy(() -> decided.decide("nss", true, null, T0.plusSeconds(1)))
                    .isInstanceOfSatisfying(ConflictException.class,
                            refusal -> assertThat(refusal.textKey()).isEqualTo("schoolLabel.alreadyDecided"));
        }
        assertThat(rejected.status()).isEqualTo(SchoolLabelStatus.REJECTED);
        assertThat(rejected.validUntil()).isNull();
    }

    @Test
    void anErasedApplicantOrReviewerLeavesTheApplicationWithoutThem() {
        var application = apply("ana");
        application.decide("nss", true, null, T0);

        application.applicantErased();
        application.reviewerErased();

        assertThat(application.applicantId()).isNull();
        assertThat(application.reviewerId()).isNull();
        assertThat(application.labelledOn(LocalDate.of(2027, 1, 1))).as("the label is the school's").isTrue();
    }

    @Test
    void aLabelLastsUntilThe31AugustEndingTheNextSchoolYear() {
        assertThat(until(LocalDate.of(2026, 12, 2))).isEqualTo(LocalDate.of(2028, 8, 31));
        assertThat(until(LocalDate.of(2026, 9, 1))).isEqualTo(LocalDate.of(2028, 8, 31));
        assertThat(until(LocalDate.of(2027, 6, 30))).as("the last month of lessons").isEqualTo(LocalDate.of(2028, 8, 31));
        assertThat(until(LocalDate.of(2027, 7, 1))).as("the summer holidays: the coming school year is the first")
                .isEqualTo(LocalDate.of(2029, 8, 31));
        assertThat(until(LocalDate.of(2027, 8, 31))).isEqualTo(LocalDate.of(2029, 8, 31));
        assertThat(until(LocalDate.of(2027, 9, 1))).isEqualTo(LocalDate.of(2029, 8, 31));
        assertThat(until(LocalDate.of(2026, 1, 15))).isEqualTo(LocalDate.of(2027, 8, 31));
    }

    @Test
    void aLabelIsValidFromItsDayToItsLastBothIncluded() {
        var validity = SchoolLabelValidity.approvedOn(LocalDate.of(2026, 12, 2));

        assertThat(validity.from()).isEqualTo(LocalDate.of(2026, 12, 2));
        assertThat(validity.validOn(LocalDate.of(2026, 12, 1))).isFalse();
        assertThat(validity.validOn(LocalDate.of(2026, 12, 2))).isTrue();
        assertThat(validity.validOn(LocalDate.of(2028, 8, 31))).isTrue();
        assertThat(validity.validOn(LocalDate.of(2028, 9, 1))).isFalse();
        assertThatThrownBy(() -> new SchoolLabelValidity(LocalDate.of(2027, 1, 1), LocalDate.of(2026, 8, 31)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void whatTheCriteriaSayBeforeApplyingFollowsTheRulesOfAnApplication() {
        var twoYears = school(Instant.parse("2024-12-02T10:00:00Z"));

        var met = new SchoolLabelCriteria(3, true).view(twoYears, T0);
        assertThat(met.met()).isTrue();
        assertThat(met.onPlatformSince()).isEqualTo(LocalDate.of(2024, 12, 2));
        assertThat(met.longEnoughFrom()).isEqualTo(LocalDate.of(2026, 12, 2));
        assertThat(met.activeTeachers()).isEqualTo(3);
        assertThat(met.teachersNeeded()).isEqualTo(SchoolLabelCriteria.ACTIVE_TEACHERS);
        assertThat(met.labelsSince()).isEqualTo(LocalDate.of(2024, 12, 2));
        // 23:30 in UTC is already the next day in Madrid: every day shown is the school's
        assertThat(new SchoolLabelCriteria(3, true).view(twoYears, Instant.parse("2026-12-02T23:30:00Z"))
                .labelsSince()).isEqualTo(LocalDate.of(2024, 12, 3));

        var notYet = new SchoolLabelCriteria(2, false).view(twoYears, T0.minusSeconds(1));
        assertThat(notYet.longEnough()).as("a second short of two years").isFalse();
        assertThat(notYet.enoughTeachers()).isFalse();
        assertThat(notYet.recentNationalLabel()).isFalse();
        assertThat(notYet.met()).isFalse();
        assertRefusedAs("school-too-recent", () -> SchoolLabelApplication.apply(twoYears, "ana", true, true, null,
                MET, earlier, T0.minusSeconds(1)));
    }

    @Test
    void teachersCountAsActiveWhenTheySignedInFromAYearBeforeNow() {
        assertThat(SchoolLabelCriteria.activeSince(T0)).isEqualTo(Instant.parse("2025-12-02T10:00:00Z"));
        // a year before a 29 February is the 28th
        assertThat(SchoolLabelCriteria.activeSince(Instant.parse("2028-02-29T12:00:00Z")))
                .isEqualTo(Instant.parse("2027-02-28T12:00:00Z"));
    }

    @Test
    void nationalLabelsCountFromTwoYearsBeforeNow() {
        assertThat(SchoolLabelCriteria.labelsSince(T0)).isEqualTo(Instant.parse("2024-12-02T10:00:00Z"));
        assertThat(SchoolLabelCriteria.labelsSince(Instant.parse("2028-02-29T12:00:00Z")))
                .isEqualTo(Instant.parse("2026-02-28T12:00:00Z"));
    }

    private static LocalDate until(LocalDate approvedOn) {
        return SchoolLabelValidity.approvedOn(approvedOn).until();
    }

    private SchoolLabelApplication apply(String applicant) {
        return SchoolLabelApplication.apply(old, applicant, true, true, null, MET, earlier, T0);
    }

    private static School school(Instant createdAt) {
        var school = School.proposed("IES Ramón y Cajal", "ES", "Madrid", SchoolType.SECONDARY, null, "ana", createdAt);
        school.confirm();
        return school;
    }

    private static void assertRefusedAs(String cause, ThrowingCallable application, String... saying) {
        assertThatThrownBy(application).isInstanceOfSatisfying(ConflictException.class, refusal -> {
            assertThat(refusal.type()).hasValue(ConflictException.TYPE_BASE + cause);
            for (String said : saying) {
                assertThat(refusal.getMessage()).containsIgnoringCase(said);
            }
            assertThat(refusal.textKey()).startsWith("schoolLabel.");
        });
    }
}
