package org.twinninglive.onboarding;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import org.twinninglive.people.AccountErasing;
import org.twinninglive.people.PersonalDataRequested;

/** A person's acceptances of the terms and their first steps in "download my data" and in erasure (U5). */
@ApplicationScoped
public class PersonalJoiningData {

    /** One acceptance, as the export shows it. */
    public record Accepted(String version, Instant acceptedAt) {
    }

    @Inject
    JoiningRepository joining;

    void export(@Observes PersonalDataRequested request) {
        List<Accepted> accepted = joining.acceptancesOf(request.profileId()).stream()
                .map(a -> new Accepted(a.version(), a.acceptedAt())).toList();
        request.add("termsAccepted", accepted);
    }

    void erase(@Observes AccountErasing erasing) {
        joining.eraseAllOf(erasing.profileId());
    }
}
