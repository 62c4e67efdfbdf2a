package org.twinninglive.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.twinninglive.support.TestServers.API;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.BooleanSupplier;

/**
 * Fresh people for tests that change state (never the demo users), and the few calls of the
 * people and contacts API that many tests make on the way to what they check.
 */
public final class People {

    public static final String JOSE = "b0000000-0000-4000-8000-000000000008";
    public static final String JORGE = "b0000000-0000-4000-8000-000000000009";
    public static final String ALICE = "b0000000-0000-4000-8000-000000000001";
    public static final String RAMON_Y_CAJAL = "e5000000-0000-4000-8000-000000000001";
    public static final String GARCIA_LORCA = "e5000000-0000-4000-8000-000000000002";
    public static final String JEAN_MOULIN = "e5000000-0000-4000-8000-000000000003";
    public static final String GALILEI = "e5000000-0000-4000-8000-000000000004";
    /** A school of a country without a demo nss officer: joining it leaves the nss queues alone. */
    public static final String GOETHE = "e5000000-0000-4000-8000-000000000005";

    private People() {
    }

    /**
     * A fresh teacher who has signed in once (so their profile exists).
     *
     * @param name     their Keycloak name; its last word is unique, so a search for it finds only them
     * @param username their user name, which is also their password
     * @param token    an access token of theirs (valid five minutes)
     * @param id       their profile id
     */
    public record Person(String name, String username, String token, String id) {

        /** Their e-mail address, as the tests' Keycloak gives it. */
        public String email() {
            return username + "@example.org";
        }

        /** The unique last word of their name. */
        public String surname() {
            return name.substring(name.lastIndexOf(' ') + 1);
        }
    }

    /**
     * A new teacher named {@code firstName} and a surname nobody else has, past joining: they
     * accepted the terms in force and took their first steps (J1, J2), as every member has.
     */
    public static Person teacher(String firstName, String country) {
        var person = newcomer(firstName, country);
        acceptTerms(person.token());
        var done = Http.send("POST", API + "/v1/me/joining/first-steps", person.token(), null, null);
        assertThat(done.status()).as(done.body()).isEqualTo(204);
        return person;
    }

    /** An account made by {@link Keycloak#newTeacher} past joining, before its first page: terms accepted, first steps taken. */
    public static void pastJoining(String username) {
        String token = Keycloak.tokenOf(username);
        acceptTerms(token);
        var done = Http.send("POST", API + "/v1/me/joining/first-steps", token, null, null);
        assertThat(done.status()).as(done.body()).isEqualTo(204);
    }

    /** The bearer accepts the terms in force (J1), as Keycloak's registration form has them do. */
    public static void acceptTerms(String token) {
        String version = Http.get(API + "/v1/terms", token).json().get("version").asText();
        var accepted = Http.send("POST", API + "/v1/me/joining/terms", token, "application/json",
                "{\"version\": \"" + version + "\"}");
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
    }

    /** A new teacher who signed in once and did nothing else: neither the terms accepted nor the first steps taken. */
    public static Person newcomer(String firstName, String country) {
        String name = firstName + " " + uniqueWord();
        String username = Keycloak.newTeacher(name, country);
        String token = Keycloak.tokenOf(username);
        var me = Http.get(API + "/v1/me", token);
        assertThat(me.status()).as("first sign-in of %s: %s", username, me.body()).isEqualTo(200);
        return new Person(name, username, token, me.json().get("id").asText());
    }

    /** A capitalised word of random letters, such as "Qxkwlpmzar". */
    public static String uniqueWord() {
        var random = ThreadLocalRandom.current();
        var word = new StringBuilder("Q");
        for (int i = 0; i < 9; i++) {
            word.append((char) ('a' + random.nextInt(26)));
        }
        return word.toString();
    }

    public static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** GET /people/{id} as this token sees it. */
    public static Http.Answer profile(String token, String id) {
        return Http.get(API + "/v1/people/" + id, token);
    }

    public static Http.Answer choosePrivacy(String token, String json) {
        return Http.send("PUT", API + "/v1/people/me/privacy", token, "application/json", json);
    }

    /** Chooses these privacy settings (contact requests accepted) and checks they were taken. */
    public static JsonNode choosePrivacy(Person person, String visibility, boolean searchable, boolean indexable,
                                         boolean showEmail) {
        var answer = choosePrivacy(person.token(), """
                {"visibility": "%s", "searchable": %s, "indexable": %s, "showEmail": %s}
                """.formatted(visibility, searchable, indexable, showEmail));
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(answer.json().get("visibility").asText()).isEqualTo(visibility);
        return answer.json();
    }

    public static Http.Answer invite(String token, String toId) {
        return Http.send("POST", API + "/v1/contacts/requests", token, "application/json",
                "{\"to\": \"" + toId + "\"}");
    }

    public static Http.Answer answer(String token, String requestId, String decision) {
        return Http.send("POST", API + "/v1/contacts/requests/" + requestId + "/" + decision, token, null, null);
    }

    /** Makes two people contacts: one invites, the other accepts. */
    public static void makeContacts(Person one, Person other) {
        var invited = invite(one.token(), other.id());
        assertThat(invited.status()).as(invited.body()).isEqualTo(201);
        var accepted = answer(other.token(), invited.json().get("id").asText(), "accept");
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
        assertThat(accepted.json().get("status").asText()).isEqualTo("ACCEPTED");
    }

    public static Http.Answer follow(String token, String id) {
        return Http.send("POST", API + "/v1/people/" + id + "/follow", token, null, null);
    }

    public static Http.Answer unfollow(String token, String id) {
        return Http.send("DELETE", API + "/v1/people/" + id + "/follow", token, null, null);
    }

    public static Http.Answer addSchool(String token, String schoolId) {
        return Http.send("POST", API + "/v1/people/me/schools", token, "application/json",
                "{\"school\": \"" + schoolId + "\"}");
    }

    /** The ids of the first 100 people a search by these words finds for this token. */
    public static List<String> found(String token, String words) {
        return search(token, "q=" + encode(words) + "&size=100");
    }

    /** The ids a search with these raw query parameters finds (checks the answer is 200). */
    public static List<String> search(String token, String query) {
        var answer = Http.get(API + "/v1/people?" + query, token);
        assertThat(answer.status()).as("search %s: %s", query, answer.body()).isEqualTo(200);
        return ids(answer.json().get("items"));
    }

    /** The ids of the people of a page of contacts. */
    public static List<String> contactsOf(String token) {
        var answer = Http.get(API + "/v1/contacts?size=100", token);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return ids(answer.json().get("items"));
    }

    public static List<JsonNode> feed(String token) {
        var answer = Http.get(API + "/v1/contacts/feed?size=100", token);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(answer.json().get("total").asLong()).isGreaterThanOrEqualTo(answer.json().get("items").size());
        return list(answer.json().get("items"));
    }

    public static List<String> ids(JsonNode items) {
        var ids = new ArrayList<String>();
        items.forEach(item -> ids.add(item.get("id").asText()));
        return ids;
    }

    public static List<String> texts(JsonNode array) {
        var texts = new ArrayList<String>();
        if (array != null) {
            array.forEach(item -> texts.add(item.asText()));
        }
        return texts;
    }

    public static List<JsonNode> list(JsonNode array) {
        var nodes = new ArrayList<JsonNode>();
        if (array != null) {
            array.forEach(nodes::add);
        }
        return nodes;
    }

    /** The text of a field, or null when it is absent or null (the API leaves nulls out). */
    public static String text(JsonNode node, String field) {
        var value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    /** Asserts a 400 problem document naming this field. */
    public static void assertRefused(Http.Answer answer, String field) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(400);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.json().get("status").asInt()).isEqualTo(400);
        assertThat(text(answer.json(), "field")).as(answer.body()).isEqualTo(field);
        assertThat(text(answer.json(), "detail")).isNotBlank();
    }

    /** Asserts a problem document of this status. */
    public static void assertProblem(Http.Answer answer, int status) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(status);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.json().get("status").asInt()).isEqualTo(status);
    }

    /** Polls (every 250 ms) until the condition holds; fails when it still does not after atMost. */
    public static void eventually(String what, Duration atMost, BooleanSupplier condition) {
        var deadline = Instant.now().plus(atMost);
        while (!condition.getAsBoolean()) {
            assertThat(Instant.now()).as("%s within %s", what, atMost).isBefore(deadline);
            pause(Duration.ofMillis(250));
        }
    }

    /** For bounded polling loops only. */
    public static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new AssertionError(interrupted);
        }
    }
}
