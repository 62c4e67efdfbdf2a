package org.twinninglive.messaging;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.twinninglive.contacts.ContactRepository;
import org.twinninglive.media.FileStore;
import org.twinninglive.media.RichText;
import org.twinninglive.media.StoredFileView;
import org.twinninglive.people.CallerProfile;
import org.twinninglive.people.PersonSummary;
import org.twinninglive.people.Profile;
import org.twinninglive.people.ProfileRepository;
import org.twinninglive.people.ProfileVisibility;
import org.twinninglive.platform.ForbiddenException;
import org.twinninglive.platform.InvalidInputException;
import org.twinninglive.platform.NotFoundException;
import org.twinninglive.platform.Page;
import org.twinninglive.platform.PageRequest;
import org.twinninglive.platform.SignedInIdentity;
import org.twinninglive.platform.Texts;

/**
 * Internal mail of the signed-in person (N3): starting threads, replying, reading, the folders
 * and the envelope's count. Who may write to whom is {@link MessagingAccess}; a recipient the
 * writer may not see, or a thread they are not in, does not exist for them (404). Replies to a
 * thread queue on its row lock, so that its participants' unread state stays whole.
 */
@Stateless
@PermitAll
public class MessageService {

    /** The owner name of attachments in the file store; its access rule is {@link MessageFiles}. */
    public static final String FILE_OWNER = "message";
    static final int MAX_RECIPIENTS = 20;
    static final int MAX_ATTACHMENTS = 10;
    static final int MAX_QUERY = 200;
    /** How many contacts the recipient field suggests at once. */
    static final int SUGGESTIONS = 15;

    private static final Logger LOG = Logger.getLogger(MessageService.class.getName());

    @Inject
    CallerProfile callers;

    @Inject
    ProfileRepository profiles;

    @Inject
    ProfileVisibility visibility;

    @Inject
    ContactRepository contacts;

    @Inject
    MessageRepository messages;

    @Inject
    MessagingAccess access;

    @Inject
    FileStore files;

    @Inject
    Clock clock;

    @Inject
    Event<MessagePosted> posted;

    /** Starts a thread with its first message. */
    public ThreadDetail start(SignedInIdentity identity, NewMessage draft) {
        if (draft == null) {
            throw invalid("to", "Send the recipients (to), a subject and a body.", "messages.toRequired");
        }
        var me = callers.of(identity);
        Set<String> to = recipientIds(me, draft.to());
        String subject = subject(draft.subject());
        RichText body = body(draft.body());
        List<String> attachments = attachments(draft.attachments());
        List<Profile> recipients = visibleRecipients(identity, to);
        access.requireMayWriteTo(me, recipients);

        Instant now = now();
        var thread = MessageThread.start(subject, now);
        var participations = new ArrayList<Participation>();
        participations.add(thread.join(me.id(), now));
        recipients.forEach(recipient -> participations.add(thread.join(recipient.id(), now)));
        var first = thread.post(me.id(), body, attachments.size(), participations, now);
        messages.add(thread, participations, first);
        attach(identity, attachments, first);
        posted.fire(new MessagePosted(thread.id(), first.id(), me.id(), to));
        LOG.fine(() -> "Thread %s started by %s with %d recipients".formatted(thread.id(), me.id(), to.size()));
        return detail(identity, thread, participations, now, false);
    }

    /**
     * Replies in a thread the caller takes part in; every other participant still there
     * receives it, whatever they chose about new conversations since (see {@link MessagingAccess}).
     */
    public MessageView reply(SignedInIdentity identity, String threadId, String bodyHtml, List<String> attachmentIds) {
        var me = callers.of(identity);
        RichText body = body(bodyHtml);
        List<String> attachments = attachments(attachmentIds);
        // the lock first, then the participants: what is read under it is what the reply changes
        var thread = messages.threadForUpdate(threadId).orElseThrow(() -> new NotFoundException("The thread"));
        var participations = messages.participants(List.of(thread.id()));
        if (participations.stream().noneMatch(p -> p.profileId().equals(me.id()))) {
            throw new NotFoundException("The thread");
        }
        Map<String, Profile> people = profiles.findAll(participations.stream().map(Participation::profileId).toList());
        Set<String> recipients = participations.stream()
                .map(Participation::profileId)
                .filter(id -> !id.equals(me.id()))
                .filter(id -> people.containsKey(id) && !people.get(id).erased())
                .collect(Collectors.toCollection(LinkedHashSet::new));
        if (recipients.isEmpty()) {
            throw (ForbiddenException) new ForbiddenException("Nobody else is left in this thread to read a reply.")
                    .shownAs("messages.nobodyLeft");
        }
        Instant now = now();
        var message = thread.post(me.id(), body, attachments.size(), participations, now);
        messages.add(message);
        var attached = attach(identity, attachments, message);
        posted.fire(new MessagePosted(thread.id(), message.id(), me.id(), recipients));
        LOG.fine(() -> "Reply %s in thread %s by %s".formatted(message.id(), thread.id(), me.id()));
        return view(message, people, visibility.visibleAmong(Optional.of(identity), people.values()), attached);
    }

    /** A thread the caller takes part in, without marking it read (the API's GET). */
    public ThreadDetail thread(SignedInIdentity identity, String threadId) {
        var me = callers.of(identity);
        return detail(identity, me, threadId);
    }

    /** A thread as its page opens it: read, up to its latest message, from then on. */
    public ThreadDetail open(SignedInIdentity identity, String threadId) {
        var me = callers.of(identity);
        var detail = detail(identity, me, threadId);
        messages.markRead(threadId, me.id(), detail.lastMessageAt());
        return new ThreadDetail(detail.id(), detail.subject(), detail.participants(), detail.startedAt(),
                detail.lastMessageAt(), false);
    }

    /** Marks a thread the caller takes part in read, up to its latest message. */
    public void markRead(SignedInIdentity identity, String threadId) {
        var me = callers.of(identity);
        access.requireParticipant(me.id(), threadId);
        messages.latestMessageAt(threadId).ifPresent(latest -> messages.markRead(threadId, me.id(), latest));
    }

    /** A thread's messages, oldest first. */
    public Page<MessageView> messages(SignedInIdentity identity, String threadId, PageRequest page) {
        var me = callers.of(identity);
        access.requireParticipant(me.id(), threadId);
        var items = messages.messages(threadId, page);
        Map<String, Profile> authors = profiles.findAll(items.stream().map(Message::authorId).collect(Collectors.toSet()));
        Set<String> visible = visibility.visibleAmong(Optional.of(identity), authors.values());
        var withFiles = items.stream().filter(m -> m.attachmentCount() > 0).map(Message::id).toList();
        Map<String, List<StoredFileView>> attached = withFiles.isEmpty() ? Map.of()
                : files.attachedTo(FILE_OWNER, withFiles);
        var views = items.stream()
                .map(m -> view(m, authors, visible, attached.getOrDefault(m.id(), List.of())))
                .toList();
        return Page.of(views, page, messages.countMessages(threadId));
    }

    /** The caller's threads in a folder, latest first; with {@code q}, those whose subject or a message has the words. */
    public Page<ThreadSummary> threads(SignedInIdentity identity, Folder folder, String q, PageRequest page) {
        var me = callers.of(identity);
        String words = words(q);
        var rows = messages.folder(me.id(), folder, words, page);
        var threadIds = rows.stream().map(Participation::threadId).toList();
        Map<String, MessageThread> threads = messages.threads(threadIds);
        var everyone = messages.participants(threadIds);
        Map<String, Profile> people = profiles.findAll(everyone.stream().map(Participation::profileId)
                .collect(Collectors.toSet()));
        Set<String> visible = visibility.visibleAmong(Optional.of(identity), people.values());
        Map<String, List<PersonSummary>> others = everyone.stream()
                .filter(p -> !p.profileId().equals(me.id()))
                .collect(Collectors.groupingBy(Participation::threadId,
                        Collectors.mapping(p -> summary(people.get(p.profileId()), p.profileId(), visible),
                                Collectors.toList())));
        var items = rows.stream()
                .filter(row -> threads.containsKey(row.threadId()))
                .map(row -> new ThreadSummary(row.threadId(), threads.get(row.threadId()).subject(),
                        others.getOrDefault(row.threadId(), List.of()), row.at(folder), row.unread()))
                .toList();
        return Page.of(items, page, messages.countFolder(me.id(), folder, words));
    }

    /** How many of the caller's threads have something unread: the envelope (one indexed query). */
    public long unreadCount(SignedInIdentity identity) {
        callers.requireCaller(identity);
        return messages.unreadOfSubject(identity.subject());
    }

    /** Contacts the caller may write to whose name has these words, by name (the recipient field). */
    public List<PersonSummary> recipients(SignedInIdentity identity, String words) {
        var me = callers.of(identity);
        String folded = SearchText.of(Texts.cleanLine(words), MAX_QUERY);
        Map<String, Profile> people = profiles.findAll(contacts.contactIds(me.id()));
        Set<String> visible = visibility.visibleAmong(Optional.of(identity), people.values());
        var named = people.values().stream()
                .filter(p -> visible.contains(p.id()))
                .filter(p -> SearchText.of(p.displayName(), 400).contains(folded))
                .toList();
        return access.writableAmong(me, named).stream()
                .sorted(Comparator.comparing((Profile p) -> SearchText.of(p.displayName(), 400)).thenComparing(Profile::id))
                .limit(SUGGESTIONS)
                .map(PersonSummary::of)
                .toList();
    }

    /** The person of this id, if the caller may start a thread with them. */
    public Optional<PersonSummary> recipient(SignedInIdentity identity, String profileId) {
        var me = callers.of(identity);
        return profiles.find(profileId)
                .filter(p -> !p.id().equals(me.id()))
                .filter(p -> visibility.canSee(Optional.of(identity), p))
                .filter(p -> !access.writableAmong(me, List.of(p)).isEmpty())
                .map(PersonSummary::of);
    }

    private ThreadDetail detail(SignedInIdentity identity, Profile me, String threadId) {
        var mine = access.requireParticipant(me.id(), threadId);
        var thread = messages.thread(threadId).orElseThrow(() -> new NotFoundException("The thread"));
        var latest = messages.latestMessageAt(threadId).orElse(thread.startedAt());
        return detail(identity, thread, messages.participants(List.of(threadId)), latest, mine.unread());
    }

    private ThreadDetail detail(SignedInIdentity identity, MessageThread thread, List<Participation> participations,
                                Instant latest, boolean unread) {
        Map<String, Profile> people = profiles.findAll(participations.stream().map(Participation::profileId).toList());
        Set<String> visible = visibility.visibleAmong(Optional.of(identity), people.values());
        var participants = participations.stream()
                .map(p -> summary(people.get(p.profileId()), p.profileId(), visible))
                .toList();
        return new ThreadDetail(thread.id(), thread.subject(), participants, thread.startedAt(), latest, unread);
    }

    private static MessageView view(Message message, Map<String, Profile> people, Set<String> visible,
                                    List<StoredFileView> attached) {
        return new MessageView(message.id(), message.threadId(),
                summary(people.get(message.authorId()), message.authorId(), visible), message.sentAt(),
                message.bodyHtml(), message.bodyText(), attached.stream().map(Attachment::of).toList());
    }

    /** A person as the reader may see them now: in full, or by id only. */
    private static PersonSummary summary(Profile profile, String id, Set<String> visible) {
        return profile != null && visible.contains(id) ? PersonSummary.of(profile) : PersonSummary.hidden(id);
    }

    private List<StoredFileView> attach(SignedInIdentity identity, List<String> fileIds, Message message) {
        for (String fileId : fileIds) {
            files.attach(identity, fileId, FILE_OWNER, message.id());
        }
        return fileIds.isEmpty() ? List.of()
                : files.attachedTo(FILE_OWNER, List.of(message.id())).getOrDefault(message.id(), List.of());
    }

    private List<Profile> visibleRecipients(SignedInIdentity identity, Collection<String> ids) {
        Map<String, Profile> found = profiles.findAll(ids);
        Set<String> visible = visibility.visibleAmong(Optional.of(identity), found.values());
        var recipients = new ArrayList<Profile>();
        for (String id : ids) {
            if (!visible.contains(id)) {
                // unknown and hidden read the same: nothing says that a hidden person exists
                throw (NotFoundException) new NotFoundException("A recipient").shownAs("messages.recipientNotFound");
            }
            recipients.add(found.get(id));
        }
        return recipients;
    }

    private static Set<String> recipientIds(Profile me, List<String> to) {
        if (to == null || to.isEmpty()) {
            throw invalid("to", "to is required: the ids of 1 to " + MAX_RECIPIENTS + " recipients.",
                    "messages.toRequired");
        }
        var ids = new LinkedHashSet<String>();
        for (String id : to) {
            if (id == null || id.isBlank()) {
                throw invalid("to", "Each recipient in to is a profile id.", "messages.toRequired");
            }
            ids.add(id.strip());
        }
        if (ids.size() > MAX_RECIPIENTS) {
            throw invalid("to", "A message goes to at most " + MAX_RECIPIENTS + " recipients; start another thread"
                    + " for the others.", "messages.tooManyRecipients", MAX_RECIPIENTS);
        }
        if (ids.contains(me.id())) {
            throw invalid("to", "You cannot write to yourself.", "messages.yourself");
        }
        return ids;
    }

    private static String subject(String value) {
        String subject = Texts.line(value, "subject");
        if (subject.isEmpty()) {
            throw invalid("subject", "subject is required.", "messages.subjectRequired");
        }
        if (subject.length() > MessageThread.MAX_SUBJECT) {
            throw invalid("subject", "subject has at most " + MessageThread.MAX_SUBJECT + " characters.",
                    "messages.subjectTooLong", MessageThread.MAX_SUBJECT);
        }
        return subject;
    }

    private static RichText body(String html) {
        RichText body = RichText.of(html == null ? "" : html);
        if (body.isBlank()) {
            throw invalid("body", "body is required: write something.", "messages.bodyRequired");
        }
        if (body.html().length() > Message.MAX_BODY) {
            throw invalid("body", "body has " + body.html().length() + " characters of HTML once sanitised; at most "
                    + Message.MAX_BODY + ".", "messages.bodyTooLong", Message.MAX_BODY);
        }
        return body;
    }

    private static List<String> attachments(List<String> ids) {
        if (ids == null) {
            return List.of();
        }
        var distinct = new LinkedHashSet<String>();
        for (String id : ids) {
            if (id == null || id.isBlank()) {
                throw invalid("attachments", "Each attachment is the id of a file you uploaded.", "messages.attachment");
            }
            distinct.add(id.strip());
        }
        if (distinct.size() > MAX_ATTACHMENTS) {
            throw invalid("attachments", "A message has at most " + MAX_ATTACHMENTS + " attachments.",
                    "messages.tooManyAttachments", MAX_ATTACHMENTS);
        }
        return List.copyOf(distinct);
    }

    /** The words searched for, or null when there are none. */
    private static String words(String q) {
        String words = Texts.line(q, "q");
        if (words.length() > MAX_QUERY) {
            throw invalid("q", "q has at most " + MAX_QUERY + " characters.", "query.tooLong", MAX_QUERY);
        }
        return words.isEmpty() ? null : words;
    }

    private static InvalidInputException invalid(String field, String message, String key, Object... arguments) {
        return (InvalidInputException) new InvalidInputException(field, message).shownAs(key, arguments);
    }

    /** Microseconds, as the database keeps them: a time read back compares equal to the one written. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
