package org.twinninglive.media;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.time.Instant;
import org.twinninglive.people.AccountErasing;
import org.twinninglive.people.PersonalDataRequested;

/**
 * A person's uploads that are attached to nothing (U5): part "uploads" of their data, and erased
 * with their account. Attached files are the owning feature's to export and erase with its things.
 */
@ApplicationScoped
public class PersonalUploads {

    /** One upload in the person's data. */
    public record Upload(String id, String name, long size, String type, Instant uploadedAt) implements Serializable {
    }

    @Inject
    FileRepository files;

    @Inject
    FileStore store;

    void export(@Observes PersonalDataRequested request) {
        request.add("uploads", files.unattachedOf(request.profileId()).stream()
                .map(file -> new Upload(file.id(), file.name(), file.byteCount(), file.mimeType(), file.createdAt()))
                .toList());
    }

    void erase(@Observes AccountErasing erasing) {
        store.eraseUploadsOf(erasing.profileId());
    }
}
