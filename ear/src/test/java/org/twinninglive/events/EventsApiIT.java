package org.twinninglive.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.twinninglive.support.TestServers.API;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.twinninglive.support.Http;
import org.twinninglive.support.People;
import org.twinninglive.support.Projects;

/**
 * Events through the API (E1, E2, E7): what organising checks, naming the field; a public event
 * for everyone, visitors too; a private one for its organisers and the people invited alone (404
 * elsewhere, absent from every list); invitations told and declined; seats first come first
 * served, a waiting list whose first person takes a freed seat (and is told), a full event
 * without one refusing; the last seats under concurrent registrations; a cancellation told by
 * mail, after which nothing changes; the search's filters.
 */
@ExtendWith(ArquillianExtension.class)
class EventsApiIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String EVENTS = API + "/v1/events";

    @Test
    void organisingChecksEveryFieldAndNamesTheWrongOne() {
        var organiser = Projects.validatedTeacher("Olga", "ES");
        People.assertRefused(organise(organiser.token(), e -> e.put("end", in(1).minusHours(2).toString())), "end");
        People.assertRefused(organise(organiser.token(), e -> e.put("start", in(-1).toString())), "start");
        People.assertRefused(organise(organiser.token(), e -> e.put("start", "next monday")), "start");
        People.assertRefused(organise(organiser.token(), e -> e.put("capacity", 0)), "capacity");
        People.assertRefused(organise(organiser.token(), e -> e.put("capacity", 101)), "capacity");
        People.assertRefused(organise(organiser.token(), e -> e.put("format", "FACE_TO_FACE")), "place");
        People.assertRefused(organise(organiser.token(), e -> e.put("kind", "PARTY")), "kind");
        People.assertRefused(organise(organiser.token(), e -> e.put("visibility", "")), "visibility");
        People.assertRefused(organise(organiser.token(), e -> e.put("title", "")), "title");
        People.assertRefused(organise(organiser.token(), e -> e.put("end", in(20).toString())), "end");
        People.assertProblem(organise(null, e -> { }), 401);
        People.assertProblem(organise(People.newcomer("Nil", "ES").token(), e -> { }), 403);

        String title = "Coding workshop " + People.uniqueWord();
        var made = organise(organiser.token(), e -> e.put("title", title)
                .put("description", "<p>Bring a <strong>laptop</strong>.</p><script>alert(1)</script>")
                .put("capacity", 30));
        assertThat(made.status()).as(made.body()).isEqualTo(201);
        var event = made.json();
        assertThat(event.get("title").asText()).isEqualTo(title);
        assertThat(event.get("description").asText()).contains("<strong>laptop</strong>").doesNotContain("script");
        assertThat(event.get("seatsLeft").asLong()).isEqualTo(30);
        assertThat(event.get("timeZone").asText()).as("the organiser's zone").isEqualTo("Europe/Madrid");
        assertThat(People.texts(event.get("actions"))).contains("EDIT", "CANCEL", "INVITE").doesNotContain("REGISTER");
        String id = event.get("id").asText();

        var visitor = Http.get(EVENTS + "/" + id, null);
        assertThat(visitor.status()).as(visitor.body()).isEqualTo(200);
        assertThat(People.texts(visitor.json().get("actions"))).isEmpty();
        assertThat(visitor.json().at("/organisers/0/id").asText()).isEqualTo(organiser.id());
        var changed = Http.send("PUT", EVENTS + "/" + id, organiser.token(), "application/json",
                body(e -> e.put("title", title + " (room 2)")).toString());
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(changed.json().get("title").asText()).endsWith("(room 2)");
        People.assertProblem(Http.send("PUT", EVENTS + "/" + id, Projects.validatedTeacher("Pia", "ES").token(),
                "application/json", body(e -> { }).toString()), 403);
        var export = Http.get(API + "/v1/people/me/export", organiser.token()).json();
        assertThat(export.get("progression").toString()).contains("event-organised").contains(id);
        assertThat(export.get("events").toString()).contains(id);
    }

    @Test
    void aPrivateEventExistsForItsOrganisersAndTheInvitedAlone() {
        var organiser = Projects.validatedTeacher("Paula", "ES");
        var guest = Projects.validatedTeacher("Quim", "ES");
        var stranger = Projects.validatedTeacher("Rosa", "ES");
        String word = People.uniqueWord();
        String id = organise(organiser.token(), e -> e.put("title", "Planning " + word).put("visibility", "PRIVATE"))
                .json().get("id").asText();

        for (String token : new String[]{null, stranger.token(), guest.token()}) {
            People.assertProblem(Http.get(EVENTS + "/" + id, token), 404);
            assertThat(found(token, word)).as("absent from the list").doesNotContain(id);
            People.assertProblem(Http.send("POST", EVENTS + "/" + id + "/registrations", token == null
                    ? stranger.token() : token, null, null), 404);
        }
        assertThat(found(organiser.token(), word)).containsExactly(id);
        People.assertRefused(invite(organiser.token(), id, UUID.randomUUID().toString()), "userIds");

        var invited = invite(organiser.token(), id, guest.id());
        assertThat(invited.status()).as(invited.body()).isEqualTo(200);
        var seen = Http.get(EVENTS + "/" + id, guest.token());
        assertThat(seen.status()).isEqualTo(200);
        assertThat(seen.json().get("myInvitation").asText()).isEqualTo("PENDING");
        assertThat(People.texts(seen.json().get("actions"))).contains("REGISTER", "DECLINE");
        assertThat(found(guest.token(), word)).containsExactly(id);
        var told = Http.get(API + "/v1/notifications?size=100", guest.token());
        assertThat(People.list(told.json().get("items"))).anyMatch(n -> n.get("kind").asText()
                .equals("event-invitation") && n.get("link").asText().equals("/events/" + id));
        People.assertProblem(Http.get(EVENTS + "/" + id, stranger.token()), 404);

        var registered = Http.send("POST", EVENTS + "/" + id + "/registrations", guest.token(), null, null);
        assertThat(registered.status()).as(registered.body()).isEqualTo(200);
        assertThat(registered.json().get("myRegistration").asText()).isEqualTo("REGISTERED");
        assertThat(registered.json().get("myInvitation").asText()).as("registering accepts").isEqualTo("ACCEPTED");
        var declined = Http.send("DELETE", EVENTS + "/" + id + "/invitations/me", guest.token(), null, null);
        assertThat(declined.status()).as(declined.body()).isEqualTo(204);
        var after = Http.get(EVENTS + "/" + id, guest.token()).json();
        assertThat(after.get("myInvitation").asText()).isEqualTo("DECLINED");
        assertThat(after.path("myRegistration").isMissingNode() || after.path("myRegistration").isNull())
                .as("declining ends the registration").isTrue();
        assertThat(after.get("participants").asLong()).isZero();
        Projects.assertRefusedAs(Http.send("DELETE", EVENTS + "/" + id + "/invitations/me", organiser.token(),
                null, null), "not-invited");
    }

    @Test
    void aFullEventPutsPeopleOnItsWaitingListAndAFreedSeatGoesToTheFirst() {
        var organiser = Projects.validatedTeacher("Sara", "ES");
        var ana = Projects.validatedTeacher("Ana", "ES");
        var ben = Projects.validatedTeacher("Ben", "FR");
        var cai = Projects.validatedTeacher("Cai", "FR");
        String id = organise(organiser.token(), e -> e.put("format", "FACE_TO_FACE").put("place", "Sala 3, Madrid")
                .put("capacity", 2)).json().get("id").asText();
        assertThat(register(ana.token(), id).get("myRegistration").asText()).isEqualTo("REGISTERED");
        assertThat(register(ben.token(), id).get("myRegistration").asText()).isEqualTo("REGISTERED");
        var waiting = register(cai.token(), id);
        assertThat(waiting.get("myRegistration").asText()).isEqualTo("WAITING");
        assertThat(waiting.get("seatsLeft").asLong()).isZero();
        assertThat(waiting.get("waiting").asLong()).isEqualTo(1);
        assertThat(register(cai.token(), id).get("myRegistration").asText()).as("again: nothing new").isEqualTo("WAITING");
        Projects.assertRefusedAs(Http.send("POST", EVENTS + "/" + id + "/registrations", organiser.token(), null,
                null), "organiser");

        var left = Http.send("DELETE", EVENTS + "/" + id + "/registrations/me", ben.token(), null, null);
        assertThat(left.status()).as(left.body()).isEqualTo(204);
        var promoted = Http.get(EVENTS + "/" + id, cai.token()).json();
        assertThat(promoted.get("myRegistration").asText()).isEqualTo("REGISTERED");
        assertThat(promoted.get("waiting").asLong()).isZero();
        var told = Http.get(API + "/v1/notifications?size=100", cai.token());
        assertThat(People.list(told.json().get("items"))).anyMatch(n -> n.get("kind").asText().equals("event-seat"));

        // more seats go to those waiting, before any newcomer
        var dan = Projects.validatedTeacher("Dan", "FR");
        var eva = Projects.validatedTeacher("Eva", "FR");
        assertThat(register(dan.token(), id).get("myRegistration").asText()).isEqualTo("WAITING");
        var larger = Http.send("PUT", EVENTS + "/" + id, organiser.token(), "application/json", body(e -> e
                .put("format", "FACE_TO_FACE").put("place", "Sala 3, Madrid").put("capacity", 3)).toString());
        assertThat(larger.status()).as(larger.body()).isEqualTo(200);
        assertThat(Http.get(EVENTS + "/" + id, dan.token()).json().get("myRegistration").asText()).isEqualTo("REGISTERED");
        assertThat(register(eva.token(), id).get("myRegistration").asText()).as("full again").isEqualTo("WAITING");
        People.assertRefused(Http.send("PUT", EVENTS + "/" + id, organiser.token(), "application/json", body(e -> e
                .put("format", "FACE_TO_FACE").put("place", "Sala 3, Madrid").put("capacity", 2)).toString()), "capacity");

        String strict = organise(organiser.token(), e -> e.put("capacity", 1).put("waitingList", false))
                .json().get("id").asText();
        register(ana.token(), strict);
        Projects.assertRefusedAs(Http.send("POST", EVENTS + "/" + strict + "/registrations", ben.token(), null, null),
                "event-full");
    }

    @Test
    void theLastSeatsGoToAsManyAsThereAreWhenManyRegisterAtOnce() throws Exception {
        var organiser = Projects.validatedTeacher("Tere", "ES");
        String id = organise(organiser.token(), e -> e.put("capacity", 3).put("waitingList", false))
                .json().get("id").asText();
        var people = new ArrayList<People.Person>();
        for (int i = 0; i < 6; i++) {
            people.add(People.teacher("Uxue", "ES"));
        }
        var barrier = new CyclicBarrier(people.size());
        var calls = new ArrayList<Callable<Integer>>();
        for (var person : people) {
            calls.add(() -> {
                barrier.await();
                return Http.send("POST", EVENTS + "/" + id + "/registrations", person.token(), null, null).status();
            });
        }
        var statuses = new ArrayList<Integer>();
        try (var pool = Executors.newFixedThreadPool(people.size())) {
            for (Future<Integer> answer : pool.invokeAll(calls)) {
                statuses.add(answer.get());
            }
        }
        assertThat(statuses).filteredOn(s -> s == 200).hasSize(3);
        assertThat(statuses).filteredOn(s -> s == 409).hasSize(3);
        assertThat(Http.get(EVENTS + "/" + id, null).json().get("participants").asLong()).isEqualTo(3);
    }

    @Test
    void aCancelledEventIsToldByMailAndChangesNoMore() {
        var organiser = Projects.validatedTeacher("Vega", "ES");
        var participant = Projects.validatedTeacher("Wim", "FR");
        String title = "Partner search " + People.uniqueWord();
        String id = organise(organiser.token(), e -> e.put("title", title).put("kind", "PARTNER_SEARCH_SESSION"))
                .json().get("id").asText();
        register(participant.token(), id);
        People.assertProblem(Http.send("DELETE", EVENTS + "/" + id, participant.token(), null, null), 403);

        var cancelled = Http.send("DELETE", EVENTS + "/" + id, organiser.token(), null, null);
        assertThat(cancelled.status()).as(cancelled.body()).isEqualTo(200);
        assertThat(cancelled.json().get("status").asText()).isEqualTo("CANCELLED");
        Projects.awaitMail(participant.email(), "An event you registered for is cancelled");
        Projects.assertRefusedAs(Http.send("POST", EVENTS + "/" + id + "/registrations",
                Projects.validatedTeacher("Xan", "ES").token(), null, null), "event-cancelled");
        Projects.assertRefusedAs(Http.send("PUT", EVENTS + "/" + id, organiser.token(), "application/json",
                body(e -> { }).toString()), "event-cancelled");
        Projects.assertRefusedAs(Http.send("DELETE", EVENTS + "/" + id, organiser.token(), null, null),
                "event-cancelled");
        assertThat(found(organiser.token(), title.split(" ")[2])).as("not listed").doesNotContain(id);
    }

    @Test
    void theListFiltersByWordsKindFormatLanguageAndTime() {
        var organiser = Projects.validatedTeacher("Yago", "ES");
        String word = People.uniqueWord();
        String soon = organise(organiser.token(), e -> e.put("title", "Robots " + word).put("kind", "WORKSHOP")
                .put("language", "es")).json().get("id").asText();
        String later = organise(organiser.token(), e -> e.put("title", "Poems " + word).put("kind", "OTHER")
                .put("format", "FACE_TO_FACE").put("place", "Lyon").put("start", in(30).toString())
                .put("end", in(30).plusHours(2).toString())).json().get("id").asText();
        assertThat(found(null, word)).as("soonest first, for visitors too").containsExactly(soon, later);
        assertThat(ids("q=" + word + "&kind=WORKSHOP")).containsExactly(soon);
        assertThat(ids("q=" + word + "&format=FACE_TO_FACE")).containsExactly(later);
        assertThat(ids("q=" + word + "&language=es")).containsExactly(soon);
        assertThat(ids("q=" + word + "&from=" + in(20).toString().replace("+", "%2B"))).containsExactly(later);
        assertThat(ids("q=" + word + "&to=" + in(10).toString().replace("+", "%2B"))).containsExactly(soon);
        People.assertRefused(Http.get(EVENTS + "?kind=PARTY", null), "kind");
        People.assertRefused(Http.get(EVENTS + "?from=tomorrow", null), "from");
    }

    @Test
    void theICalendarOfAnEventKeepsItsZoneAndItsChangesAndSaysWhenItIsCancelled() throws Exception {
        var organiser = Projects.validatedTeacher("Zoe", "ES");
        String title = "Calendar " + People.uniqueWord();
        String id = organise(organiser.token(), e -> e.put("title", title).put("timeZone", "Europe/Madrid")
                .put("format", "FACE_TO_FACE").put("place", "Aula 5, Sevilla")).json().get("id").asText();

        var first = calendar(id, null);
        var event = first.<net.fortuna.ical4j.model.component.VEvent>getComponent("VEVENT").orElseThrow();
        assertThat(event.getRequiredProperty("UID").getValue()).isEqualTo(id + "@twinning-live");
        assertThat(event.getRequiredProperty("SUMMARY").getValue()).isEqualTo(title);
        assertThat(event.getRequiredProperty("LOCATION").getValue()).isEqualTo("Aula 5, Sevilla");
        assertThat(event.getRequiredProperty("SEQUENCE").getValue()).isEqualTo("0");
        assertThat(event.getRequiredProperty("STATUS").getValue()).isEqualTo("CONFIRMED");
        assertThat(event.getRequiredProperty("DTSTART").getParameter("TZID").orElseThrow().getValue())
                .isEqualTo("Europe/Madrid");
        assertThat(first.getComponents("VTIMEZONE")).as("the zone it names, described").hasSize(1);
        assertThat(first.getComponent("VTIMEZONE").orElseThrow().getRequiredProperty("TZID").getValue())
                .isEqualTo("Europe/Madrid");

        Http.send("PUT", EVENTS + "/" + id, organiser.token(), "application/json", body(e -> e.put("title", title)
                .put("timeZone", "Europe/Madrid").put("format", "FACE_TO_FACE").put("place", "Aula 6, Sevilla"))
                .toString());
        var changed = calendar(id, null).<net.fortuna.ical4j.model.component.VEvent>getComponent("VEVENT").orElseThrow();
        assertThat(changed.getRequiredProperty("SEQUENCE").getValue()).isEqualTo("1");
        assertThat(changed.getRequiredProperty("LOCATION").getValue()).isEqualTo("Aula 6, Sevilla");
        Http.send("DELETE", EVENTS + "/" + id, organiser.token(), null, null);
        var cancelled = calendar(id, null).<net.fortuna.ical4j.model.component.VEvent>getComponent("VEVENT")
                .orElseThrow();
        assertThat(cancelled.getRequiredProperty("STATUS").getValue()).isEqualTo("CANCELLED");
        assertThat(cancelled.getRequiredProperty("SEQUENCE").getValue()).isEqualTo("2");

        String secret = organise(organiser.token(), e -> e.put("visibility", "PRIVATE")).json().get("id").asText();
        assertThat(org.twinninglive.support.RawHttp.get(EVENTS + "/" + secret + ".ics", null).status())
                .as("a private event's calendar does not exist for others").isEqualTo(404);
        assertThat(calendar(secret, organiser.token()).getComponents("VEVENT")).hasSize(1);
    }

    private static net.fortuna.ical4j.model.Calendar calendar(String id, String token) throws Exception {
        var answer = org.twinninglive.support.RawHttp.get(EVENTS + "/" + id + ".ics", token);
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.header("Content-Type")).startsWith("text/calendar");
        return new net.fortuna.ical4j.data.CalendarBuilder().build(new java.io.StringReader(
                new String(answer.body(), java.nio.charset.StandardCharsets.UTF_8)));
    }

    @Test
    void anEventsForumIsItsReadersAndItsOrganisersModerateIt() {
        var organiser = Projects.validatedTeacher("Abril", "ES");
        var teacher = Projects.validatedTeacher("Bruno", "FR");
        var other = Projects.validatedTeacher("Celia", "ES");
        String id = organise(organiser.token(), e -> { }).json().get("id").asText();
        String posts = EVENTS + "/" + id + "/posts";

        People.assertProblem(Http.get(posts, null), 404);
        var opened = Http.send("POST", posts, teacher.token(), "application/json",
                "{\"title\": \"Which software?\", \"body\": \"<p>Scratch or Python?</p><script>x()</script>\"}");
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        assertThat(opened.json().at("/posts/items/0/body").asText()).doesNotContain("script");
        String threadId = opened.json().at("/thread/id").asText();
        var replied = Http.send("POST", posts + "/" + threadId + "/replies", other.token(), "application/json",
                "{\"body\": \"<p>Scratch first.</p>\"}");
        assertThat(replied.status()).as(replied.body()).isEqualTo(201);
        var told = Http.get(API + "/v1/notifications?size=100", teacher.token());
        assertThat(People.list(told.json().get("items"))).anyMatch(n -> n.get("kind").asText().equals("discussion-reply")
                && n.get("link").asText().equals("/events/" + id + "?thread=" + threadId));
        assertThat(Http.get(API + "/v1/people/me/export", teacher.token()).json().get("progression").toString())
                .contains("event-forum-post");

        People.assertProblem(Http.send("PUT", posts + "/" + threadId, teacher.token(), "application/json",
                "{\"pinned\": true}"), 403);
        var pinned = Http.send("PUT", posts + "/" + threadId, organiser.token(), "application/json",
                "{\"pinned\": true}");
        assertThat(pinned.status()).as(pinned.body()).isEqualTo(200);
        var removed = Http.send("POST", EVENTS + "/" + id + "/post-removals", organiser.token(), "application/json",
                "{\"postId\": \"" + replied.json().get("id").asText() + "\", \"reason\": \"Off topic.\"}");
        assertThat(removed.status()).as(removed.body()).isEqualTo(200);
        assertThat(removed.json().get("removed").asBoolean()).isTrue();

        Http.send("DELETE", EVENTS + "/" + id, organiser.token(), null, null);
        Projects.assertRefusedAs(Http.send("POST", posts + "/" + threadId + "/replies", other.token(),
                "application/json", "{\"body\": \"<p>Too late.</p>\"}"), "event-cancelled");
        assertThat(Http.get(posts, other.token()).status()).as("still read").isEqualTo(200);

        String secret = organise(organiser.token(), e -> e.put("visibility", "PRIVATE")).json().get("id").asText();
        People.assertProblem(Http.get(EVENTS + "/" + secret + "/posts", other.token()), 404);
        invite(organiser.token(), secret, other.id());
        assertThat(Http.get(EVENTS + "/" + secret + "/posts", other.token()).status()).isEqualTo(200);
    }

    // --- helpers ---

    private static OffsetDateTime in(int days) {
        return OffsetDateTime.now(ZoneOffset.ofHours(1)).plusDays(days).truncatedTo(ChronoUnit.HOURS);
    }

    private static ObjectNode body(Consumer<ObjectNode> change) {
        var event = JSON.createObjectNode().put("title", "An event " + People.uniqueWord())
                .put("description", "<p>Welcome.</p>").put("kind", "WORKSHOP").put("format", "ONLINE")
                .put("start", in(3).toString()).put("end", in(3).plusHours(1).toString()).put("language", "en")
                .put("visibility", "PUBLIC");
        change.accept(event);
        return event;
    }

    private static Http.Answer organise(String token, Consumer<ObjectNode> change) {
        return Http.send("POST", EVENTS, token, "application/json", body(change).toString());
    }

    private static Http.Answer invite(String token, String id, String userId) {
        return Http.send("POST", EVENTS + "/" + id + "/invitations", token, "application/json",
                "{\"userIds\": [\"" + userId + "\"]}");
    }

    private static JsonNode register(String token, String id) {
        var answer = Http.send("POST", EVENTS + "/" + id + "/registrations", token, null, null);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json();
    }

    private static List<String> found(String token, String word) {
        var answer = Http.get(EVENTS + "?q=" + word + "&size=50", token);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return People.ids(answer.json().get("items"));
    }

    private static List<String> ids(String query) {
        var answer = Http.get(EVENTS + "?" + query, null);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return People.ids(answer.json().get("items"));
    }
}
