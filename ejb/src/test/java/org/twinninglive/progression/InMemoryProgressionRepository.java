package org.twinninglive.progression;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Profiles, ledger and bars in memory, for the queries the ledger runs. */
final class InMemoryProgressionRepository extends ProgressionRepository {

    final List<LedgerEntry> entries = new ArrayList<>();
    final List<AreaPoints> bars = new ArrayList<>();
    int locks;
    private final Set<String> profiles;
    private final List<ProgressionRule> rules;

    InMemoryProgressionRepository(Set<String> profiles, ProgressionRule... rules) {
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
    public Set<String> lockExistingProfiles(Collection<String> profileIds) {
        locks++;
        return profileIds.stream().filter(profiles::contains).collect(Collectors.toSet());
    }

    @Override
    public Map<String, Set<String>> creditedReferences(String category, Collection<String> profileIds) {
        var result = new HashMap<String, Set<String>>();
        entries.stream().filter(entry -> entry.category().equals(category) && profileIds.contains(entry.profileId()))
                .forEach(entry -> result.computeIfAbsent(entry.profileId(), id -> new HashSet<>()).add(entry.reference()));
        return result;
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
    public List<AreaPoints> barRowsOf(Collection<String> profileIds) {
        return bars.stream().filter(row -> profileIds.contains(row.profileId())).toList();
    }

    @Override
    public void add(AreaPoints row) {
        bars.add(row);
    }
}
