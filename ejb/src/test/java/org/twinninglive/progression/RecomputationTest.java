package org.twinninglive.progression;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A re-computation reports a failure as a failure, with how far it got, and finishing as finishing. */
class RecomputationTest {

    private final List<BarChanged> changes = new ArrayList<>();
    private final ScriptedBatch batch = new ScriptedBatch();
    private final Recomputation recomputation = new Recomputation();

    {
        recomputation.batch = batch;
        recomputation.repository = new ProgressionRepository() {
            @Override
            public long profiles() {
                return 1_200;
            }
        };
        recomputation.changes = new RecordingEvent(changes);
        recomputation.clock = Clock.fixed(Instant.parse("2026-11-29T10:00:00Z"), ZoneOffset.UTC);
    }

    @Test
    void aRunThatReachesTheEndIsDoneForEveryProfile() {
        batch.results = List.of(500L, 1_000L, 1_200L);

        assertThat(recomputation.claim()).isTrue();
        recomputation.run();

        var status = recomputation.status();
        assertThat(status.running()).isFalse();
        assertThat(status.failed()).isFalse();
        assertThat(status.done()).isEqualTo(1_200);
        assertThat(status.percent()).isEqualTo(100);
        assertThat(status.finishedAt()).isNotNull();
        assertThat(changes).containsExactly(BarChanged.everyone());
    }

    @Test
    void aRunThatFailsMidwayIsShownAsStoppedWithWhatItDidAndTheReasonIsRecorded() {
        batch.results = List.of(500L);
        batch.failAfterResults = true;

        recomputation.claim();
        recomputation.run();

        var status = recomputation.status();
        assertThat(status.running()).isFalse();
        assertThat(status.failed()).isTrue();
        assertThat(status.done()).isEqualTo(500);
        assertThat(status.total()).isEqualTo(1_200);
        assertThat(status.percent()).isEqualTo(41);
        assertThat(batch.recordedFailure).contains("connection lost");
        // the caches forget the bars either way: those re-computed before the failure are new
        assertThat(changes).containsExactly(BarChanged.everyone());
    }

    @Test
    void aResumedRunStartsFromWhatWasAlreadyDoneAndASecondClaimIsRefused() {
        assertThat(recomputation.claim(700)).isTrue();
        assertThat(recomputation.claim()).isFalse();

        assertThat(recomputation.status().done()).isEqualTo(700);
        assertThat(recomputation.status().percent()).isEqualTo(58);
    }

    @Test
    void aClaimWhoseRuleChangeRolledBackIsGivenBack() {
        recomputation.claim();
        recomputation.release();

        assertThat(recomputation.status().running()).isFalse();
        assertThat(recomputation.claim()).isTrue();
    }

    /** Answers the given progress batch by batch, then the end, or a database failure. */
    private static final class ScriptedBatch extends RecomputationBatch {

        List<Long> results = List.of();
        boolean failAfterResults;
        String recordedFailure;
        private int calls;

        @Override
        public long next(int size) {
            if (calls < results.size()) {
                return results.get(calls++);
            }
            if (failAfterResults) {
                throw new PersistenceException("connection lost");
            }
            return FINISHED;
        }

        @Override
        public void recordFailure(String reason) {
            recordedFailure = reason;
        }
    }
}
