package org.twinninglive.progression;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ejb.SessionContext;
import jakarta.persistence.PersistenceException;
import java.lang.reflect.Proxy;
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
        recomputation.changes = new RecordingEvent<>(changes);
        recomputation.clock = Clock.fixed(Instant.parse("2026-11-29T10:00:00Z"), ZoneOffset.UTC);
        // the container's own proxy would run it asynchronously; here it runs at once
        recomputation.context = (SessionContext) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {SessionContext.class}, (proxy, method, arguments) -> {
                    if (method.getName().equals("getBusinessObject")) {
                        return recomputation;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
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
    void aStoppedRunResumesFromTheRecordAndFinishes() {
        batch.results = List.of(500L);
        batch.failAfterResults = true;
        recomputation.claim();
        recomputation.run();
        assertThat(recomputation.status().failed()).isTrue();

        batch.failAfterResults = false;
        batch.results = List.of(1_000L, 1_200L);
        batch.pendingDone = 500;
        int callsBefore = batch.calls;
        boolean resumed = recomputation.resume();

        assertThat(resumed).isTrue();
        assertThat(batch.calls - callsBefore).as("two batches, then the end").isEqualTo(3);
        assertThat(recomputation.status().failed()).isFalse();
        assertThat(recomputation.status().running()).isFalse();
        assertThat(recomputation.status().done()).isEqualTo(1_200);
    }

    @Test
    void nothingIsResumedWhenNothingIsPending() {
        batch.pendingDone = RecomputationBatch.FINISHED;

        assertThat(recomputation.resume()).isFalse();
        assertThat(recomputation.status().running()).isFalse();
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
        long pendingDone = FINISHED;
        int calls;
        private int answered;

        @Override
        public long next(int size) {
            calls++;
            if (answered < results.size()) {
                return results.get(answered++);
            }
            if (failAfterResults) {
                throw new PersistenceException("connection lost");
            }
            return FINISHED;
        }

        @Override
        public void recordFailure(String reason) {
            recordedFailure = reason;
            answered = 0;
        }

        @Override
        public long pending() {
            return pendingDone;
        }
    }
}
