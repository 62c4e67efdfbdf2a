package org.twinninglive.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.twinninglive.support.People.text;
import static org.twinninglive.support.TestServers.API;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.twinninglive.support.Contract;
import org.twinninglive.support.Http;
import org.twinninglive.support.Keycloak;
import org.twinninglive.support.People;
import org.twinninglive.support.People.Person;

/** Internal mail (N3) through the API: threads, replies, unread counts, folders, search, refusals, U5. */
@ExtendWith(ArquillianExtension.class)
class MessagesApiIT {

    private static final String MESSAGES = API + "/v1/messages";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    // --- writing and reading ---

    @Test
    void aContactReadsTheMessageWithItsBodySanitised() throws Exception {
        var writer = People.teacher("Amelia", "ES");
        var reader = People.teacher("Bruno", "FR");
        People.makeContacts(writer, reader);

        var sent = postForLocation(writer.token(), MESSAGES, body(List.of(reader.id()), "Our project",
                "<p>Hello <b>partner</b></p><script>alert('x')</script>", List.of()));

        assertThat(sent.status()).as(sent.body()).isEqualTo(201);
        var thread = JSON.readTree(sent.body());
        String id = thread.get("id").asText();
        assertThat(sent.location()).as("the thread's address").endsWith("/api/v1/messages/threads/" + id);
        assertThat(thread.get("subject").asText()).isEqualTo("Our project");
        assertThat(People.ids(thread.get("participants"))).containsExactlyInAnyOrder(writer.id(), reader.id());
        var first = thread.at("/messages/items/0");
        assertThat(first.get("body").asText()).contains("Hello").contains("partner").doesNotContain("script")
                .doesNotContain("alert");
        assertThat(first.get("bodyText").asText()).contains("Hello partner").doesNotContain("<");
        assertThat(first.at("/author/id").asText()).isEqualTo(writer.id());
        assertThat(OffsetDateTime.parse(first.get("sentAt").asText())).as("ISO-8601 with an offset").isNotNull();

        var read = Http.get(MESSAGES + "/threads/" + id, reader.token());
        assertThat(read.status()).as(read.body()).isEqualTo(200);
        assertThat(read.json().get("unread").asBoolean()).isTrue();
        assertThat(read.json().at("/messages/items/0/body").asText()).isEqualTo(first.get("body").asText());
        assertThat(read.json().at("/messages/total").asLong()).isEqualTo(1);
        assertThat(unread(reader)).as("reading through GET does not mark it read").isEqualTo(1);
        assertThat(unread(writer)).as("one's own message is read").isZero();

        var marked = Http.send("POST", MESSAGES + "/threads/" + id + "/read", reader.token(), null, null);
        assertThat(marked.status()).as(marked.body()).isEqualTo(204);
        assertThat(unread(reader)).isZero();
        assertThat(Http.get(MESSAGES + "/threads/" + id, reader.token()).json().get("unread").asBoolean()).isFalse();
    }

    @Test
    void threeParticipantsReplyAndTheUnreadCountsFollow() {
        var ana = People.teacher("Ana", "ES");
        var ben = People.teacher("Ben", "IE");
        var cleo = People.teacher("Cleo", "GR");
        People.makeContacts(ana, ben);
        People.makeContacts(ana, cleo);

        String id = startThread(ana, List.of(ben.id(), cleo.id()), "Three schools", "<p>Shall we?</p>");
        assertThat(unread(ben)).isEqualTo(1);
        assertThat(unread(cleo)).isEqualTo(1);

        markRead(ben, id);
        assertThat(unread(ben)).isZero();

        var reply = reply(cleo, id, "<p>Yes, from Athens.</p>");
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        assertThat(reply.json().at("/author/id").asText()).isEqualTo(cleo.id());
        assertThat(unread(ana)).isEqualTo(1);
        assertThat(unread(ben)).as("unread again: something new").isEqualTo(1);
        assertThat(unread(cleo)).isZero();

        assertThat(reply(ben, id, "<p>And from Dublin.</p>").status()).isEqualTo(201);
        assertThat(unread(ana)).as("threads are counted, not messages").isEqualTo(1);

        var thread = Http.get(MESSAGES + "/threads/" + id, ana.token()).json();
        assertThat(People.ids(thread.get("participants"))).containsExactlyInAnyOrder(ana.id(), ben.id(), cleo.id());
        var authors = People.list(thread.at("/messages/items")).stream().map(m -> m.at("/author/id").asText()).toList();
        assertThat(authors).as("oldest first").containsExactly(ana.id(), cleo.id(), ben.id());
        var page = Http.get(MESSAGES + "/threads/" + id + "?page=1&size=2", ana.token()).json();
        assertThat(page.at("/messages/total").asLong()).isEqualTo(3);
        assertThat(People.list(page.at("/messages/items"))).hasSize(1);

        markRead(ana, id);
        assertThat(unread(ana)).isZero();
    }

    @Test
    void theInboxHoldsWhatOthersWroteAndTheSentFolderWhatIWrote() {
        var me = People.teacher("Dora", "ES");
        var other = People.teacher("Emil", "DE");
        People.makeContacts(me, other);
        String mine = startThread(me, List.of(other.id()), "Excursión a Sevilla", "<p>Los alumnos llegan el lunes.</p>");
        String theirs = startThread(other, List.of(me.id()), "Timetable", "<p>Our week plan.</p>");

        assertThat(threads(me, "inbox", null)).containsExactly(theirs);
        assertThat(threads(me, null, null)).as("the inbox by default").containsExactly(theirs);
        assertThat(threads(me, "sent", null)).containsExactly(mine);

        assertThat(reply(other, mine, "<p>Wunderbar!</p>").status()).isEqualTo(201);

        assertThat(threads(me, "inbox", null)).as("latest received first").containsExactly(mine, theirs);
        assertThat(threads(other, "sent", null)).containsExactlyInAnyOrder(mine, theirs);
        var row = People.list(Http.get(MESSAGES + "/threads?folder=inbox", me.token()).json().get("items")).get(0);
        assertThat(row.get("unread").asBoolean()).isTrue();
        assertThat(row.get("subject").asText()).isEqualTo("Excursión a Sevilla");
        assertThat(People.ids(row.get("with"))).containsExactly(other.id());
        assertThat(text(row, "at")).isNotBlank();
    }

    @Test
    void searchFindsSubjectsAndTextsWithoutCaseOrAccentsInMyThreadsOnly() {
        var me = People.teacher("Fina", "ES");
        var other = People.teacher("Goran", "HR");
        var stranger = People.teacher("Hanne", "NO");
        People.makeContacts(me, other);
        People.makeContacts(stranger, other);
        String word = People.uniqueWord();
        String bySubject = startThread(me, List.of(other.id()), "Excursión " + word, "<p>Details soon.</p>");
        String byText = startThread(me, List.of(other.id()), "Plans", "<p>The " + word + " museum, ÉTÉ 2027.</p>");
        startThread(stranger, List.of(other.id()), "Excursion " + word, "<p>Not yours.</p>");

        assertThat(threads(me, "sent", word.toLowerCase())).containsExactlyInAnyOrder(bySubject, byText);
        assertThat(threads(me, "sent", "EXCURSION " + word)).as("accents and case ignored").containsExactly(bySubject);
        assertThat(threads(me, "sent", "ete 2027")).containsExactly(byText);
        assertThat(threads(me, "inbox", word)).as("nothing received yet").isEmpty();
        assertThat(threads(me, "sent", "100%_")).as("wildcards are plain characters").isEmpty();
        assertThat(threads(other, "inbox", word)).hasSize(3);

        People.assertRefused(Http.get(MESSAGES + "/threads?q=" + "x".repeat(201), me.token()), "q");
        People.assertRefused(Http.get(MESSAGES + "/threads?folder=drafts", me.token()), "folder");
    }

    // --- refusals ---

    @Test
    void aMessageNeedsRecipientsASubjectAndABody() {
        var me = People.teacher("Ivo", "PT");
        var contact = People.teacher("Joana", "PT");
        People.makeContacts(me, contact);
        var to = List.of(contact.id());

        People.assertRefused(send(me, "{\"subject\": \"Hi\", \"body\": \"<p>Hi</p>\"}"), "to");
        People.assertRefused(send(me, body(List.of(), "Hi", "<p>Hi</p>", List.of())), "to");
        var many = IntStream.range(0, 21).mapToObj(i -> UUID.randomUUID().toString()).toList();
        People.assertRefused(send(me, body(many, "Hi", "<p>Hi</p>", List.of())), "to");
        People.assertRefused(send(me, body(List.of(me.id()), "Hi", "<p>Hi</p>", List.of())), "to");
        People.assertRefused(send(me, body(to, "  ", "<p>Hi</p>", List.of())), "subject");
        People.assertRefused(send(me, body(to, "s".repeat(201), "<p>Hi</p>", List.of())), "subject");
        People.assertRefused(send(me, body(to, "Line\u202Ebreak", "<p>Hi</p>", List.of())), "subject");
        People.assertRefused(send(me, body(to, "Hi", "   ", List.of())), "body");
        People.assertRefused(send(me, body(to, "Hi", "<p></p><script>alert(1)</script>", List.of())), "body");
        People.assertRefused(send(me, body(to, "Hi", "<p>" + "a".repeat(20_001) + "</p>", List.of())), "body");
        var files = IntStream.range(0, 11).mapToObj(i -> UUID.randomUUID().toString()).toList();
        People.assertRefused(send(me, body(to, "Hi", "<p>Hi</p>", files)), "attachments");
        People.assertRefused(send(me, "{}"), "to");

        assertThat(threads(me, "sent", null)).as("nothing was sent").isEmpty();
        assertThat(unread(contact)).isZero();
    }

    @Test
    void anUnknownOrHiddenRecipientIsNotFoundAlikeAndOthersAreRefusedWithTheReason() {
        var me = People.teacher("Kasper", "DK");
        var hidden = People.teacher("Lotte", "DK");
        var visible = People.teacher("Mads", "DK");
        var closed = People.teacher("Nanna", "DK");
        People.choosePrivacy(hidden, "CONTACTS", true, false, false);
        People.makeContacts(me, closed);
        var off = People.choosePrivacy(closed.token(), """
                {"visibility": "REGISTERED", "searchable": true, "indexable": false, "showEmail": false,
                 "acceptsMessages": false}
                """);
        assertThat(off.status()).as(off.body()).isEqualTo(200);

        var unknown = send(me, body(List.of(UUID.randomUUID().toString()), "Hi", "<p>Hi</p>", List.of()));
        var secret = send(me, body(List.of(hidden.id()), "Hi", "<p>Hi</p>", List.of()));
        People.assertProblem(unknown, 404);
        People.assertProblem(secret, 404);
        assertThat(text(secret.json(), "detail")).as("no hint that a hidden person exists")
                .isEqualTo(text(unknown.json(), "detail"));

        var stranger = send(me, body(List.of(visible.id()), "Hi", "<p>Hi</p>", List.of()));
        People.assertProblem(stranger, 403);
        assertThat(text(stranger.json(), "detail")).contains("You can write to your contacts");

        var refused = send(me, body(List.of(closed.id()), "Hi", "<p>Hi</p>", List.of()));
        People.assertProblem(refused, 403);
        assertThat(text(refused.json(), "detail")).contains("does not accept messages");

        assertThat(unread(closed)).isZero();
        assertThat(unread(visible)).isZero();
    }

    @Test
    void someoneElsesThreadDoesNotExistForMe() {
        var a = People.teacher("Olga", "PL");
        var b = People.teacher("Piotr", "PL");
        var outsider = People.teacher("Rafal", "PL");
        People.makeContacts(a, b);
        People.makeContacts(a, outsider);
        String id = startThread(a, List.of(b.id()), "Just us", "<p>Private.</p>");

        People.assertProblem(Http.get(MESSAGES + "/threads/" + id, outsider.token()), 404);
        People.assertProblem(reply(outsider, id, "<p>Me too</p>"), 404);
        People.assertProblem(Http.send("POST", MESSAGES + "/threads/" + id + "/read", outsider.token(), null, null), 404);
        People.assertProblem(Http.get(MESSAGES + "/threads/" + UUID.randomUUID(), a.token()), 404);
        assertThat(threads(outsider, "inbox", null)).isEmpty();
        assertThat(threads(outsider, "sent", null)).isEmpty();
    }

    @Test
    void aParticipantWhoStoppedAcceptingMessagesStillGetsRepliesButNoNewThread() {
        var a = People.teacher("Sara", "SE");
        var b = People.teacher("Tove", "SE");
        People.makeContacts(a, b);
        String id = startThread(a, List.of(b.id()), "Before", "<p>Hello.</p>");
        markRead(b, id);
        var off = People.choosePrivacy(b.token(), """
                {"visibility": "REGISTERED", "searchable": true, "indexable": false, "showEmail": false,
                 "acceptsMessages": false}
                """);
        assertThat(off.status()).as(off.body()).isEqualTo(200);

        assertThat(reply(a, id, "<p>Still there?</p>").status()).isEqualTo(201);
        assertThat(unread(b)).isEqualTo(1);
        People.assertProblem(send(a, body(List.of(b.id()), "After", "<p>New</p>", List.of())), 403);
        People.assertRefused(reply(a, id, "<p>  </p>"), "body");
    }

    @Test
    void partnerSystemsHaveNoMail() {
        String partner = Keycloak.partnerToken();
        People.assertProblem(Http.get(MESSAGES + "/threads", partner), 403);
        People.assertProblem(Http.get(MESSAGES + "/unread-count", partner), 403);
        People.assertProblem(Http.send("POST", MESSAGES, partner, "application/json",
                body(List.of(People.JOSE), "Hi", "<p>Hi</p>", List.of())), 403);
    }

    // --- personal data (U5) ---

    @Test
    void myDataHoldsTheThreadsIWroteAndReceived() {
        var a = People.teacher("Ulla", "FI");
        var b = People.teacher("Veli", "FI");
        People.makeContacts(a, b);
        String id = startThread(a, List.of(b.id()), "For the export", "<p>Mine.</p>");
        assertThat(reply(b, id, "<p>Theirs.</p>").status()).isEqualTo(201);

        var mine = exportedThread(a, id);
        assertThat(mine.get("subject").asText()).isEqualTo("For the export");
        assertThat(People.ids(mine.get("participants"))).containsExactlyInAnyOrder(a.id(), b.id());
        var messages = People.list(mine.get("messages"));
        assertThat(messages).extracting(m -> m.get("bodyText").asText()).containsExactly("Mine.", "Theirs.");
        assertThat(messages).extracting(m -> m.get("mine").asBoolean()).containsExactly(true, false);
        assertThat(People.list(exportedThread(b, id).get("messages"))).hasSize(2);
    }

    @Test
    void anErasedAccountTakesItsMessagesAndTheThreadsLeftEmpty() {
        var leaving = People.teacher("Wanda", "CZ");
        var staying = People.teacher("Xenia", "CZ");
        var alone = People.teacher("Yorick", "CZ");
        People.makeContacts(leaving, staying);
        People.makeContacts(leaving, alone);
        String shared = startThread(leaving, List.of(staying.id()), "Shared", "<p>From the one leaving.</p>");
        assertThat(reply(staying, shared, "<p>From the one staying.</p>").status()).isEqualTo(201);
        String onlyTheirs = startThread(leaving, List.of(alone.id()), "Only theirs", "<p>Nobody answers.</p>");
        assertThat(reply(leaving, shared, "<p>One more.</p>").status()).isEqualTo(201);
        assertThat(unread(alone)).isEqualTo(1);
        assertThat(unread(staying)).isEqualTo(1);

        var asked = Http.send("POST", API + "/v1/people/me/deletion", leaving.token(), null, null);
        assertThat(asked.status()).as(asked.body()).isEqualTo(202);
        People.eventually("the account is erased", PATIENCE,
                () -> People.profile(staying.token(), leaving.id()).status() == 404);

        var kept = Http.get(MESSAGES + "/threads/" + shared, staying.token());
        assertThat(kept.status()).as(kept.body()).isEqualTo(200);
        assertThat(People.ids(kept.json().get("participants"))).containsExactly(staying.id());
        assertThat(People.list(kept.json().at("/messages/items"))).extracting(m -> m.get("bodyText").asText())
                .containsExactly("From the one staying.");
        assertThat(unread(staying)).as("what was unread is gone with its author").isZero();
        assertThat(threads(staying, "inbox", null)).as("nothing received is left").doesNotContain(shared);
        assertThat(threads(staying, "sent", null)).containsExactly(shared);

        People.assertProblem(Http.get(MESSAGES + "/threads/" + onlyTheirs, alone.token()), 404);
        assertThat(unread(alone)).isZero();
        assertThat(threads(alone, "inbox", null)).isEmpty();
    }

    // --- helpers ---

    private static String body(List<String> to, String subject, String html, List<String> attachments) {
        ObjectNode node = JSON.createObjectNode();
        to.forEach(node.putArray("to")::add);
        node.put("subject", subject);
        node.put("body", html);
        attachments.forEach(node.putArray("attachments")::add);
        return node.toString();
    }

    private static Http.Answer send(Person from, String json) {
        return Http.send("POST", MESSAGES, from.token(), "application/json", json);
    }

    /** Starts a thread and answers its id. */
    private static String startThread(Person from, List<String> to, String subject, String html) {
        var sent = send(from, body(to, subject, html, List.of()));
        assertThat(sent.status()).as(sent.body()).isEqualTo(201);
        return sent.json().get("id").asText();
    }

    private static Http.Answer reply(Person from, String threadId, String html) {
        ObjectNode node = JSON.createObjectNode();
        node.put("body", html);
        return Http.send("POST", MESSAGES + "/threads/" + threadId + "/replies", from.token(), "application/json",
                node.toString());
    }

    private static void markRead(Person person, String threadId) {
        var marked = Http.send("POST", MESSAGES + "/threads/" + threadId + "/read", person.token(), null, null);
        assertThat(marked.status()).as(marked.body()).isEqualTo(204);
    }

    private static long unread(Person person) {
        var answer = Http.get(MESSAGES + "/unread-count", person.token());
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json().get("unread").asLong();
    }

    /** The ids of the first 100 threads of a folder (null: none named), searched for q when given. */
    private static List<String> threads(Person person, String folder, String q) {
        var query = new StringBuilder("?size=100");
        if (folder != null) {
            query.append("&folder=").append(folder);
        }
        if (q != null) {
            query.append("&q=").append(People.encode(q));
        }
        var answer = Http.get(MESSAGES + "/threads" + query, person.token());
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(answer.json().get("total").asLong()).isEqualTo(answer.json().get("items").size());
        return People.ids(answer.json().get("items"));
    }

    private static JsonNode exportedThread(Person person, String threadId) {
        var export = Http.get(API + "/v1/people/me/export", person.token());
        assertThat(export.status()).as(export.body()).isEqualTo(200);
        var threads = new ArrayList<JsonNode>();
        People.list(export.json().get("messages")).stream()
                .filter(thread -> thread.get("id").asText().equals(threadId))
                .forEach(threads::add);
        assertThat(threads).as("the thread in the export of %s", person.name()).hasSize(1);
        return threads.get(0);
    }

    private record Posted(int status, String location, String body) {
    }

    /** A POST whose Location header counts (Http does not read it); its answer is checked against the contract. */
    private static Posted postForLocation(String token, String url, String json) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build();
        var response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        Contract.check("POST", request.uri().getRawPath(), response.statusCode(),
                response.headers().firstValue("Content-Type").orElse(""), response.body());
        return new Posted(response.statusCode(), response.headers().firstValue("Location").orElse(""), response.body());
    }
}
