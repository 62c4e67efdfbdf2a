package org.twinninglive.events;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;
import org.twinninglive.media.AttachedFileView;
import org.twinninglive.media.Download;
import org.twinninglive.media.FileStore;
import org.twinninglive.media.FileType;
import org.twinninglive.media.UploadPolicy;
import org.twinninglive.people.ProfileRepository;
import org.twinninglive.people.Viewers;
import org.twinninglive.platform.ConflictException;
import org.twinninglive.platform.ForbiddenException;
import org.twinninglive.platform.InvalidInputException;
import org.twinninglive.platform.NotFoundException;
import org.twinninglive.platform.SignedInIdentity;
import org.twinninglive.platform.Viewer;

/**
 * An event's document archive (E5): those who take part in it (its organisers, its participants,
 * on a private event the invited) add their uploads (a PDF, an office document or a picture of up
 * to 20 MB, checked by content when uploaded for the use {@code document}), list and download
 * them; its organisers remove any, the others their own. A private event is "not found" to anyone
 * else, a public one refused (403) to those who take no part. A cancelled event's archive stays
 * readable and changes no more (409). Who reads the files is {@link EventArchive}'s, for every door.
 */
@Stateless
@PermitAll
public class EventDocumentService {

    private static final Logger LOG = Logger.getLogger(EventDocumentService.class.getName());

    /** An event's archive holds at most this many documents. */
    public static final int MOST_DOCUMENTS = 200;

    /** An archive as a page shows it: whether the reader reads it, adds to it, and its documents. */
    public record Archive(boolean readable, boolean open, List<EventDocumentView> documents)
            implements java.io.Serializable {
    }

    @Inject
    Viewers viewers;

    @Inject
    EventRepository events;

    @Inject
    EventAccess access;

    @Inject
    FileStore files;

    @Inject
    ProfileRepository profiles;

    /** The event's documents, latest first, for those who take part in it. */
    public List<EventDocumentView> documents(Optional<SignedInIdentity> identity, String eventId) {
        var viewer = viewers.of(identity);
        return views(viewer, access.documentsOf(viewer, events.find(eventId)));
    }

    /**
     * The archive for an event's page: unreadable (no documents) for a viewer who may see the
     * event but takes no part in it; "not found" for one who may not know it exists.
     */
    public Archive archive(Optional<SignedInIdentity> identity, String eventId) {
        var viewer = viewers.of(identity);
        var event = access.visible(viewer, events.find(eventId));
        if (!access.takesPart(viewer, event)) {
            return new Archive(false, false, List.of());
        }
        return new Archive(true, event.status() == EventStatus.SCHEDULED, views(viewer, event));
    }

    /**
     * Someone who takes part adds one of their uploads to the archive. Refused: another's or an
     * attached upload (400 file), one that is no document nor picture (400 file), a cancelled
     * event (409 event-cancelled), a full archive (409 event-documents-full).
     */
    public EventDocumentView add(SignedInIdentity identity, String eventId, String fileId) {
        var viewer = viewers.of(identity);
        // the event's row locked, as a registration locks it: an addition queues with a cancellation
        var event = access.documentsOf(viewer, events.forUpdate(eventId));
        requireScheduled(event);
        var upload = files.unattachedUpload(identity, fileId == null ? "" : fileId.strip()).orElseThrow(() ->
                (InvalidInputException) new InvalidInputException("file", "There is no upload " + fileId
                        + " of yours; upload it first.").shownAs("attachments.notYours"));
        if (!UploadPolicy.DOCUMENT.takes(upload.type()) || upload.size() > UploadPolicy.DOCUMENT.maxBytes()) {
            throw new InvalidInputException("file", "An event's archive takes a PDF, a Word, Excel, PowerPoint or"
                    + " OpenDocument file, or a picture, of at most 20 MB.").shownAs("file.notADocument");
        }
        if (files.attachedTo(EventArchive.OWNER, event.id()).size() >= MOST_DOCUMENTS) {
            throw new ConflictException("An event's archive holds at most " + MOST_DOCUMENTS + " documents.",
                    "event-documents-full").shownAs("event.documents.full", MOST_DOCUMENTS);
        }
        files.attach(identity, upload.id(), EventArchive.OWNER, event.id());
        LOG.info(() -> "%s added document %s (%s, %d bytes) to event %s".formatted(viewer.profileId().orElse("?"),
                upload.id(), upload.type(), upload.size(), event.id()));
        return view(viewer, event, files.attachedFile(EventArchive.OWNER, event.id(), upload.id()).orElseThrow());
    }

    /** A document of the event, for those who take part in it; another event's file is "not found". */
    public Download download(Optional<SignedInIdentity> identity, String eventId, String documentId) {
        var viewer = viewers.of(identity);
        var event = access.documentsOf(viewer, events.find(eventId));
        var document = files.attachedFile(EventArchive.OWNER, event.id(), documentId)
                .orElseThrow(() -> new NotFoundException("The document"));
        return files.read(identity, document.file().id(), false);
    }

    /**
     * An organiser removes a document of the event, or whoever added it their own: it is erased.
     * Refused: anyone else (403), a cancelled event (409 event-cancelled).
     */
    public void remove(SignedInIdentity identity, String eventId, String documentId) {
        var viewer = viewers.of(identity);
        var event = access.documentsOf(viewer, events.forUpdate(eventId));
        var document = files.attachedFile(EventArchive.OWNER, event.id(), documentId)
                .orElseThrow(() -> new NotFoundException("The document"));
        if (!access.removesDocument(viewer, event, document.uploaderId())) {
            throw new ForbiddenException("Only the event's organisers, or whoever added it, remove a document.")
                    .shownAs("event.documents.notYours");
        }
        requireScheduled(event);
        files.eraseOne(EventArchive.OWNER, event.id(), document.file().id());
        LOG.info(() -> "%s removed document %s of event %s".formatted(viewer.profileId().orElse("?"),
                document.file().id(), event.id()));
    }

    private static void requireScheduled(Event event) {
        if (event.status() == EventStatus.CANCELLED) {
            throw new ConflictException("The event is cancelled: its archive is read-only.", "event-cancelled")
                    .shownAs("event.cancelled");
        }
    }

    private List<EventDocumentView> views(Viewer viewer, Event event) {
        var attached = new ArrayList<>(files.attachedWithUploaders(EventArchive.OWNER, event.id()));
        attached.sort(Comparator.comparing(AttachedFileView::attachedAt, Comparator.nullsLast(Comparator.naturalOrder()))
                .reversed());
        return views(viewer, event, attached);
    }

    private EventDocumentView view(Viewer viewer, Event event, AttachedFileView attached) {
        return views(viewer, event, List.of(attached)).get(0);
    }

    /** The views of these files, their uploaders' names read in one query. */
    private List<EventDocumentView> views(Viewer viewer, Event event, List<AttachedFileView> attached) {
        var uploaders = profiles.findAll(attached.stream().map(AttachedFileView::uploaderId).distinct().toList());
        boolean scheduled = event.status() == EventStatus.SCHEDULED;
        return attached.stream().map(a -> {
            var uploader = Optional.ofNullable(uploaders.get(a.uploaderId())).filter(p -> !p.erased());
            var file = a.file();
            String format = FileType.ofMimeType(file.type()).map(FileType::extension).orElse("")
                    .toUpperCase(Locale.ROOT);
            return new EventDocumentView(file.id(), file.name(), file.size(), file.type(), format,
                    uploader.map(p -> p.id()).orElse(null), uploader.map(p -> p.displayName()).orElse(null),
                    a.attachedAt(), scheduled && access.removesDocument(viewer, event, a.uploaderId()));
        }).toList();
    }
}
