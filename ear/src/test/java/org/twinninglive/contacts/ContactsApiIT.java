package org.twinninglive.contacts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.twinninglive.support.People.text;
import static org.twinninglive.support.TestServers.API;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.twinninglive.support.Http;
import org.twinninglive.support.Keycloak;
import org.twinninglive.support.Learning;
import org.twinninglive.support.People;

/** Following and the feed (C1), contact requests and contacts (C2), through the API. */
@ExtendWith(ArquillianExtension.class)
class ContactsApiIT {

    private static final String REQUESTS = API + "/v1/contacts/requests";

    // --- following ---

    @Test
    void followingIsIdempotentAndShowsInTheRelationship() {
        var follower = People.teacher("Fabian", "IT");
        var followed = People.teacher("Frida", "SE");

        var first = People.follow(follower.token(), followed.id());
        var second = People.follow(follower.token(), followed.id());

        assertThat(first.status()).as(first.body()).isEqualTo(204);
        assertThat(second.status()).isEqualTo(204);
        assertThat(People.profile(follower.token(), followed.id()).json().at("/relationship/following").asBoolean())
                .isTrue();
        var followers = Http.get(API + "/v1/people/me/export", followed.token()).json().get("followers");
        assertThat(People.ids(followers)).as("followed once").containsExactly(follower.id());
        assertThat(People.profile(followed.token(), follower.id()).json().at("/relationship/following").asBoolean())
                .as("following is one way").isFalse();

        assertThat(People.unfollow(follower.token(), followed.id()).status()).isEqualTo(204);
        assertThat(People.unfollow(follower.token(), followed.id()).status()).as("again").isEqualTo(204);
        assertThat(People.profile(follower.token(), followed.id()).json().at("/relationship/following").asBoolean())
                .isFalse();
    }

    @Test
    void followingYourselfIsRefused() {
        var me = People.teacher("Gisela", "IT");

        var answer = People.follow(me.token(), me.id());

        assertThat(answer.status()).as(answer.body()).isEqualTo(400);
        assertThat(answer.contentType()).startsWith("application/problem+json");
    }

    @Test
    void followingSomeoneHiddenOrUnknownIs404() {
        var me = People.teacher("Henrik", "IT");
        var hidden = People.teacher("Helga", "IT");
        People.choosePrivacy(hidden, "CONTACTS", true, false, false);

        People.assertProblem(People.follow(me.token(), hidden.id()), 404);
        People.assertProblem(People.follow(me.token(), "b0000000-0000-4000-8000-00000000ffff"), 404);
        People.assertProblem(People.unfollow(me.token(), "b0000000-0000-4000-8000-00000000ffff"), 404);
        People.assertProblem(People.follow(Keycloak.partnerToken(), People.JOSE), 403);
    }

    // --- the feed ---

    @Test
    void theFeedShowsWhatFollowedPeopleDoInPublic() {
        var follower = People.teacher("Ines", "IT");
        var followed = People.teacher("Ivan", "IT");
        var bystander = People.teacher("Isolde", "IT");
        assertThat(People.follow(follower.token(), followed.id()).status()).isEqualTo(204);

        assertThat(People.addSchool(followed.token(), People.GOETHE).status()).isEqualTo(201);
        String module = Learning.modules(followed.token()).get(0).get("id").asText();
        var completed = Learning.complete(followed.token(), module, Learning.rightAnswers(module));
        assertThat(completed.status()).as(completed.body()).isEqualTo(200);

        var feed = People.feed(follower.token());
        var school = item(feed, followed.id(), "school-added");
        assertThat(school.get("reference").asText()).isEqualTo(People.GOETHE);
        assertThat(school.get("label").asText()).isEqualTo("Goethe-Gymnasium");
        assertThat(school.at("/person/name").asText()).isEqualTo(followed.name());
        assertThat(text(school, "at")).isNotBlank();
        assertThat(item(feed, followed.id(), "module-completed").get("reference").asText()).isEqualTo(module);
        assertThat(people(People.feed(bystander.token()))).as("who does not follow sees nothing").doesNotContain(followed.id());
    }

    @Test
    void followsAndContactsStayOutOfTheFeed() {
        var follower = People.teacher("Jakob", "IT");
        var followed = People.teacher("Jana", "IT");
        var other = People.teacher("Jonas", "IT");
        assertThat(People.follow(follower.token(), followed.id()).status()).isEqualTo(204);

        assertThat(People.follow(followed.token(), other.id()).status()).isEqualTo(204);
        People.makeContacts(followed, other);
        assertThat(People.addSchool(followed.token(), People.GALILEI).status()).isEqualTo(201);

        var kinds = People.feed(follower.token()).stream()
                .filter(item -> item.at("/person/id").asText().equals(followed.id()))
                .map(item -> item.get("kind").asText())
                .toList();
        assertThat(kinds).containsExactly("school-added");
    }

    @Test
    void theFeedForgetsWhoClosesTheirProfile() {
        var follower = People.teacher("Karl", "IT");
        var followed = People.teacher("Kira", "IT");
        assertThat(People.follow(follower.token(), followed.id()).status()).isEqualTo(204);
        assertThat(People.addSchool(followed.token(), People.GOETHE).status()).isEqualTo(201);
        assertThat(people(People.feed(follower.token()))).contains(followed.id());

        People.choosePrivacy(followed, "CONTACTS", true, false, false);

        assertThat(people(People.feed(follower.token()))).doesNotContain(followed.id());

        People.choosePrivacy(followed, "REGISTERED", true, false, false);

        assertThat(people(People.feed(follower.token()))).as("back when open again").contains(followed.id());
    }

    @Test
    void someoneHiddenSinceNeverCrowdsOthersOutOfAFeedPage() {
        var follower = People.teacher("Kurt", "IT");
        var open = People.teacher("Klara", "IT");
        var closing = People.teacher("Konrad", "IT");
        assertThat(People.follow(follower.token(), open.id()).status()).isEqualTo(204);
        assertThat(People.follow(follower.token(), closing.id()).status()).isEqualTo(204);
        assertThat(People.addSchool(open.token(), People.GOETHE).status()).isEqualTo(201);
        assertThat(People.addSchool(closing.token(), People.GOETHE).status()).isEqualTo(201);
        assertThat(People.addSchool(closing.token(), People.GALILEI).status()).isEqualTo(201);

        People.choosePrivacy(closing, "CONTACTS", true, false, false);

        var page = Http.get(API + "/v1/contacts/feed?size=1", follower.token());
        assertThat(page.status()).as(page.body()).isEqualTo(200);
        assertThat(people(People.list(page.json().get("items")))).as("the newest item left is the open person's")
                .containsExactly(open.id());
        assertThat(page.json().get("total").asLong()).isEqualTo(1);
        assertThat(page.json().get("size").asInt()).isEqualTo(1);
        People.assertProblem(Http.get(API + "/v1/contacts/feed?page=99999999&size=100", follower.token()), 400);
    }

    @Test
    void unfollowingEmptiesTheFeedOfThatPerson() {
        var follower = People.teacher("Lars", "IT");
        var followed = People.teacher("Lena", "IT");
        assertThat(People.follow(follower.token(), followed.id()).status()).isEqualTo(204);
        assertThat(People.addSchool(followed.token(), People.GOETHE).status()).isEqualTo(201);
        assertThat(people(People.feed(follower.token()))).contains(followed.id());

        assertThat(People.unfollow(follower.token(), followed.id()).status()).isEqualTo(204);

        assertThat(people(People.feed(follower.token()))).doesNotContain(followed.id());
    }

    // --- contact requests ---

    @Test
    void aRequestStaysPendingUntilTheRecipientAcceptsIt() {
        var sender = People.teacher("Magnus", "IT");
        var recipient = People.teacher("Maja", "DK");

        var sent = People.invite(sender.token(), recipient.id());
        var again = People.invite(sender.token(), recipient.id());

        assertThat(sent.status()).as(sent.body()).isEqualTo(201);
        String id = sent.json().get("id").asText();
        assertThat(sent.json().get("status").asText()).isEqualTo("PENDING");
        assertThat(sent.json().at("/from/id").asText()).isEqualTo(sender.id());
        assertThat(sent.json().at("/to/id").asText()).isEqualTo(recipient.id());
        assertThat(text(sent.json(), "createdAt")).isNotBlank();
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.json().get("id").asText()).as("asking again is the same request").isEqualTo(id);
        assertThat(requestIds(sender.token(), "outgoing")).containsExactly(id);
        assertThat(requestIds(sender.token(), "incoming")).isEmpty();
        assertThat(requestIds(recipient.token(), "incoming")).containsExactly(id);
        assertThat(requestIds(recipient.token(), null)).as("incoming by default").containsExactly(id);
        var seen = People.profile(recipient.token(), sender.id()).json().get("relationship");
        assertThat(text(seen, "pendingRequestId")).isEqualTo(id);
        assertThat(seen.get("requestIncoming").asBoolean()).isTrue();
        assertThat(People.contactsOf(recipient.token())).isEmpty();

        var accepted = People.answer(recipient.token(), id, "accept");

        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
        assertThat(accepted.json().get("status").asText()).isEqualTo("ACCEPTED");
        assertThat(People.contactsOf(sender.token())).containsExactly(recipient.id());
        assertThat(People.contactsOf(recipient.token())).containsExactly(sender.id());
        assertThat(requestIds(recipient.token(), "incoming")).isEmpty();
        assertThat(requestIds(sender.token(), "outgoing")).isEmpty();
        var now = People.profile(sender.token(), recipient.id()).json().get("relationship");
        assertThat(now.get("contact").asBoolean()).isTrue();
        assertThat(text(now, "pendingRequestId")).isNull();
    }

    @Test
    void aRecipientWhoHidesTheirProfileKeepsOnlyTheirIdInTheSendersRequests() {
        var sender = People.teacher("Mats", "IT");
        var recipient = People.teacher("Mette", "DK");
        var sent = People.invite(sender.token(), recipient.id());
        assertThat(sent.json().at("/to/name").asText()).isEqualTo(recipient.name());

        People.choosePrivacy(recipient, "CONTACTS", true, false, false);

        var outgoing = Http.get(REQUESTS + "?direction=outgoing", sender.token()).json().get("items").get(0);
        assertThat(outgoing.at("/to/id").asText()).isEqualTo(recipient.id());
        assertThat(text(outgoing.get("to"), "name")).as("no name, country or school of a hidden profile").isNull();
        assertThat(text(outgoing.get("to"), "country")).isNull();
        assertThat(text(outgoing.get("to"), "school")).isNull();
        assertThat(outgoing.at("/from/name").asText()).isEqualTo(sender.name());
        var incoming = Http.get(REQUESTS + "?direction=incoming", recipient.token()).json().get("items").get(0);
        assertThat(incoming.at("/from/name").asText()).as("the recipient still sees who asks").isEqualTo(sender.name());
    }

    @Test
    void aSenderWhoseProfileIsForContactsOnlyIsStillNamedToThePersonAsked() {
        var sender = People.teacher("Marit", "IT");
        var recipient = People.teacher("Morten", "DK");
        People.choosePrivacy(sender, "CONTACTS", false, false, false);

        var sent = People.invite(sender.token(), recipient.id());

        assertThat(sent.status()).as(sent.body()).isEqualTo(201);
        var incoming = Http.get(REQUESTS + "?direction=incoming", recipient.token()).json().get("items").get(0);
        assertThat(incoming.at("/from/name").asText()).as("by asking, the sender showed themselves")
                .isEqualTo(sender.name());
        assertThat(People.profile(recipient.token(), sender.id()).status()).as("the person asked opens the asker's page")
                .isEqualTo(200);
        var stranger = People.teacher("Mikkel", "DK");
        People.assertProblem(People.profile(stranger.token(), sender.id()), 404);
        People.assertProblem(People.follow(recipient.token(), sender.id()), 404);

        assertThat(People.answer(recipient.token(), sent.json().get("id").asText(), "decline").status()).isEqualTo(200);

        People.assertProblem(People.profile(recipient.token(), sender.id()), 404);
    }

    @Test
    void aRequestCancelledWhileItIsAcceptedEndsOneWayOnly() throws Exception {
        for (int round = 0; round < 4; round++) {
            var sender = People.teacher("Milan", "IT");
            var recipient = People.teacher("Mirja", "FI");
            String id = People.invite(sender.token(), recipient.id()).json().get("id").asText();

            var start = new CyclicBarrier(2);
            Callable<Http.Answer> accept = () -> {
                start.await();
                return People.answer(recipient.token(), id, "accept");
            };
            Callable<Http.Answer> withdraw = () -> {
                start.await();
                return cancel(sender.token(), id);
            };
            List<Future<Http.Answer>> both;
            try (var pool = Executors.newFixedThreadPool(2)) {
                both = pool.invokeAll(List.of(accept, withdraw));
            }
            var accepted = both.get(0).get();
            var cancelled = both.get(1).get();

            assertThat(List.of(accepted.status(), cancelled.status())).as(accepted.body() + " / " + cancelled.body())
                    .containsExactlyInAnyOrder(200, 409);
            var loser = accepted.status() == 409 ? accepted : cancelled;
            assertThat(loser.json().get("detail").asText()).as("the loser is told what the winner did")
                    .contains(accepted.status() == 200 ? "accepted" : "cancelled");
            boolean contacts = People.contactsOf(sender.token()).contains(recipient.id());
            assertThat(contacts).as("contacts exactly when the acceptance won").isEqualTo(accepted.status() == 200);
            assertThat(People.contactsOf(recipient.token()).contains(sender.id())).isEqualTo(contacts);
        }
    }

    @Test
    void askingSomeoneWhoAlreadyAskedYouMakesYouContacts() {
        var first = People.teacher("Nils", "IT");
        var second = People.teacher("Nora", "AT");
        String id = People.invite(first.token(), second.id()).json().get("id").asText();

        var crossing = People.invite(second.token(), first.id());

        assertThat(crossing.status()).as(crossing.body()).isIn(200, 201);
        assertThat(crossing.json().get("id").asText()).isEqualTo(id);
        assertThat(crossing.json().get("status").asText()).isEqualTo("ACCEPTED");
        assertThat(People.contactsOf(first.token())).containsExactly(second.id());
        assertThat(People.contactsOf(second.token())).containsExactly(first.id());
        assertThat(requestIds(first.token(), "outgoing")).isEmpty();
    }

    @Test
    void aDeclinedRequestMakesNoContactAndMayBeAskedAgain() {
        var sender = People.teacher("Oskar", "IT");
        var recipient = People.teacher("Ottilie", "DE");
        String id = People.invite(sender.token(), recipient.id()).json().get("id").asText();

        var declined = People.answer(recipient.token(), id, "decline");

        assertThat(declined.status()).as(declined.body()).isEqualTo(200);
        assertThat(declined.json().get("status").asText()).isEqualTo("DECLINED");
        assertThat(People.contactsOf(sender.token())).isEmpty();
        assertThat(People.contactsOf(recipient.token())).isEmpty();
        assertThat(requestIds(recipient.token(), "incoming")).isEmpty();
        People.assertProblem(People.answer(recipient.token(), id, "accept"), 409);
        var anew = People.invite(sender.token(), recipient.id());
        assertThat(anew.status()).isEqualTo(201);
        assertThat(anew.json().get("status").asText()).isEqualTo("PENDING");
        assertThat(anew.json().get("id").asText()).isNotEqualTo(id);
    }

    @Test
    void onlyTheRecipientAnswersAndOnlyTheSenderCancels() {
        var sender = People.teacher("Paul", "IT");
        var recipient = People.teacher("Pia", "IT");
        var stranger = People.teacher("Piet", "NL");
        String id = People.invite(sender.token(), recipient.id()).json().get("id").asText();

        People.assertProblem(People.answer(sender.token(), id, "accept"), 404);
        People.assertProblem(People.answer(stranger.token(), id, "accept"), 404);
        People.assertProblem(People.answer(stranger.token(), id, "decline"), 404);
        People.assertProblem(cancel(recipient.token(), id), 404);
        People.assertProblem(cancel(stranger.token(), id), 404);
        People.assertProblem(People.answer(recipient.token(), "no-such-request", "accept"), 404);
        assertThat(requestIds(recipient.token(), "incoming")).containsExactly(id);

        var cancelled = cancel(sender.token(), id);

        assertThat(cancelled.status()).as(cancelled.body()).isEqualTo(200);
        assertThat(cancelled.json().get("status").asText()).isEqualTo("CANCELLED");
        assertThat(requestIds(recipient.token(), "incoming")).isEmpty();
        People.assertProblem(People.answer(recipient.token(), id, "accept"), 409);
        assertThat(People.contactsOf(recipient.token())).isEmpty();
    }

    @Test
    void requestsToYourselfToStrangersOrToWhoRefusesThemAreRefused() {
        var me = People.teacher("Quentin", "IT");
        var closed = People.teacher("Quirina", "IT");
        var hidden = People.teacher("Quinn", "IT");
        var refusing = People.teacher("Quincy", "IT");
        People.choosePrivacy(hidden, "CONTACTS", true, false, false);
        var refused = People.choosePrivacy(refusing.token(), """
                {"visibility": "REGISTERED", "searchable": true, "indexable": false, "showEmail": false,
                 "acceptsContactRequests": false}
                """);
        assertThat(refused.status()).as(refused.body()).isEqualTo(200);
        assertThat(refused.json().get("acceptsContactRequests").asBoolean()).isFalse();

        People.assertRefused(People.invite(me.token(), me.id()), "to");
        People.assertRefused(Http.send("POST", REQUESTS, me.token(), "application/json", "{}"), "to");
        People.assertRefused(Http.send("POST", REQUESTS, me.token(), "application/json", null), "to");
        People.assertProblem(People.invite(me.token(), hidden.id()), 404);
        People.assertProblem(People.invite(me.token(), "b0000000-0000-4000-8000-00000000ffff"), 404);
        People.assertProblem(People.invite(me.token(), refusing.id()), 403);
        assertThat(People.profile(me.token(), refusing.id()).json().at("/relationship/acceptsRequests").asBoolean())
                .isFalse();
        People.makeContacts(me, closed);
        People.assertProblem(People.invite(me.token(), closed.id()), 409);
        People.assertProblem(People.invite(closed.token(), me.id()), 409);
        assertThat(requestIds(refusing.token(), "incoming")).isEmpty();
        assertThat(requestIds(hidden.token(), "incoming")).isEmpty();
    }

    @Test
    void aRequestIsAcceptedEvenWhenTheRecipientStoppedAcceptingNewOnes() {
        var sender = People.teacher("Rafael", "IT");
        var recipient = People.teacher("Rebekka", "DE");
        String id = People.invite(sender.token(), recipient.id()).json().get("id").asText();
        assertThat(People.choosePrivacy(recipient.token(), """
                {"visibility": "REGISTERED", "searchable": true, "indexable": false, "showEmail": false,
                 "acceptsContactRequests": false}
                """).status()).isEqualTo(200);

        var accepted = People.answer(recipient.token(), id, "accept");

        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
        assertThat(People.contactsOf(sender.token())).containsExactly(recipient.id());
    }

    @Test
    void aBadDirectionIsRefusedNamingTheField() {
        var me = People.teacher("Sven", "IT");

        People.assertRefused(Http.get(REQUESTS + "?direction=sideways", me.token()), "direction");
    }

    // --- contacts ---

    @Test
    void removingAContactEndsItForBothSides() {
        var one = People.teacher("Tobias", "IT");
        var other = People.teacher("Tilda", "SE");
        People.makeContacts(one, other);

        var removed = remove(one.token(), other.id());

        assertThat(removed.status()).as(removed.body()).isEqualTo(204);
        assertThat(People.contactsOf(one.token())).isEmpty();
        assertThat(People.contactsOf(other.token())).isEmpty();
        assertThat(People.profile(other.token(), one.id()).json().at("/relationship/contact").asBoolean()).isFalse();
        People.assertProblem(remove(one.token(), other.id()), 404);
        People.assertProblem(remove(other.token(), one.id()), 404);
        assertThat(People.invite(other.token(), one.id()).json().get("status").asText()).as("may ask anew")
                .isEqualTo("PENDING");
    }

    @Test
    void contactsArePagedMostRecentFirst() {
        var me = People.teacher("Ulrich", "IT");
        var older = People.teacher("Uma", "IT");
        var newer = People.teacher("Ursula", "IT");
        People.makeContacts(me, older);
        People.makeContacts(newer, me);

        var page = Http.get(API + "/v1/contacts?size=1", me.token());
        var all = Http.get(API + "/v1/contacts", me.token()).json();

        assertThat(page.status()).as(page.body()).isEqualTo(200);
        assertThat(page.json().get("total").asLong()).isEqualTo(2);
        assertThat(page.json().get("size").asInt()).isEqualTo(1);
        assertThat(People.ids(page.json().get("items"))).containsExactly(newer.id());
        assertThat(People.ids(all.get("items"))).containsExactly(newer.id(), older.id());
        assertThat(all.at("/items/0/name").asText()).isEqualTo(newer.name());
    }

    @Test
    void aPartnerSystemHasNoContacts() {
        People.assertProblem(Http.get(API + "/v1/contacts", Keycloak.partnerToken()), 403);
        People.assertProblem(People.invite(Keycloak.partnerToken(), People.JOSE), 403);
        People.assertProblem(Http.get(API + "/v1/contacts/feed", Keycloak.partnerToken()), 403);
    }

    private static Http.Answer cancel(String token, String requestId) {
        return Http.send("DELETE", REQUESTS + "/" + requestId, token, null, null);
    }

    private static Http.Answer remove(String token, String contactId) {
        return Http.send("DELETE", API + "/v1/contacts/" + contactId, token, null, null);
    }

    private static List<String> requestIds(String token, String direction) {
        var answer = Http.get(REQUESTS + (direction == null ? "" : "?direction=" + direction), token);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return People.ids(answer.json().get("items"));
    }

    private static List<String> people(List<JsonNode> feed) {
        return feed.stream().map(item -> item.at("/person/id").asText()).toList();
    }

    private static JsonNode item(List<JsonNode> feed, String personId, String kind) {
        return feed.stream()
                .filter(item -> item.at("/person/id").asText().equals(personId) && item.get("kind").asText().equals(kind))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " of " + personId + " in " + feed));
    }
}
