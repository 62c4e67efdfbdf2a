package org.twinninglive.people;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.twinninglive.platform.SignedInIdentity;

/**
 * People related to someone exporting their data (U5), named only when the exporter may see
 * them now (U4): someone who has since hidden their profile is an id, as in contact requests.
 * Features use it for the parts they add to an export.
 */
@Dependent
public class RelatedPeople {

    @Inject
    ProfileRepository profiles;

    @Inject
    ProfileVisibility visibility;

    /** Who, since when: pairs of a profile id and an instant, in the order given. */
    public record Since(String profileId, Instant since) {
    }

    public List<AccountData.Person> named(SignedInIdentity exporter, List<Since> related) {
        List<String> ids = related.stream().map(Since::profileId).toList();
        Map<String, Profile> found = new HashMap<>();
        Set<String> visible = new HashSet<>();
        // in slices, so that a person followed by many stays under the database's parameter limits
        for (int from = 0; from < ids.size(); from += 1000) {
            var slice = profiles.findAll(ids.subList(from, Math.min(ids.size(), from + 1000)));
            found.putAll(slice);
            visible.addAll(visibility.visibleAmong(Optional.of(exporter), slice.values()));
        }
        return related.stream().map(r -> new AccountData.Person(r.profileId(),
                visible.contains(r.profileId()) ? found.get(r.profileId()).displayName() : null, r.since())).toList();
    }

    /** The display names of those among {@code ids} the viewer may see now; the others are absent. */
    public Map<String, String> visibleNames(SignedInIdentity viewer, java.util.Collection<String> ids) {
        Map<String, String> names = new HashMap<>();
        var list = List.copyOf(new java.util.LinkedHashSet<>(ids));
        for (int from = 0; from < list.size(); from += 1000) {
            var slice = profiles.findAll(list.subList(from, Math.min(list.size(), from + 1000)));
            var visible = visibility.visibleAmong(Optional.of(viewer), slice.values());
            slice.forEach((id, profile) -> {
                if (visible.contains(id)) {
                    names.put(id, profile.displayName());
                }
            });
        }
        return names;
    }

    /** The display names of {@code ids}, whoever may see them: for people who showed themselves to the reader. */
    public Map<String, String> names(java.util.Collection<String> ids) {
        Map<String, String> names = new HashMap<>();
        var list = List.copyOf(new java.util.LinkedHashSet<>(ids));
        for (int from = 0; from < list.size(); from += 1000) {
            profiles.findAll(list.subList(from, Math.min(list.size(), from + 1000)))
                    .forEach((id, profile) -> names.put(id, profile.displayName()));
        }
        return names;
    }
}
