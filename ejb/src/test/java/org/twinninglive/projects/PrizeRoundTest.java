package org.twinninglive.projects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.twinninglive.platform.ConflictException;
import org.twinninglive.platform.ForbiddenException;
import org.twinninglive.platform.InvalidInputException;
import org.twinninglive.platform.NotFoundException;

/** The rules of the European Prizes (P5), without a server. */
class PrizeRoundTest {

    private static final LocalDate OPENS = LocalDate.parse("2027-03-01");
    private static final LocalDate CLOSES = LocalDate.parse("2027-03-31");
    /** When the css opens the rounds: before their periods. */
    private static final Instant CREATED = Instant.parse("2027-02-10T09:00:00Z");
    /** Within the periods. */
    private static final Instant IN_PERIOD = Instant.parse("2027-03-15T10:00:00Z");

    private final Teacher ana = new Teacher("ana", "school-ana", "School ana", "ES", true, Teacher.Contact.CONTACT);
    private final Teacher ben = new Teacher("ben", "school-ben", "School ben", "FR", true, Teacher.Contact.CONTACT);
    private final List<PrizeApplication> earlier = new ArrayList<>();

    // ---------------------------------------------------------------- opening a round

    @Test
    void aRoundNeedsANameDistinctCategoriesAndAPeriodEndingNeitherBeforeItBeginsNorBeforeToday() {
        assertRefused("name", () -> PrizeRound.open("  ", List.of("STEM"), OPENS, CLOSES, CREATED));
        assertRefused("name", () -> PrizeRound.open("x".repeat(PrizeRound.LONGEST_NAME + 1), List.of("STEM"), OPENS,
                CLOSES, CREATED));
        assertRefused("categories", () -> PrizeRound.open("Prizes 2027", List.of(), OPENS, CLOSES, CREATED));
        assertRefused("categories", () -> PrizeRound.open("Prizes 2027", null, OPENS, CLOSES, CREATED));
        var tooMany = IntStream.rangeClosed(0, PrizeRound.MOST_CATEGORIES).mapToObj(i -> "Theme " + i).toList();
        assertRefused("categories", () -> PrizeRound.open("Prizes 2027", tooMany, OPENS, CLOSES, CREATED));
        assertRefused("categories[1]", () -> PrizeRound.open("Prizes 2027", Arrays.asList("STEM", " "), OPENS, CLOSES,
                CREATED));
        ThrowingCallable duplicate = () -> PrizeRound.open("Prizes 2027", List.of("Age 4-11", "Ciencias", "ciéncias"),
                OPENS, CLOSES, CREATED);
        assertRefused("categories[2]", duplicate);
        assertThatThrownBy(duplicate).as("naming the category for pages").isInstanceOfSatisfying(
                InvalidInputException.class, wrong -> assertThat(wrong.textArguments()).containsExactly("ciéncias"));
        assertRefused("opensOn", () -> PrizeRound.open("Prizes 2027", List.of("STEM"), null, CLOSES, CREATED));
        assertRefused("closesOn", () -> PrizeRound.open("Prizes 2027", List.of("STEM"), OPENS, null, CREATED));
        assertRefused("closesOn", () -> PrizeRound.open("Prizes 2027", List.of("STEM"), CLOSES, OPENS, CREATED));
        assertRefused("closesOn", () -> PrizeRound.open("Prizes 2027", List.of("STEM"), OPENS, CLOSES,
                Instant.parse("2027-04-01T00:00:00Z")));

        var round = PrizeRound.open("  European Prizes 2027 ", List.of(" Age 4-11", "STEM "), OPENS, CLOSES, CREATED);
        assertThat(round.name()).isEqualTo("European Prizes 2027");
        assertThat(round.categories()).containsExactly("Age 4-11", "STEM");
        assertThat(round.opensOn()).isEqualTo(OPENS);
        assertThat(round.closesOn()).isEqualTo(CLOSES);
        assertThat(round.createdAt()).isEqualTo(CREATED);
        assertThat(PrizeRound.open("One day", List.of("STEM"), CLOSES, CLOSES, Instant.parse("2027-03-31T23:00:00Z"))
                .closesOn()).as("a period of one day, ending today").isEqualTo(CLOSES);
    }

    @Test
    void aRoundIsUpcomingThenOpenFromTheFirstToTheEndOfTheLastDayInUtcThenClosed() {
        var round = round("Prizes 2027");

        assertThat(round.statusOn(Instant.parse("2027-02-28T23:59:59Z"))).isEqualTo(PrizeRoundStatus.UPCOMING);
        assertThat(round.statusOn(Instant.parse("2027-03-01T00:00:00Z"))).isEqualTo(PrizeRoundStatus.OPEN);
        assertThat(round.statusOn(Instant.parse("2027-03-31T23:59:59Z"))).isEqualTo(PrizeRoundStatus.OPEN);
        assertThat(round.statusOn(Instant.parse("2027-04-01T00:00:00Z"))).isEqualTo(PrizeRoundStatus.CLOSED);
    }

    // ---------------------------------------------------------------- applying

    @Test
    void outsideItsPeriodARoundRefusesApplicationsSayingItsDays() {
        var round = round("Prizes 2027");
        var project = labelled();

        ThrowingCallable tooEarly = () -> PrizeApplication.apply(round, project, "ana", "STEM", null, earlier,
                Instant.parse("2027-02-28T23:59:59Z"));
        assertConflict("prize-round-not-open", tooEarly);
        assertThatThrownBy(tooEarly).isInstanceOfSatisfying(ConflictException.class, refused -> {
            assertThat(refused.getMessage()).contains("2027-03-01").contains("2027-03-31");
            assertThat(refused.textKey()).isEqualTo("prize.notOpenYet");
            assertThat(refused.textArguments()).containsExactly("2027-03-01", "2027-03-31");
        });
        ThrowingCallable tooLate = () -> PrizeApplication.apply(round, project, "ana", "STEM", null, earlier,
                Instant.parse("2027-04-01T00:00:00Z"));
        assertConflict("prize-round-closed", tooLate);
        assertThatThrownBy(tooLate).isInstanceOfSatisfying(ConflictException.class, refused -> {
            assertThat(refused.getMessage()).contains("2027-03-01").contains("2027-03-31");
            assertThat(refused.textKey()).isEqualTo("prize.closed");
            assertThat(refused.textArguments()).containsExactly("2027-03-01", "2027-03-31");
        });
        assertThat(PrizeApplication.apply(round, project, "ana", "STEM", null, earlier,
                Instant.parse("2027-03-31T23:59:59Z")).createdAt()).isEqualTo(Instant.parse("2027-03-31T23:59:59Z"));
    }

    @Test
    void onlyTheMembersOfAProjectHoldingTheEuropeanQualityLabelApplyAndOnceARound() {
        var round = round("Prizes 2027");
        var nationalOnly = open();
        nationalOnly.awardLabel(QualityLabelLevel.NATIONAL, "ES", CREATED);

        assertThatThrownBy(() -> apply(round, labelled(), "zoe", "STEM")).isInstanceOf(ForbiddenException.class);
        assertConflict("european-quality-label-missing", () -> apply(round, nationalOnly, "ana", "STEM"));
        assertThatThrownBy(() -> apply(round, nationalOnly, "ana", "STEM")).as("saying what it holds")
                .hasMessageContaining("European Quality Label").hasMessageContaining("NATIONAL:ES");

        var project = labelled();
        var application = apply(round, project, "ben", "STEM");
        assertThat(application.round()).isSameAs(round);
        assertThat(application.project()).isSameAs(project);
        assertThat(application.applicantId()).isEqualTo("ben");
        assertThat(application.winner()).isFalse();
        // another member, another category: still the same project in the same round
        assertConflict("prize-already-applied", () -> apply(round, project, "ana", "Age 4-11"));

        var nextRound = round("Prizes 2028");
        assertThat(apply(nextRound, project, "ana", "STEM").round()).isSameAs(nextRound);
    }

    @Test
    void theCategoryIsOneOfTheRoundsAsTheRoundSpellsItAndTheSummaryIsOptionalAndBounded() {
        var round = round("Prizes 2027");
        var project = labelled();

        assertRefused("category", () -> apply(round, project, "ana", "Arts"));
        assertRefused("category", () -> apply(round, project, "ana", null));
        assertRefused("summary", () -> PrizeApplication.apply(round, project, "ana", "STEM",
                "x".repeat(PrizeApplication.LONGEST_SUMMARY + 1), earlier, IN_PERIOD));
        assertThat(earlier).as("nothing applied by the refusals").isEmpty();

        var application = PrizeApplication.apply(round, project, "ana", " age 4-11 ", "  ", earlier, IN_PERIOD);
        assertThat(application.category()).isEqualTo("Age 4-11");
        assertThat(application.summary()).isNull();
        assertThat(PrizeApplication.apply(round, labelled(), "ana", "stem", " Rivers measured together. ", earlier,
                IN_PERIOD).summary()).isEqualTo("Rivers measured together.");
    }

    // ---------------------------------------------------------------- winners

    @Test
    void winnersAreChosenAmongTheRoundsApplicationsInTheirCategoryOneOrMoreACategoryEachOnce() {
        var round = round("Prizes 2027");
        var otherRound = round("Prizes 2028");
        var rivers = apply(round, labelled(), "ana", "STEM");
        var forests = apply(round, labelled(), "ben", "STEM");
        var young = apply(round, labelled(), "ana", "Age 4-11");
        var elsewhere = apply(otherRound, labelled(), "ana", "STEM");
        var decided = Instant.parse("2027-04-20T10:00:00Z");

        assertThatThrownBy(() -> round.markWinner(elsewhere, null, "css", decided))
                .isInstanceOf(NotFoundException.class);
        assertRefused("category", () -> round.markWinner(rivers, "Arts", "css", decided));
        assertConflict("prize-other-category", () -> round.markWinner(young, "STEM", "css", decided));
        assertThat(List.of(rivers, forests, young, elsewhere)).noneMatch(PrizeApplication::winner);

        round.markWinner(rivers, "stem", "css", decided);
        round.markWinner(forests, null, "css", decided);
        assertThat(rivers.winner()).isTrue();
        assertThat(rivers.wonAt()).isEqualTo(decided);
        assertThat(rivers.awardedBy()).isEqualTo("css");
        assertThat(forests.winner()).as("a second winner of the category").isTrue();
        assertThat(young.winner()).isFalse();
        assertConflict("prize-already-won", () -> round.markWinner(rivers, null, "css", decided));
        assertThat(elsewhere.winner()).isFalse();
    }

    @Test
    void anErasedApplicantOrOfficerLeavesTheApplicationAndItsPrize() {
        var round = round("Prizes 2027");
        var application = apply(round, labelled(), "ana", "STEM");
        round.markWinner(application, null, "css", IN_PERIOD);

        application.applicantErased();
        application.awarderErased();

        assertThat(application.applicantId()).isNull();
        assertThat(application.awardedBy()).isNull();
        assertThat(application.winner()).isTrue();
        assertThat(application.category()).isEqualTo("STEM");
    }

    private PrizeApplication apply(PrizeRound round, Project project, String applicant, String category) {
        var application = PrizeApplication.apply(round, project, applicant, category, "What we did", earlier,
                IN_PERIOD);
        earlier.add(application);
        return application;
    }

    private static PrizeRound round(String name) {
        return PrizeRound.open(name, List.of("Age 4-11", "STEM"), OPENS, CLOSES, CREATED);
    }

    /** A conflict whose problem type ends with its cause. */
    private static void assertConflict(String cause, ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOfSatisfying(ConflictException.class, refused -> assertThat(refused.type())
                .hasValueSatisfying(type -> assertThat(type).endsWith("/" + cause)));
    }

    private static void assertRefused(String field, ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOfSatisfying(InvalidInputException.class,
                wrong -> assertThat(wrong.field()).isEqualTo(field));
    }

    /** Open (Spain approved), with ben (France) as partner. */
    private Project open() {
        var project = Project.create(ana, information(), CREATED);
        project.decide("ES", ApprovalStatus.APPROVED, "nss-es", null, CREATED);
        var invitation = project.invite("ana", ben, CREATED);
        project.accept(invitation.id(), ben, CREATED);
        return project;
    }

    /** Open, holding the National Quality Labels of Spain and France and the European one. */
    private Project labelled() {
        var project = open();
        project.awardLabel(QualityLabelLevel.NATIONAL, "ES", CREATED);
        project.awardLabel(QualityLabelLevel.NATIONAL, "FR", CREATED);
        project.awardLabel(QualityLabelLevel.EUROPEAN, null, CREATED);
        return project;
    }

    private static ProjectInformation information() {
        return ProjectInformation.of("Water", "<p>Rivers</p>", List.of("SCIENCE"), 10, 12, List.of("en"), null, null);
    }
}
