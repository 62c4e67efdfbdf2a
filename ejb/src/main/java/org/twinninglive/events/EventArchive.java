package org.twinninglive.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.twinninglive.media.FileAccess;
import org.twinninglive.people.Viewers;
import org.twinninglive.platform.SignedInIdentity;

/**
 * Who reads the documents of an event's archive (E5) wherever they are downloaded ({@code
 * /files/{id}} too): those who take part in the event ({@link EventAccess#takesPart}); to anyone
 * else they do not exist. A cancelled event's archive stays readable.
 */
@ApplicationScoped
public class EventArchive implements FileAccess {

    /** The owner the file store knows an event's documents by; their owner id is the event's. */
    public static final String OWNER = "event-document";

    @Inject
    EventRepository events;

    @Inject
    EventAccess access;

    @Inject
    Viewers viewers;

    @Override
    public String owner() {
        return OWNER;
    }

    @Override
    public boolean mayRead(Optional<SignedInIdentity> viewer, String eventId) {
        var reader = viewers.of(viewer);
        return events.find(eventId).filter(event -> access.canSee(reader, event) && access.takesPart(reader, event))
                .isPresent();
    }
}
