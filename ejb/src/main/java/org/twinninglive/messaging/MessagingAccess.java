package org.twinninglive.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.twinninglive.contacts.ContactRepository;
import org.twinninglive.people.Profile;
import org.twinninglive.platform.ForbiddenException;
import org.twinninglive.platform.NotFoundException;

/**
 * Who may write to whom, and who may read a thread (N3): the one place of both rules.
 * <ul>
 * <li>A new thread goes to people the writer may see (the others do not exist for them: the
 * service answers 404 before this rule is asked), who are the writer's contacts and accept
 * messages ({@code Profile.acceptsMessages}). Project partners and group members will open the
 * way here too, in {@link #refusal}.</li>
 * <li>Inside an existing thread every participant may reply, and every other participant
 * receives it, even one who has since stopped accepting messages or is no longer a contact:
 * the choice is about being written to by new people, not about leaving conversations one took
 * part in.</li>
 * <li>Only participants read a thread and its attachments; for anyone else it does not exist.</li>
 * </ul>
 */
@ApplicationScoped
public class MessagingAccess {

    @Inject
    ContactRepository contacts;

    @Inject
    MessageRepository messages;

    /** Refuses (403, with the reason) the first recipient the writer may not start a thread with. */
    public void requireMayWriteTo(Profile writer, Collection<Profile> recipients) {
        Set<String> contactIds = contacts.contactsAmong(writer.id(), recipients.stream().map(Profile::id).toList());
        for (Profile recipient : recipients) {
            var refused = refusal(recipient, contactIds.contains(recipient.id()));
            if (refused.isPresent()) {
                throw refused.get();
            }
        }
    }

    /** Of these people, those the writer may start a thread with (one query). */
    public List<Profile> writableAmong(Profile writer, Collection<Profile> candidates) {
        Set<String> contactIds = contacts.contactsAmong(writer.id(), candidates.stream().map(Profile::id).toList());
        return candidates.stream()
                .filter(candidate -> refusal(candidate, contactIds.contains(candidate.id())).isEmpty())
                .toList();
    }

    /** The participation of the reader in the thread; a thread they are not in is not found. */
    public Participation requireParticipant(String profileId, String threadId) {
        return messages.participation(threadId, profileId)
                .orElseThrow(() -> new NotFoundException("The thread"));
    }

    /** Whether the person may read this message (and its attachments): they take part in its thread. */
    public boolean mayReadMessage(String profileId, String messageId) {
        return profileId != null && messageId != null && messages.participatesInThreadOf(messageId, profileId);
    }

    /** The rule itself: why this person may not be written to by the writer, if they may not. */
    private static Optional<ForbiddenException> refusal(Profile recipient, boolean contact) {
        if (!contact) {
            return Optional.of(forbidden("You can write to your contacts; " + recipient.id() + " is not one of yours.",
                    "messages.notContact", recipient.displayName()));
        }
        if (!recipient.acceptsMessages()) {
            return Optional.of(forbidden(recipient.id() + " does not accept messages.", "messages.closed",
                    recipient.displayName()));
        }
        return Optional.empty();
    }

    private static ForbiddenException forbidden(String message, String key, String name) {
        return (ForbiddenException) new ForbiddenException(message).shownAs(key, name);
    }
}
