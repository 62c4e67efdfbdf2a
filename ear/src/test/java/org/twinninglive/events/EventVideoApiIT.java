package org.twinninglive.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.twinninglive.support.TestServers.API;
import static org.twinninglive.support.TestServers.APP;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.twinninglive.support.FakeOpenVidu;
import org.twinninglive.support.Http;
import org.twinninglive.support.People;
import org.twinninglive.support.Projects;
import org.twinninglive.support.RawHttp;

/**
 * The video rooms of online events (E3) through the API, on the tests' fake OpenVidu: organisers
 * join as moderators, registered participants as publishers, nobody else; the room opens 15
 * minutes before the start; 100 at once and the 101st told the room is full, until someone has
 * left; organisers close it; a video server that fails, hangs or is down is 503 at once or after
 * 2 s, keeps no seat and holds no thread, and the event's page is served all the same.
 */
@ExtendWith(ArquillianExtension.class)
class EventVideoApiIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String EVENTS = API + "/v1/events";

    private FakeOpenVidu openVidu;

    @BeforeEach
    void aVideoServer() {
        openVidu = FakeOpenVidu.start();
        openVidu.reset();
        People.pause(Duration.ofMillis(1100)); // past any pause an earlier failure started (TWINNING_VIDEO_PAUSE)
    }

    @AfterEach
    void normalAgain() {
        openVidu.reset();
    }

    @Test
    void organisersModerateRegisteredParticipantsPublishAndNobodyElseJoins() {
        var organiser = Projects.validatedTeacher("Olivia", "ES");
        var participant = People.teacher("Pau", "ES");
        var stranger = People.teacher("Quique", "ES");
        String id = organise(organiser.token(), e -> { }).json().get("id").asText();
        register(participant.token(), id);

        var asParticipant = token(participant.token(), id);
        assertThat(asParticipant.status()).as(asParticipant.body()).isEqualTo(200);
        assertThat(asParticipant.json().get("role").asText()).isEqualTo("PUBLISHER");
        assertThat(asParticipant.json().get("token").asText()).startsWith("wss://")
                .contains("sessionId=tl-event-" + id, "role=PUBLISHER");
        var asOrganiser = token(organiser.token(), id);
        assertThat(asOrganiser.status()).as(asOrganiser.body()).isEqualTo(200);
        assertThat(asOrganiser.json().get("role").asText()).isEqualTo("MODERATOR");
        assertThat(asOrganiser.json().get("token").asText()).contains("role=MODERATOR");
        var session = openVidu.session("tl-event-" + id).orElseThrow();
        assertThat(session.connections()).hasSize(2);
        assertThat(session.connections()).anySatisfy(c -> assertThat(c.serverData()).contains(participant.surname()));

        // joining again: a new token, the earlier connection ended, still one seat
        var again = token(participant.token(), id);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("token").asText()).isNotEqualTo(asParticipant.json().get("token").asText());
        assertThat(openVidu.session("tl-event-" + id).orElseThrow().connections()).hasSize(2);
        var room = Http.get(EVENTS + "/" + id + "/video-room", participant.token()).json();
        assertThat(room.get("state").asText()).isEqualTo("OPEN");
        assertThat(room.get("inRoom").asLong()).isEqualTo(2);
        assertThat(room.get("role").asText()).isEqualTo("PUBLISHER");
        assertThat(room.get("mayClose").asBoolean()).isFalse();

        // refusals: not registered (403), no token (401), a private event's id (404), face to face, not open yet
        var notRegistered = token(stranger.token(), id);
        People.assertProblem(notRegistered, 403);
        People.assertProblem(token(null, id), 401);
        String hidden = organise(organiser.token(), e -> e.put("visibility", "PRIVATE")).json().get("id").asText();
        People.assertProblem(token(stranger.token(), hidden), 404);
        People.assertProblem(Http.get(EVENTS + "/" + hidden + "/video-room", stranger.token()), 404);
        String faceToFace = organise(organiser.token(), e -> e.put("format", "FACE_TO_FACE").put("place", "Valencia"))
                .json().get("id").asText();
        Projects.assertRefusedAs(token(organiser.token(), faceToFace), "not-online");
        String later = organise(organiser.token(), e -> e.put("start", inHours(30).toString())
                .put("end", inHours(31).toString())).json().get("id").asText();
        Projects.assertRefusedAs(token(organiser.token(), later), "room-not-open");
        assertThat(openVidu.session("tl-event-" + later)).as("no room made for a refusal").isEmpty();

        // the attendance counts once, in the participant's progression and export
        var export = Http.get(API + "/v1/people/me/export", participant.token()).json();
        assertThat(export.get("progression").toString()).contains("event-attended").contains(id);
        assertThat(export.get("eventVideoSeats").toString()).contains(id).contains("PUBLISHER");
    }

    @Test
    void aHundredAreInTheRoomAndTheHundredAndFirstIsToldItIsFullUntilSomeoneLeaves() throws Exception {
        org.twinninglive.support.Passes.onlyInTheFirstPass("100 teachers take half a minute; the seats' row lock is the"
                + " registrations' one, whose concurrency EventsApiIT checks on PostgreSQL, and the room's rules run there"
                + " in this class's other tests");
        var organiser = Projects.validatedTeacher("Rut", "ES");
        String id = organise(organiser.token(), e -> e.put("capacity", 100)).json().get("id").asText();
        // 100 registered participants (the capacity): with the organiser, 101 who may join
        var people = Collections.synchronizedList(new ArrayList<People.Person>());
        try (var pool = Executors.newFixedThreadPool(6)) {
            var made = new ArrayList<Future<?>>();
            for (int i = 0; i < 100; i++) {
                made.add(pool.submit(() -> {
                    var person = People.teacher("Sol", "DE"); // no demo nss: their queue stays as the other tests expect
                    register(person.token(), id);
                    people.add(person);
                }));
            }
            for (var future : made) {
                future.get();
            }
        }
        assertThat(token(organiser.token(), id).status()).isEqualTo(200);

        // all at once: 99 of the 100 get in (the organiser holds a seat), one is told the room is full
        var barrier = new CyclicBarrier(people.size());
        var calls = new ArrayList<Callable<long[]>>();
        for (var person : people) {
            calls.add(() -> {
                barrier.await();
                long start = System.nanoTime();
                int status = token(person.token(), id).status();
                return new long[] {status, (System.nanoTime() - start) / 1_000_000};
            });
        }
        var answers = new ArrayList<long[]>();
        long all = System.nanoTime();
        try (var pool = Executors.newFixedThreadPool(people.size())) {
            for (Future<long[]> answer : pool.invokeAll(calls)) {
                answers.add(answer.get());
            }
        }
        long wall = (System.nanoTime() - all) / 1_000_000;
        var millis = answers.stream().mapToLong(a -> a[1]).sorted().toArray();
        System.out.printf("video-token, 100 concurrent joins on the fake OpenVidu: p50 %d ms, p95 %d ms, max %d ms,"
                + " all in %d ms%n", millis[49], millis[94], millis[99], wall);
        assertThat(answers).filteredOn(a -> a[0] == 200).hasSize(99);
        assertThat(answers).filteredOn(a -> a[0] == 409).hasSize(1);
        assertThat(openVidu.session("tl-event-" + id).orElseThrow().connections()).hasSize(100);
        assertThat(Http.get(EVENTS + "/" + id + "/video-room", organiser.token()).json().get("inRoom").asLong())
                .isEqualTo(100);

        // the one left out: full, said so; once someone has left the room (OpenVidu no longer holds them), in
        People.Person outside = null;
        for (var person : people) {
            var answer = token(person.token(), id);
            if (answer.status() == 409) {
                Projects.assertRefusedAs(answer, "room-full");
                outside = person;
                break;
            }
        }
        assertThat(outside).isNotNull();
        var someone = openVidu.session("tl-event-" + id).orElseThrow().connections().get(5);
        openVidu.drop("tl-event-" + id, someone.connectionId());
        var nowIn = token(outside.token(), id);
        assertThat(nowIn.status()).as(nowIn.body()).isEqualTo(200);
    }

    @Test
    void itsOrganisersCloseTheRoomAndNobodyJoinsAgain() {
        var organiser = Projects.validatedTeacher("Tania", "ES");
        var participant = People.teacher("Ugo", "ES");
        String id = organise(organiser.token(), e -> { }).json().get("id").asText();
        register(participant.token(), id);
        assertThat(token(participant.token(), id).status()).isEqualTo(200);

        People.assertProblem(Http.send("DELETE", EVENTS + "/" + id + "/video-room", participant.token(), null, null), 403);
        var closed = Http.send("DELETE", EVENTS + "/" + id + "/video-room", organiser.token(), null, null);
        assertThat(closed.status()).as(closed.body()).isEqualTo(200);
        assertThat(closed.json().get("state").asText()).isEqualTo("CLOSED");
        assertThat(openVidu.session("tl-event-" + id)).as("the OpenVidu session closed").isEmpty();
        assertThat(openVidu.closedSessions()).contains("tl-event-" + id);
        Projects.assertRefusedAs(token(participant.token(), id), "room-closed");
        Projects.assertRefusedAs(token(organiser.token(), id), "room-closed");
    }

    @Test
    void aVideoServerThatFailsHangsOrIsDownIs503KeepsNoSeatAndThePageIsServed() throws Exception {
        var organiser = Projects.validatedTeacher("Vera", "ES");
        var participant = People.teacher("Wenceslao", "ES");
        String id = organise(organiser.token(), e -> { }).json().get("id").asText();
        register(participant.token(), id);

        openVidu.behave(FakeOpenVidu.Mode.FAILING);
        assertUnavailable(token(participant.token(), id));
        assertThat(Http.get(EVENTS + "/" + id + "/video-room", participant.token()).json().get("inRoom").asLong())
                .as("no seat kept").isZero();
        var page = RawHttp.get(APP + "/events/" + id, null);
        assertThat(page.status()).as("the event's page is served").isEqualTo(200);
        assertThat(page.text()).contains("id=\"event-form:event-room\"");

        // hanging: no answer within 2 s is 503; twenty at once hold no thread (each gives up, or is told at once)
        People.pause(Duration.ofMillis(1100));
        openVidu.behave(FakeOpenVidu.Mode.SLOW);
        var calls = new ArrayList<Callable<long[]>>();
        for (int i = 0; i < 20; i++) {
            calls.add(() -> {
                long start = System.nanoTime();
                int status = token(participant.token(), id).status();
                return new long[] {status, (System.nanoTime() - start) / 1_000_000};
            });
        }
        try (var pool = Executors.newFixedThreadPool(20)) {
            for (Future<long[]> answer : pool.invokeAll(calls)) {
                assertThat(answer.get()[0]).isEqualTo(503);
                assertThat(answer.get()[1]).as("ms waited").isLessThan(8_000);
            }
        }

        People.pause(Duration.ofMillis(1100));
        openVidu.behave(FakeOpenVidu.Mode.DOWN);
        long start = System.nanoTime();
        assertUnavailable(token(participant.token(), id));
        assertThat((System.nanoTime() - start) / 1_000_000).as("refused at once").isLessThan(3_000);
        assertThat(RawHttp.get(APP + "/events/" + id, null).status()).isEqualTo(200);

        // back: joins again as soon as the pause is over
        openVidu.behave(FakeOpenVidu.Mode.NORMAL);
        People.pause(Duration.ofMillis(1100));
        var back = token(participant.token(), id);
        assertThat(back.status()).as(back.body()).isEqualTo(200);
        assertThat(back.json().get("role").asText()).isEqualTo("PUBLISHER");
    }

    private static void assertUnavailable(Http.Answer answer) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(503);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.json().get("type").asText()).endsWith("/video-unavailable");
        assertThat(answer.json().get("detail").asText()).doesNotContain("Exception").doesNotContain("openvidu.java");
    }

    private static Http.Answer token(String token, String id) {
        return Http.send("POST", EVENTS + "/" + id + "/video-token", token, null, null);
    }

    private static OffsetDateTime inHours(int hours) {
        return OffsetDateTime.now(ZoneOffset.ofHours(1)).plusHours(hours).truncatedTo(ChronoUnit.MINUTES);
    }

    /** An online public event starting in 5 minutes: its room is open. */
    private static Http.Answer organise(String token, Consumer<ObjectNode> change) {
        var event = JSON.createObjectNode().put("title", "Video meeting " + People.uniqueWord())
                .put("description", "<p>Cameras on.</p>").put("kind", "WORKSHOP").put("format", "ONLINE")
                .put("start", OffsetDateTime.now(ZoneOffset.UTC).plusMinutes(5).truncatedTo(ChronoUnit.SECONDS).toString())
                .put("end", OffsetDateTime.now(ZoneOffset.UTC).plusHours(1).truncatedTo(ChronoUnit.SECONDS).toString())
                .put("language", "en").put("visibility", "PUBLIC");
        change.accept(event);
        var made = Http.send("POST", EVENTS, token, "application/json", event.toString());
        assertThat(made.status()).as(made.body()).isEqualTo(201);
        return made;
    }

    private static void register(String token, String id) {
        var answer = Http.send("POST", EVENTS + "/" + id + "/registrations", token, null, null);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    }
}
