package org.twinninglive.people;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.twinninglive.platform.SignedInIdentity;

/**
 * "Download my data" (U5) asks every feature for its rows about one person: each feature
 * observes this event (synchronously, in the export's transaction) and adds its own parts,
 * so that {@code people} never reads another feature's tables.
 */
public final class PersonalDataRequested {

    private final String profileId;
    private final SignedInIdentity requester;
    private final Map<String, Object> parts;

    PersonalDataRequested(String profileId, SignedInIdentity requester, Map<String, Object> parts) {
        this.profileId = Objects.requireNonNull(profileId);
        this.requester = requester;
        this.parts = parts;
    }

    /** Whose data is exported. */
    public String profileId() {
        return profileId;
    }

    /** Who asks (the person themselves): people they may no longer see are named by id only. */
    public SignedInIdentity requester() {
        return requester;
    }

    /**
     * Adds one part of the document, e.g. {@code "messages"}: plain records or lists of them, so
     * that the JSON reads without the platform's classes at hand. A part's name is taken once.
     */
    public void add(String part, Object rows) {
        if (parts.putIfAbsent(part, rows) != null) {
            throw new IllegalStateException("part " + part + " was already added");
        }
    }

    Map<String, Object> parts() {
        return Collections.unmodifiableMap(parts);
    }

    static PersonalDataRequested of(String profileId, SignedInIdentity requester) {
        return new PersonalDataRequested(profileId, requester, new LinkedHashMap<>());
    }
}
