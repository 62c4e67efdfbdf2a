package org.twinninglive.projects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.twinninglive.platform.ConflictException;
import org.twinninglive.platform.ForbiddenException;
import org.twinninglive.platform.InvalidInputException;

/** The rules of quality labels (P5), without a server. */
class QualityLabelApplicationTest {

    private static final Instant T0 = Instant.parse("2026-12-02T10:00:00Z");

    private final Teacher ana = new Teacher("ana", "school-ana", "School ana", "ES", true, Teacher.Contact.CONTACT);
    private final Teacher ben = new Teacher("ben", "school-ben", "School ben", "FR", true, Teacher.Contact.CONTACT);
    private final List<QualityLabelApplication> earlier = new ArrayList<>();

    @Test
    void aPendingProjectAndAnOutsiderCannotApply() {
        var pending = Project.create(ana, information(), T0);
        assertThatThrownBy(() -> apply(pending, "ana", QualityLabelLevel.NATIONAL))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> apply(open(), "zoe", QualityLabelLevel.NATIONAL))
                .isInstanceOf(ForbiddenException.class);
    }

    @Test
    void aNationalApplicationIsForTheApplicantsCountryOncePerLevelAndNeedsEveryCriterion() {
        var project = open();
        var answers = answers();
        answers.remove(QualityCriterion.USE_OF_TECHNOLOGY);
        assertThatThrownBy(() -> QualityLabelApplication.apply(project, "ana", QualityLabelLevel.NATIONAL, answers,
                earlier, T0)).isInstanceOfSatisfying(InvalidInputException.class,
                wrong -> assertThat(wrong.field()).isEqualTo("criteria.useOfTechnology"));

        var application = apply(project, "ana", QualityLabelLevel.NATIONAL);
        assertThat(application.country()).isEqualTo("ES");
        assertThat(application.status()).isEqualTo(ApprovalStatus.PENDING);
        assertThat(application.criteria()).hasSize(5);
        assertThatThrownBy(() -> apply(project, "ana", QualityLabelLevel.NATIONAL)).isInstanceOf(ConflictException.class);
    }

    @Test
    void theReviewScoresEveryCriterionAndAnApprovalGivesTheLabel() {
        var project = open();
        var application = apply(project, "ana", QualityLabelLevel.NATIONAL);
        var scores = scores(4);
        scores.put(QualityCriterion.COLLABORATION, 6);
        assertThatThrownBy(() -> application.review("nss", true, scores, Map.of(), null, T0))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        wrong -> assertThat(wrong.field()).isEqualTo("scores.collaboration"));
        assertThatThrownBy(() -> application.review("nss", false, scores(2), Map.of(), " ", T0))
                .isInstanceOfSatisfying(InvalidInputException.class, wrong -> assertThat(wrong.field()).isEqualTo("reason"));
        assertThat(project.labels()).isEmpty();

        assertThat(application.review("nss", true, scores(4), Map.of(), null, T0)).isTrue();
        assertThat(application.total()).isEqualTo(20);
        assertThat(project.labels()).containsExactly("NATIONAL:ES");
        assertThat(project.getLabelLevels()).containsExactly("NATIONAL");
        assertThatThrownBy(() -> application.review("nss", true, scores(4), Map.of(), null, T0))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> apply(project, "ana", QualityLabelLevel.NATIONAL)).isInstanceOf(ConflictException.class);
    }

    @Test
    void theEuropeanLabelNeedsNationalLabelsInTwoCountries() {
        var project = open();
        assertThatThrownBy(() -> apply(project, "ana", QualityLabelLevel.EUROPEAN)).isInstanceOf(ConflictException.class);
        apply(project, "ana", QualityLabelLevel.NATIONAL).review("nss-es", true, scores(5), Map.of(), null, T0);
        assertThatThrownBy(() -> apply(project, "ana", QualityLabelLevel.EUROPEAN)).isInstanceOf(ConflictException.class);
        apply(project, "ben", QualityLabelLevel.NATIONAL).review("nss-fr", true, scores(5), Map.of(), null, T0);

        var european = apply(project, "ben", QualityLabelLevel.EUROPEAN);
        assertThat(european.country()).isNull();
        european.review("css", true, scores(3), Map.of(), null, T0);
        assertThat(project.labels()).containsExactly("EUROPEAN", "NATIONAL:ES", "NATIONAL:FR");
        assertThat(QualityLabelService.holders(project, QualityLabelLevel.NATIONAL, "FR")).containsExactly("ben");
        assertThat(QualityLabelService.holders(project, QualityLabelLevel.EUROPEAN, null)).containsExactly("ana", "ben");
    }

    private QualityLabelApplication apply(Project project, String applicant, QualityLabelLevel level) {
        var application = QualityLabelApplication.apply(project, applicant, level, answers(), earlier, T0);
        earlier.add(application);
        return application;
    }

    /** Open (Spain approved), with ben (France) as partner. */
    private Project open() {
        var project = Project.create(ana, information(), T0);
        project.decide("ES", ApprovalStatus.APPROVED, "nss-es", null, T0);
        var invitation = project.invite("ana", ben, T0);
        project.accept(invitation.id(), ben, T0);
        return project;
    }

    private static Map<QualityCriterion, String> answers() {
        var answers = new EnumMap<QualityCriterion, String>(QualityCriterion.class);
        for (QualityCriterion criterion : QualityCriterion.values()) {
            answers.put(criterion, "What we did for " + criterion.key());
        }
        return answers;
    }

    private static Map<QualityCriterion, Integer> scores(int each) {
        var scores = new EnumMap<QualityCriterion, Integer>(QualityCriterion.class);
        for (QualityCriterion criterion : QualityCriterion.values()) {
            scores.put(criterion, each);
        }
        return scores;
    }

    private static ProjectInformation information() {
        return ProjectInformation.of("Water", "<p>Rivers</p>", List.of("SCIENCE"), 10, 12, List.of("en"), null, null);
    }
}
