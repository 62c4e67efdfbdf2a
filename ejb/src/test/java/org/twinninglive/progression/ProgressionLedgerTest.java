package org.twinninglive.progression;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The ledger's rules with the database replaced by memory: caps, idempotency, unknown categories. */
class ProgressionLedgerTest {

    private final InMemoryRepository repository = new InMemoryRepository(
            new ProgressionRule("message-sent", Area.COMMUNICATION, 2, 3, 10));
    private final List<BarChanged> changes = new ArrayList<>();
    private final ProgressionLedger ledger = new ProgressionLedger();

    {
        ledger.repository = repository;
        ledger.clock = Clock.fixed(Instant.parse("2026-11-28T10:00:00Z"), ZoneOffset.UTC);
        ledger.changes = new RecordingEvent(changes);
    }

    @Test
    void eachActionUpToTheCapAddsItsPointsThenTheBarStops() {
        for (int message = 1; message <= 5; message++) {
            ledger.record(new ParticipationRecorded("alice", "message-sent", "m" + message));
        }

        assertThat(repository.entries).hasSize(5);
        assertThat(repository.points.get(Area.COMMUNICATION)).isEqualTo(6);
        assertThat(changes).hasSize(5);
    }

    @Test
    void theSameReferenceIsCreditedOnce() {
        ledger.record(new ParticipationRecorded("alice", "message-sent", "m1"));
        ledger.record(new ParticipationRecorded("alice", "message-sent", "m1"));

        assertThat(repository.entries).hasSize(1);
        assertThat(repository.points.get(Area.COMMUNICATION)).isEqualTo(2);
    }

    @Test
    void anUnknownCategoryIsIgnoredWithoutFailingTheAction() {
        ledger.record(new ParticipationRecorded("alice", "no-such-category", "x"));

        assertThat(repository.entries).isEmpty();
        assertThat(repository.points).isEmpty();
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

        assertThat(recomputed.get(Area.COMMUNICATION)).isEqualTo(repository.points.get(Area.COMMUNICATION));
    }

    /** Only alice's profile exists. */
    private static final class InMemoryRepository extends ProgressionRepository {

        final List<LedgerEntry> entries = new ArrayList<>();
        final Map<Area, Integer> points = new EnumMap<>(Area.class);
        private final List<ProgressionRule> rules;

        InMemoryRepository(ProgressionRule... rules) {
            this.rules = List.of(rules);
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
            return profileId.equals("alice");
        }

        @Override
        public boolean credited(String profileId, String category, String reference) {
            return entries.stream().anyMatch(entry -> entry.profileId().equals(profileId)
                    && entry.category().equals(category) && entry.reference().equals(reference));
        }

        @Override
        public long actions(String profileId, String category) {
            return entries.stream().filter(entry -> entry.profileId().equals(profileId)
                    && entry.category().equals(category)).count();
        }

        @Override
        public void add(LedgerEntry entry) {
            entries.add(entry);
        }

        @Override
        public Optional<AreaPoints> barRow(String profileId, Area area) {
            return Optional.ofNullable(points.get(area)).map(current -> new AreaPoints(profileId, area, current) {
                @Override
                void add(int more) {
                    points.merge(area, more, Integer::sum);
                }
            });
        }

        @Override
        public void add(AreaPoints row) {
            points.merge(row.area(), row.points(), Integer::sum);
        }
    }
}
