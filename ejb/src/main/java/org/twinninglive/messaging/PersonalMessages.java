package org.twinninglive.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.twinninglive.media.FileStore;
import org.twinninglive.people.AccountErasing;
import org.twinninglive.people.PersonalDataRequested;
import org.twinninglive.people.Profile;
import org.twinninglive.people.ProfileRepository;
import org.twinninglive.people.ProfileVisibility;

/**
 * A person's mail in "download my data" and in the erasure of their account (U5). The export
 * holds every thread they take part in with all its messages (theirs and those they received),
 * its participants named only when the person may still see them. The erasure removes them
 * from every thread with what they wrote and its files; see {@link MessageRepository#eraseAllOf}.
 */
@ApplicationScoped
public class PersonalMessages {

    /** A thread in the export. */
    public record ExportedThread(String id, String subject, Instant startedAt, List<ExportedPerson> participants,
                                 List<ExportedMessage> messages) {
    }

    /** A participant: the name only when the person exporting may still see them. */
    public record ExportedPerson(String id, String name) {
    }

    /** A message in the export; {@code mine} when the person exporting wrote it. */
    public record ExportedMessage(String id, String authorId, boolean mine, Instant sentAt, String body,
                                  String bodyText, List<org.twinninglive.media.StoredFileView> attachments) {
    }

    @Inject
    MessageRepository messages;

    @Inject
    ProfileRepository profiles;

    @Inject
    ProfileVisibility visibility;

    @Inject
    FileStore files;

    void export(@Observes PersonalDataRequested request) {
        String me = request.profileId();
        var threads = messages.threadsOf(me);
        var participations = messages.participantsOfThreadsOf(me);
        Map<String, Profile> people = profiles.findAll(participations.stream().map(Participation::profileId)
                .collect(Collectors.toSet()));
        Set<String> visible = visibility.visibleAmong(Optional.ofNullable(request.requester()), people.values());
        Map<String, List<ExportedPerson>> participants = participations.stream()
                .collect(Collectors.groupingBy(Participation::threadId, Collectors.mapping(
                        p -> new ExportedPerson(p.profileId(), visible.contains(p.profileId())
                                ? people.get(p.profileId()).displayName() : null),
                        Collectors.toList())));
        var all = messages.messagesOfThreadsOf(me);
        // the attachments of every message, in one query per 500 messages
        Map<String, List<org.twinninglive.media.StoredFileView>> attached = new java.util.HashMap<>();
        for (List<String> chunk : MessageRepository.chunks(all.stream().filter(m -> m.attachmentCount() > 0)
                .map(Message::id).toList())) {
            attached.putAll(files.attachedTo(MessageService.FILE_OWNER, chunk));
        }
        Map<String, List<ExportedMessage>> written = all.stream()
                .collect(Collectors.groupingBy(Message::threadId, Collectors.mapping(
                        m -> new ExportedMessage(m.id(), m.authorId(), m.authorId().equals(me), m.sentAt(),
                                m.bodyHtml(), m.bodyText(), attached.getOrDefault(m.id(), List.of())),
                        Collectors.toList())));
        request.add("messages", threads.stream()
                .map(t -> new ExportedThread(t.id(), t.subject(), t.startedAt(),
                        participants.getOrDefault(t.id(), List.of()), written.getOrDefault(t.id(), List.of())))
                .toList());
    }

    void erase(@Observes AccountErasing erasing) {
        String id = erasing.profileId();
        for (List<String> chunk : MessageRepository.chunks(messages.erasedMessagesWithAttachments(id))) {
            files.eraseOwnedBy(MessageService.FILE_OWNER, chunk);
        }
        messages.eraseAllOf(id);
    }
}
