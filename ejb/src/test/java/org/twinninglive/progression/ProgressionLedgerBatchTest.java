package org.twinninglive.progression;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A batch told at once is credited as its actions told one by one would be, with memory for the database. */
class ProgressionLedgerBatchTest {

    private final InMemoryProgressionRepository repository = new InMemoryProgressionRepository(Set.of("alice", "bob"),
            new ProgressionRule("profile-completed", Area.ELEMENTARY, 10, 1, 10),
            new ProgressionRule("message-sent", Area.COMMUNICATION, 2, 3, 20));
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
    void aBatchCreditsEachReferenceOnceAndLeavesWhatAnEditAlreadyCredited() {
        ledger.record(new ParticipationRecorded("alice", "profile-completed", "profile"));
        changes.clear();

        ledger.recordAll(new ParticipationsRecorded(List.of(
                new ParticipationRecorded("alice", "profile-completed", "profile"),
                new ParticipationRecorded("bob", "profile-completed", "profile"),
                new ParticipationRecorded("bob", "profile-completed", "profile"))));

        assertThat(repository.entries).extracting(LedgerEntry::profileId).containsExactlyInAnyOrder("alice", "bob");
        assertThat(repository.points("alice", Area.ELEMENTARY)).isEqualTo(10);
        assertThat(repository.points("bob", Area.ELEMENTARY)).isEqualTo(10);
        assertThat(changes).containsExactly(new BarChanged("bob"));
    }

    @Test
    void aBatchStopsAtTheCapAsSingleActionsDo() {
        ledger.record(new ParticipationRecorded("alice", "message-sent", "m1"));

        ledger.recordAll(new ParticipationsRecorded(List.of(
                new ParticipationRecorded("alice", "message-sent", "m2"),
                new ParticipationRecorded("alice", "message-sent", "m3"),
                new ParticipationRecorded("alice", "message-sent", "m4"),
                new ParticipationRecorded("bob", "message-sent", "m1"))));

        assertThat(repository.entries).hasSize(5);
        assertThat(repository.points("alice", Area.COMMUNICATION)).as("cap 3, 2 points each").isEqualTo(6);
        assertThat(repository.points("bob", Area.COMMUNICATION)).isEqualTo(2);
    }

    @Test
    void unknownProfilesAndCategoriesAreIgnoredWithoutFailingTheBatch() {
        ledger.recordAll(new ParticipationsRecorded(List.of(
                new ParticipationRecorded("nobody", "profile-completed", "profile"),
                new ParticipationRecorded("bob", "no-such-category", "x"),
                new ParticipationRecorded("bob", "profile-completed", "profile"))));

        assertThat(repository.entries).extracting(LedgerEntry::profileId).containsExactly("bob");
        assertThat(changes).containsExactly(new BarChanged("bob"));
    }

    @Test
    void anEmptyBatchDoesNothing() {
        ledger.recordAll(new ParticipationsRecorded(List.of()));

        assertThat(repository.entries).isEmpty();
        assertThat(repository.locks).isZero();
    }
}
