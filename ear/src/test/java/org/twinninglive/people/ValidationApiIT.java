package org.twinninglive.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.twinninglive.support.People.JORGE;
import static org.twinninglive.support.People.text;
import static org.twinninglive.support.TestServers.API;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.twinninglive.support.Http;
import org.twinninglive.support.Keycloak;
import org.twinninglive.support.People;

/** The review of teachers' accounts by the National Support Service of their country (U6). */
@ExtendWith(ArquillianExtension.class)
class ValidationApiIT {

    @Test
    void aNewTeacherAwaitsTheNssOfTheCountryOfTheirAccount() {
        Instant before = Instant.now().minus(Duration.ofMinutes(1));
        var teacher = People.teacher("Rosa", "ES");

        var entry = inQueue("nss-es", "PENDING", teacher.id());

        assertThat(Http.get(API + "/v1/people/me", teacher.token()).json().get("validation").asText())
                .isEqualTo("PENDING_VALIDATION");
        assertThat(entry).as("in the Spanish queue").isPresent();
        var view = entry.get();
        assertThat(view.get("name").asText()).isEqualTo(teacher.name());
        assertThat(view.get("email").asText()).isEqualTo(teacher.username() + "@example.org");
        assertThat(view.get("country").asText()).isEqualTo("ES");
        assertThat(view.get("status").asText()).isEqualTo("PENDING_VALIDATION");
        assertThat(Instant.parse(view.get("requestedAt").asText())).isAfter(before);
        assertThat(inQueue("nss-fr", "PENDING", teacher.id())).as("not in the French queue").isEmpty();
        leaveTheSpanishQueue(teacher.id());
    }

    @Test
    void demoTeachersAreValidatedAndJorgeAwaitsTheSpanishNss() {
        for (String demo : new String[] {"alice", "bob", "chiara", "dana"}) {
            assertThat(Http.get(API + "/v1/people/me", Keycloak.tokenOf(demo)).json().get("validation").asText())
                    .as(demo).isEqualTo("VALIDATED");
        }

        var jorge = inQueue("nss-es", "PENDING", JORGE);

        assertThat(jorge).isPresent();
        assertThat(jorge.get().get("name").asText()).isEqualTo("Jorge Pérez");
        assertThat(inQueue("nss-es", "VALIDATED", People.ALICE)).as("Alice among the validated").isPresent();
        assertThat(inQueue("nss-fr", "PENDING", JORGE)).isEmpty();
    }

    @Test
    void approvingValidatesTheAccount() {
        var teacher = People.teacher("Sergio", "ES");

        var approved = decide("nss-es", teacher.id(), "{\"decision\": \"APPROVE\"}");

        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        assertThat(approved.json().get("id").asText()).isEqualTo(teacher.id());
        assertThat(approved.json().get("status").asText()).isEqualTo("VALIDATED");
        assertThat(Http.get(API + "/v1/people/me", teacher.token()).json().get("validation").asText())
                .isEqualTo("VALIDATED");
        assertThat(inQueue("nss-es", "PENDING", teacher.id())).isEmpty();
        assertThat(inQueue("nss-es", "VALIDATED", teacher.id())).isPresent();
        var again = decide("nss-es", teacher.id(), "{\"decision\": \"approve\"}");
        assertThat(again.status()).as("approving twice changes nothing").isEqualTo(200);
        assertThat(again.json().get("status").asText()).isEqualTo("VALIDATED");
    }

    @Test
    void aRejectionNeedsAReasonThatTheTeacherCanRead() {
        var teacher = People.teacher("Tomas", "ES");

        People.assertRefused(decide("nss-es", teacher.id(), "{\"decision\": \"REJECT\"}"), "reason");
        People.assertRefused(decide("nss-es", teacher.id(), "{\"decision\": \"REJECT\", \"reason\": \"   \"}"), "reason");
        assertThat(inQueue("nss-es", "PENDING", teacher.id())).as("still waiting").isPresent();

        var rejected = decide("nss-es", teacher.id(),
                "{\"decision\": \"REJECT\", \"reason\": \"The school does not know you.\"}");

        assertThat(rejected.status()).as(rejected.body()).isEqualTo(200);
        assertThat(rejected.json().get("status").asText()).isEqualTo("REJECTED");
        assertThat(rejected.json().get("reason").asText()).isEqualTo("The school does not know you.");
        var mine = Http.get(API + "/v1/people/me", teacher.token()).json();
        assertThat(mine.get("validation").asText()).isEqualTo("REJECTED");
        assertThat(mine.get("validationReason").asText()).isEqualTo("The school does not know you.");
        var someoneElse = Http.get(API + "/v1/people/" + teacher.id(), Keycloak.tokenOf("bob")).json();
        assertThat(someoneElse.get("validationReason")).as("the reason is for the teacher only").isNull();
        assertThat(someoneElse.get("validation").asText()).as("so is the rejection").isEqualTo("PENDING_VALIDATION");
        var export = Http.get(API + "/v1/people/me/export", teacher.token()).json();
        assertThat(export.at("/account/validationReason").asText()).isEqualTo("The school does not know you.");
        assertThat(inQueue("nss-es", "REJECTED", teacher.id())).isPresent();
        assertThat(inQueue("nss-es", "PENDING", teacher.id())).isEmpty();
    }

    @Test
    void aRejectedTeacherCanStillBeApprovedLater() {
        var teacher = People.teacher("Ulla", "ES");
        assertThat(decide("nss-es", teacher.id(), "{\"decision\": \"REJECT\", \"reason\": \"Unknown school\"}").status())
                .isEqualTo(200);

        var approved = decide("nss-es", teacher.id(), "{\"decision\": \"APPROVE\"}");

        assertThat(approved.status()).isEqualTo(200);
        assertThat(approved.json().get("status").asText()).isEqualTo("VALIDATED");
        assertThat(text(approved.json(), "reason")).as("the old reason is gone").isNull();
    }

    @Test
    void anOfficerOfAnotherCountryFindsNoSuchAccount() {
        var teacher = People.teacher("Valeria", "ES");

        var answer = decide("nss-fr", teacher.id(), "{\"decision\": \"APPROVE\"}");

        People.assertProblem(answer, 404);
        assertThat(Http.get(API + "/v1/people/me", teacher.token()).json().get("validation").asText())
                .isEqualTo("PENDING_VALIDATION");
        People.assertProblem(decide("nss-es", "no-such-account", "{\"decision\": \"APPROVE\"}"), 404);
        leaveTheSpanishQueue(teacher.id());
    }

    @Test
    void theReviewingOfficerOpensAHiddenApplicantsProfileUntilTheDecision() {
        var teacher = People.teacher("Xenia", "ES");
        People.choosePrivacy(teacher, "CONTACTS", false, false, false);

        assertThat(People.profile(Keycloak.tokenOf("nss-es"), teacher.id()).status()).isEqualTo(200);
        People.assertProblem(People.profile(Keycloak.tokenOf("nss-fr"), teacher.id()), 404);
        People.assertProblem(People.profile(Keycloak.tokenOf("bob"), teacher.id()), 404);

        assertThat(decide("nss-es", teacher.id(), "{\"decision\": \"APPROVE\"}").status()).isEqualTo(200);

        People.assertProblem(People.profile(Keycloak.tokenOf("nss-es"), teacher.id()), 404);
    }

    @Test
    void aDecisionMustBeApproveOrReject() {
        var teacher = People.teacher("Wanda", "ES");

        People.assertRefused(decide("nss-es", teacher.id(), "{\"decision\": \"MAYBE\"}"), "decision");
        People.assertRefused(decide("nss-es", teacher.id(), "{}"), "decision");
        People.assertRefused(decide("nss-es", teacher.id(), null), "decision");
        People.assertRefused(decide("nss-es", teacher.id(),
                "{\"decision\": \"REJECT\", \"reason\": \"" + "x".repeat(501) + "\"}"), "reason");
        People.assertRefused(Http.get(API + "/v1/validations?status=SOMETIMES", Keycloak.tokenOf("nss-es")), "status");
        assertThat(inQueue("nss-es", "PENDING", teacher.id())).isPresent();
        leaveTheSpanishQueue(teacher.id());
    }

    @Test
    void onlyNssOfficersReview() {
        var teacher = People.teacher("Xenia", "ES");

        People.assertProblem(Http.get(API + "/v1/validations", Keycloak.tokenOf("alice")), 403);
        People.assertProblem(Http.get(API + "/v1/validations", Keycloak.tokenOf("css")), 403);
        People.assertProblem(Http.get(API + "/v1/validations", Keycloak.partnerToken()), 403);
        People.assertProblem(Http.send("POST", API + "/v1/validations/" + teacher.id(), Keycloak.tokenOf("alice"),
                "application/json", "{\"decision\": \"APPROVE\"}"), 403);
        People.assertProblem(Http.send("POST", API + "/v1/validations/" + teacher.id(), teacher.token(),
                "application/json", "{\"decision\": \"APPROVE\"}"), 403);
        assertThat(Http.get(API + "/v1/people/me", teacher.token()).json().get("validation").asText())
                .isEqualTo("PENDING_VALIDATION");
        leaveTheSpanishQueue(teacher.id());
    }

    @Test
    void theQueueIsPagedOldestFirst() {
        var first = People.teacher("Yara", "ES");
        var second = People.teacher("Zoe", "ES");
        String nss = Keycloak.tokenOf("nss-es");

        var page = Http.get(API + "/v1/validations?status=PENDING&size=1", nss);

        assertThat(page.status()).as(page.body()).isEqualTo(200);
        assertThat(page.json().get("size").asInt()).isEqualTo(1);
        assertThat(page.json().get("items")).hasSize(1);
        long total = page.json().get("total").asLong();
        assertThat(total).isGreaterThanOrEqualTo(2);
        long firstAt = position(nss, first.id(), total);
        long secondAt = position(nss, second.id(), total);
        assertThat(firstAt).as("the older request comes first").isLessThan(secondAt);
        leaveTheSpanishQueue(first.id());
        leaveTheSpanishQueue(second.id());
    }

    /** Approves a test's teacher, so that the queue other tests and pages read stays short. */
    private static void leaveTheSpanishQueue(String id) {
        var approved = decide("nss-es", id, "{\"decision\": \"APPROVE\"}");
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
    }

    private static Http.Answer decide(String officer, String userId, String json) {
        return Http.send("POST", API + "/v1/validations/" + userId, Keycloak.tokenOf(officer), "application/json", json);
    }

    /** The entry of this account in an officer's queue of this status, looking through every page. */
    private static Optional<JsonNode> inQueue(String officer, String status, String id) {
        String token = Keycloak.tokenOf(officer);
        for (int page = 0; ; page++) {
            var answer = Http.get(API + "/v1/validations?size=100&status=" + status + "&page=" + page, token);
            assertThat(answer.status()).as(answer.body()).isEqualTo(200);
            var items = answer.json().get("items");
            for (JsonNode item : items) {
                if (item.get("id").asText().equals(id)) {
                    return Optional.of(item);
                }
            }
            if (items.size() < 100) {
                return Optional.empty();
            }
        }
    }

    /** Where this account stands in the pending queue (0 = first). */
    private static long position(String token, String id, long total) {
        for (int page = 0; page * 100L < total + 100; page++) {
            var items = Http.get(API + "/v1/validations?size=100&status=PENDING&page=" + page, token).json().get("items");
            for (int i = 0; i < items.size(); i++) {
                if (items.get(i).get("id").asText().equals(id)) {
                    return page * 100L + i;
                }
            }
        }
        throw new AssertionError(id + " not in the pending queue");
    }
}
