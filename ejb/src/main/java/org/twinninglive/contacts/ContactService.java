package org.twinninglive.contacts;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.twinninglive.people.CallerProfile;
import org.twinninglive.people.PersonSummary;
import org.twinninglive.people.Profile;
import org.twinninglive.people.ProfileRepository;
import org.twinninglive.people.ProfileVisibility;
import org.twinninglive.platform.ConflictException;
import org.twinninglive.platform.ForbiddenException;
import org.twinninglive.platform.InvalidInputException;
import org.twinninglive.platform.NotFoundException;
import org.twinninglive.platform.Page;
import org.twinninglive.platform.PageRequest;
import org.twinninglive.platform.SignedInIdentity;

/**
 * Following and contacts (C1, C2) for the signed-in person. Someone the caller may not see
 * does not exist for them (404); requests are idempotent, and both people's rows are locked
 * in id order while a request or an answer is decided, so two crossing requests end as one
 * contact, never two pending requests.
 */
@Stateless
@PermitAll
public class ContactService {

    /** How many followed people the feed reads from (the most recently followed). */
    static final int FEED_SOURCES = 500;

    @Inject
    CallerProfile callers;

    @Inject
    ProfileRepository profiles;

    @Inject
    ProfileVisibility visibility;

    @Inject
    ContactRepository contacts;

    @Inject
    Clock clock;

    @Inject
    Event<Followed> follows;

    @Inject
    Event<ContactRequested> requested;

    @Inject
    Event<ContactAccepted> accepted;

    public void follow(SignedInIdentity identity, String profileId) {
        var me = callers.forUpdate(identity);
        var other = visibleOther(identity, me, profileId, "id");
        // under the lock of the follower's row, two clicks at once add one follow, not a duplicate key
        if (!contacts.follows(me.id(), other.id())) {
            contacts.addFollow(new Follow(me.id(), other.id(), clock.instant()));
            follows.fire(new Followed(me.id(), other.id()));
        }
    }

    public void unfollow(SignedInIdentity identity, String profileId) {
        var me = callers.of(identity);
        if (!contacts.removeFollow(me.id(), profileId)) {
            visibleOther(identity, me, profileId, "id");
        }
    }

    /**
     * Invites someone to become a contact. Asking again returns the same pending request; asking
     * someone who already asked you accepts their request.
     */
    public RequestView request(SignedInIdentity identity, String toId) {
        if (toId == null || toId.isBlank()) {
            throw new InvalidInputException("to", "to is required: the id of the person to invite.")
                    .shownAs("contacts.toRequired");
        }
        var me = callers.of(identity);
        var other = visibleOther(identity, me, toId, "to");
        profiles.lock(List.of(me.id(), other.id()));
        if (contacts.areContacts(me.id(), other.id())) {
            throw new ConflictException("You are already contacts.").shownAs("contacts.already");
        }
        var pending = contacts.pendingBetween(me.id(), other.id());
        if (pending.isPresent()) {
            var request = pending.get();
            return request.fromId().equals(me.id())
                    ? view(identity, request)
                    : answer(identity, request, RequestStatus.ACCEPTED);
        }
        if (!other.acceptsContactRequests()) {
            throw new ForbiddenException("This person does not accept contact requests.").shownAs("contacts.refused");
        }
        var request = new ContactRequest(me.id(), other.id(), clock.instant());
        contacts.addRequest(request);
        requested.fire(new ContactRequested(request.id(), me.id(), other.id()));
        return view(identity, request);
    }

    public RequestView accept(SignedInIdentity identity, String requestId) {
        return decide(identity, requestId, RequestStatus.ACCEPTED);
    }

    public RequestView decline(SignedInIdentity identity, String requestId) {
        return decide(identity, requestId, RequestStatus.DECLINED);
    }

    /** Withdraws a request the caller sent. */
    public RequestView cancel(SignedInIdentity identity, String requestId) {
        var me = callers.of(identity);
        var request = contacts.request(requestId).filter(r -> r.fromId().equals(me.id()))
                .orElseThrow(() -> new NotFoundException("The contact request"));
        lockAndReread(request);
        request.decide(RequestStatus.CANCELLED, clock.instant());
        return view(identity, request);
    }

    /** Ends a contact, for both sides (C2). */
    public void remove(SignedInIdentity identity, String contactId) {
        var me = callers.of(identity);
        if (!contacts.removeContact(me.id(), contactId)) {
            throw new NotFoundException("The contact");
        }
    }

    public Page<PersonSummary> contacts(SignedInIdentity identity, PageRequest page) {
        var me = callers.of(identity);
        var ids = contacts.contacts(me.id(), page).stream().map(Contact::contactId).toList();
        return Page.of(summaries(ids), page, contacts.countContacts(me.id()));
    }

    public Page<RequestView> requests(SignedInIdentity identity, boolean incoming, PageRequest page) {
        var me = callers.of(identity);
        var requests = contacts.pending(me.id(), incoming, page);
        var people = profiles.findAll(requests.stream().flatMap(r -> Stream.of(r.fromId(), r.toId())).collect(
                Collectors.toSet()));
        Set<String> visible = visibility.visibleAmong(Optional.of(identity), people.values());
        var items = requests.stream().map(r -> view(r, people, visible)).toList();
        return Page.of(items, page, contacts.countPending(me.id(), incoming));
    }

    /**
     * The latest public activity of the people the caller follows and may still see, newest
     * first: people hidden since are left out before the page is cut, so they never empty it.
     */
    public Page<FeedItem> feed(SignedInIdentity identity, PageRequest page) {
        var me = callers.of(identity);
        Map<String, Profile> followed = profiles.findAll(contacts.followedIds(me.id(), FEED_SOURCES));
        Set<String> visible = visibility.visibleAmong(Optional.of(identity), followed.values());
        var items = contacts.activityOf(visible, page).stream()
                .map(a -> new FeedItem(PersonSummary.of(followed.get(a.profileId())), a.kind(), a.reference(),
                        a.label(), a.createdAt()))
                .toList();
        return Page.of(items, page, contacts.countActivityOf(visible));
    }

    /** Whether two people are contacts: the condition of project invitations (C3). */
    public boolean areContacts(String profileId, String otherId) {
        return contacts.areContacts(profileId, otherId);
    }

    /** Whether a contact request between two people (either way) waits for its answer. */
    public boolean requestPending(String profileId, String otherId) {
        return contacts.pendingBetween(profileId, otherId).isPresent();
    }

    private RequestView decide(SignedInIdentity identity, String requestId, RequestStatus decision) {
        var me = callers.of(identity);
        var request = contacts.request(requestId).filter(r -> r.toId().equals(me.id()))
                .orElseThrow(() -> new NotFoundException("The contact request"));
        lockAndReread(request);
        return answer(identity, request, decision);
    }

    /**
     * Takes both people's row locks, then reads the request again: it was read before the locks,
     * and whoever held them (the sender cancelling, the other side answering) may have decided it.
     */
    private void lockAndReread(ContactRequest request) {
        profiles.lock(List.of(request.fromId(), request.toId()));
        contacts.reread(request);
        if (request.status() != RequestStatus.PENDING) {
            throw new ConflictException("The request was already " + request.status().name().toLowerCase() + ".")
                    .shownAs("contacts.request." + request.status().name().toLowerCase());
        }
    }

    private RequestView answer(SignedInIdentity identity, ContactRequest request, RequestStatus decision) {
        request.decide(decision, clock.instant());
        if (decision == RequestStatus.ACCEPTED) {
            var now = clock.instant();
            contacts.addContact(new Contact(request.fromId(), request.toId(), now));
            contacts.addContact(new Contact(request.toId(), request.fromId(), now));
            accepted.fire(new ContactAccepted(request.id(), request.fromId(), request.toId()));
        }
        return view(identity, request);
    }

    private Profile visibleOther(SignedInIdentity identity, Profile me, String profileId, String field) {
        if (me.id().equals(profileId)) {
            throw new InvalidInputException(field, "You cannot do this with yourself.").shownAs("contacts.yourself");
        }
        return profiles.find(profileId)
                .filter(other -> visibility.canSee(Optional.of(identity), other))
                .orElseThrow(() -> new NotFoundException("The profile"));
    }

    private RequestView view(SignedInIdentity identity, ContactRequest request) {
        var people = profiles.findAll(List.of(request.fromId(), request.toId()));
        return view(request, people, visibility.visibleAmong(Optional.of(identity), people.values()));
    }

    /**
     * A request as its reader sees it: the sender in full (by asking, they showed themselves to
     * the person asked); the person asked only if the reader may still see them, else their id.
     */
    private static RequestView view(ContactRequest request, Map<String, Profile> people, Set<String> visible) {
        var to = people.get(request.toId());
        return new RequestView(request.id(), request.status().name(), PersonSummary.of(people.get(request.fromId())),
                visible.contains(to.id()) ? PersonSummary.of(to) : PersonSummary.hidden(to.id()), request.createdAt());
    }

    private List<PersonSummary> summaries(List<String> ids) {
        Map<String, Profile> people = profiles.findAll(ids);
        return ids.stream().map(people::get).filter(java.util.Objects::nonNull).map(PersonSummary::of).toList();
    }

}
