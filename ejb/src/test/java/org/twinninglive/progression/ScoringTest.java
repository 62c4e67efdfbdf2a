package org.twinninglive.progression;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.twinninglive.platform.InvalidInputException;

class ScoringTest {

    private final ProgressionRule messages = new ProgressionRule("message-sent", Area.COMMUNICATION, 2, 5, 10);
    private final ProgressionRule posts = new ProgressionRule("forum-post", Area.COMMUNICATION, 3, 2, 20);
    private final ProgressionRule modules = new ProgressionRule("module-completed", Area.SELF_LEARNING, 10, 3, 30);
    private final List<ProgressionRule> rules = List.of(messages, posts, modules);

    @Test
    void actionsBeyondTheCapNoLongerCount() {
        assertThat(messages.pointsFor(4)).isEqualTo(8);
        assertThat(messages.pointsFor(5)).isEqualTo(10);
        assertThat(messages.pointsFor(50)).isEqualTo(10);
        assertThat(messages.maxPoints()).isEqualTo(10);
    }

    @Test
    void anAreaAddsUpItsCategoriesEachWithinItsCap() {
        var points = Scoring.pointsByArea(Map.of("message-sent", 7L, "forum-post", 1L), rules);

        assertThat(points).containsEntry(Area.COMMUNICATION, 10 + 3).containsEntry(Area.SELF_LEARNING, 0);
    }

    @Test
    void theBarHasEveryAreaWithItsMaximumAndOverallPercent() {
        var bar = Scoring.bar("p1", Map.of(Area.COMMUNICATION, 8, Area.SELF_LEARNING, 30), rules);

        assertThat(bar.areas()).extracting(AreaScore::area).containsExactly(Area.values());
        assertThat(bar.area(Area.COMMUNICATION).maxPoints()).isEqualTo(10 + 6);
        assertThat(bar.area(Area.COMMUNICATION).percent()).isEqualTo(50);
        assertThat(bar.area(Area.SELF_LEARNING).percent()).isEqualTo(100);
        assertThat(bar.area(Area.ELEMENTARY).percent()).isZero();
        assertThat(bar.points()).isEqualTo(38);
        assertThat(bar.maxPoints()).isEqualTo(46);
        assertThat(bar.percent()).isEqualTo(82);
    }

    @Test
    void recomputingFromTheLedgerAfterARuleChangeFollowsTheNewRule() {
        Map<String, Long> ledger = Map.of("message-sent", 7L);
        int before = Scoring.pointsByArea(ledger, rules).get(Area.COMMUNICATION);

        messages.change(2, 10);
        int after = Scoring.pointsByArea(ledger, rules).get(Area.COMMUNICATION);

        assertThat(before).isEqualTo(10);
        assertThat(after).as("all 7 recorded messages count under the raised cap").isEqualTo(14);
    }

    @Test
    void negativePointsOrCapsAreRefusedNamingTheField() {
        assertThatThrownBy(() -> messages.change(-1, 5))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("points"));
        assertThatThrownBy(() -> messages.change(1, -5))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("cap"));
        assertThat(messages.points()).isEqualTo(2);
        assertThat(messages.cap()).isEqualTo(5);
    }
}
