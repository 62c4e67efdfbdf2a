package org.twinninglive.progression;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** A batch told at once is credited as its actions told one by one would be, with memory for the database. */
class ProgressionLedgerBatchTest {

    private final InMemoryRepository repository = new InMemoryRepository(Set.of("alice", "bob"),
            new ProgressionRule("profile-completed", Area.ELEMENTARY, 10, 1, 10),
            new ProgressionRule("message-sent", Area.COMMUNICATION, 2, 3, 20));
    private final List<BarChanged> changes = new ArrayList<>();
    private final ProgressionLedger ledger = new ProgressionLedger();

    {
        ledger.repository = repository;
        ledger.clock = Clock.fixed(Instant.parse("2026-11-28T10:00:00Z"), ZoneOffset.UTC);
        ledger.changes = new RecordingEvent(changes);
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

    /** Profiles, ledger and bars in memory, for the queries the ledger runs. */
    private static final class InMemoryRepository extends ProgressionRepository {

        final List<LedgerEntry> entries = new ArrayList<>();
        final List<AreaPoints> bars = new ArrayList<>();
        int locks;
        private final Set<String> profiles;
        private final List<ProgressionRule> rules;

        InMemoryRepository(Set<String> profiles, ProgressionRule... rules) {
            this.profiles = profiles;
            this.rules = List.of(rules);
        }

        int points(String profileId, Area area) {
            return bars.stream().filter(row -> row.profileId().equals(profileId) && row.area() == area)
                    .mapToInt(AreaPoints::points).sum();
        }

        @Override
        public List<ProgressionRule> rules() {
            return rules;
        }

        @Override
        public Optional<ProgressionRule> rule(String category) {
            return rules.stream().filter(rule -> rule.category().equals(category)).findFirst();
        }

        @Override
        public boolean lockProfile(String profileId) {
            locks++;
            return profiles.contains(profileId);
        }

        @Override
        public Set<String> lockExistingProfiles(Collection<String> profileIds) {
            locks++;
            return profileIds.stream().filter(profiles::contains).collect(Collectors.toSet());
        }

        @Override
        public boolean credited(String profileId, String category, String reference) {
            return entries.stream().anyMatch(entry -> entry.profileId().equals(profileId)
                    && entry.category().equals(category) && entry.reference().equals(reference));
        }

        @Override
        public Map<String, Set<String>> creditedReferences(String category, Collection<String> profileIds) {
            var result = new HashMap<String, Set<String>>();
            entries.stream().filter(entry -> entry.category().equals(category) && profileIds.contains(entry.profileId()))
                    .forEach(entry -> result.computeIfAbsent(entry.profileId(), id -> new HashSet<>()).add(entry.reference()));
            return result;
        }

        @Override
        public long actions(String profileId, String category) {
            return entries.stream().filter(entry -> entry.profileId().equals(profileId)
                    && entry.category().equals(category)).count();
        }

        @Override
        public Map<String, Long> actionCounts(String category, Collection<String> profileIds) {
            return entries.stream().filter(entry -> entry.category().equals(category) && profileIds.contains(entry.profileId()))
                    .collect(Collectors.groupingBy(LedgerEntry::profileId, HashMap::new, Collectors.counting()));
        }

        @Override
        public void add(LedgerEntry entry) {
            entries.add(entry);
        }

        @Override
        public Optional<AreaPoints> barRow(String profileId, Area area) {
            return bars.stream().filter(row -> row.profileId().equals(profileId) && row.area() == area).findFirst();
        }

        @Override
        public List<AreaPoints> barRowsOf(Collection<String> profileIds) {
            return bars.stream().filter(row -> profileIds.contains(row.profileId())).toList();
        }

        @Override
        public void add(AreaPoints row) {
            bars.add(row);
        }
    }
}
