package org.twinninglive.progression;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The ledger's rules with the database replaced by memory: caps, idempotency, unknown categories. */
class ProgressionLedgerTest {

    /** Only alice's profile exists. */
    private final InMemoryProgressionRepository repository = new InMemoryProgressionRepository(Set.of("alice"),
            new ProgressionRule("message-sent", Area.COMMUNICATION, 2, 3, 10));
    private final List<BarChanged> changes = new ArrayList<>();
    private final List<MilestoneReached> milestones = new ArrayList<>();
    private final ProgressionLedger ledger = new ProgressionLedger();

    {
        ledger.repository = repository;
        ledger.clock = Clock.fixed(Instant.parse("2026-11-28T10:00:00Z"), ZoneOffset.UTC);
        ledger.changes = new RecordingEvent<>(changes);
        ledger.milestones = new RecordingEvent<>(milestones);
    }

    @Test
    void eachActionUpToTheCapAddsItsPointsThenTheBarStops() {
        for (int message = 1; message <= 5; message++) {
            ledger.record(new ParticipationRecorded("alice", "message-sent", "m" + message));
        }

        assertThat(repository.entries).hasSize(5);
        assertThat(repository.points("alice", Area.COMMUNICATION)).isEqualTo(6);
        assertThat(changes).hasSize(5);
    }

    @Test
    void crossingAQuarterOfTheBarIsAMilestoneToldOnce() {
        int reference = 0;
        for (var rule : repository.rules()) {
            for (int i = 0; i < 40; i++) {
                ledger.record(new ParticipationRecorded("alice", rule.category(), "r" + reference++));
            }
        }

        assertThat(milestones).isNotEmpty().allMatch(m -> m.profileId().equals("alice"));
        assertThat(milestones).extracting(MilestoneReached::percent)
                .isSorted().doesNotHaveDuplicates().allMatch(percent -> percent % 25 == 0 && percent > 0);
        assertThat(MilestoneReached.crossed(20, 30)).isEqualTo(25);
        assertThat(MilestoneReached.crossed(24, 80)).as("the highest crossed").isEqualTo(75);
        assertThat(MilestoneReached.crossed(25, 49)).as("already past").isZero();
        assertThat(MilestoneReached.crossed(99, 100)).isEqualTo(100);
    }

    @Test
    void theSameReferenceIsCreditedOnce() {
        ledger.record(new ParticipationRecorded("alice", "message-sent", "m1"));
        ledger.record(new ParticipationRecorded("alice", "message-sent", "m1"));

        assertThat(repository.entries).hasSize(1);
        assertThat(repository.points("alice", Area.COMMUNICATION)).isEqualTo(2);
    }

    @Test
    void anUnknownCategoryIsIgnoredWithoutFailingTheAction() {
        ledger.record(new ParticipationRecorded("alice", "no-such-category", "x"));

        assertThat(repository.entries).isEmpty();
        assertThat(repository.bars).isEmpty();
        assertThat(changes).isEmpty();
    }

    @Test
    void anActionOfAnUnknownProfileIsIgnored() {
        ledger.record(new ParticipationRecorded("nobody", "message-sent", "m1"));

        assertThat(repository.entries).isEmpty();
    }

    @Test
    void recomputingFromTheLedgerGivesTheSameBar() {
        for (int message = 1; message <= 5; message++) {
            ledger.record(new ParticipationRecorded("alice", "message-sent", "m" + message));
        }

        var recomputed = Scoring.pointsByArea(Map.of("message-sent", (long) repository.entries.size()), repository.rules());

        assertThat(recomputed.get(Area.COMMUNICATION)).isEqualTo(repository.points("alice", Area.COMMUNICATION));
    }
}
