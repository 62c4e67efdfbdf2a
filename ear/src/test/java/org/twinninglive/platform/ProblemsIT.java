package org.twinninglive.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.twinninglive.support.TestServers.API;
import static org.twinninglive.support.TestServers.MANAGEMENT;

import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.twinninglive.support.Http;
import org.twinninglive.support.Keycloak;
import org.twinninglive.support.Learning;
import org.twinninglive.support.RawHttp;

/** Every failure of the API is a problem document, never a stack trace (A2, X3); roles are enforced by the EJB. */
@ExtendWith(ArquillianExtension.class)
class ProblemsIT {

    private final String alice = Keycloak.tokenOf("alice");

    @Test
    void anUnknownAddressIs404Problem() {
        var answer = Http.get(API + "/v1/no-such-thing", alice);

        assertProblem(answer, 404);
    }

    @Test
    void anUnknownAddressOutsideTheVersionIs404ProblemToo() {
        assertProblem(Http.get(API + "/nothing/here", null), 404);
    }

    @Test
    void malformedJsonIs400Problem() {
        var answer = Http.send("PUT", API + "/v1/me/preferences", alice, "application/json", "{\"language\": ");

        assertProblem(answer, 400);
    }

    @Test
    void jsonOfTheWrongShapeIs400Problem() {
        var answer = Http.send("PUT", API + "/v1/me/preferences", alice, "application/json", "{\"language\": [1, 2]}");

        assertProblem(answer, 400);
    }

    @Test
    void aBodyOfTheWrongShapeIs400ProblemNamingTheFieldOnEveryEndpoint() {
        String module = Learning.modules(alice).get(0).get("id").asText();
        var answers = Http.send("POST", API + "/v1/learning/modules/" + module + "/completion", alice,
                "application/json", "{\"answers\": [1, 2]}");
        var subjects = Http.send("PUT", API + "/v1/people/me", alice, "application/json",
                "{\"name\": \"Alice Mart\u00edn\", \"subjects\": \"ARTS\"}");
        var rules = Http.send("PUT", API + "/v1/progression/rules", Keycloak.tokenOf("css"), "application/json",
                "[{\"category\": \"school-added\", \"points\": \"ten\", \"cap\": 1}]");
        var notAnObject = Http.send("POST", API + "/v1/contacts/requests", alice, "application/json", "[\"bob\"]");

        assertProblem(answers, 400);
        assertThat(answers.json().get("field").asText()).isEqualTo("answers");
        assertThat(answers.json().get("detail").asText()).contains("answers").contains("object");
        assertProblem(subjects, 400);
        assertThat(subjects.json().get("field").asText()).isEqualTo("subjects");
        assertProblem(rules, 400);
        assertThat(rules.json().get("field").asText()).isEqualTo("[0].points");
        assertProblem(notAnObject, 400);
        assertThat(notAnObject.json().get("field").asText()).isEqualTo("body");
    }

    @Test
    void anEmptyBodyIs400ProblemNamingTheField() {
        var answer = Http.send("PUT", API + "/v1/me/preferences", alice, "application/json", null);

        assertProblem(answer, 400);
        assertThat(answer.json().get("field").asText()).isEqualTo("language");
    }

    @Test
    void anotherMediaTypeIs415Problem() {
        assertProblem(Http.send("PUT", API + "/v1/me/preferences", alice, "text/plain", "fr"), 415);
    }

    @Test
    void aWrongMethodIs405Problem() {
        assertProblem(Http.send("DELETE", API + "/v1/me", alice, null, null), 405);
    }

    @Test
    void aMissingRoleIs403ProblemFromTheService() {
        var teacher = Http.get(API + "/v1/admin/statistics", alice);
        var partner = Http.get(API + "/v1/admin/statistics", Keycloak.partnerToken());

        assertProblem(teacher, 403);
        assertProblem(partner, 403);
    }

    @Test
    void theCentralSupportServiceReadsThePlatformFigures() {
        var answer = Http.get(API + "/v1/admin/statistics", Keycloak.tokenOf("css"));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().get("schools").asLong()).isEqualTo(6);
        assertThat(answer.json().get("profiles").asLong()).isGreaterThanOrEqualTo(7);
    }

    @Test
    void theOpenApiDocumentDescribesTheApi() {
        var answer = Http.get(API + "/openapi?format=JSON", null);

        assertThat(answer.status()).isEqualTo(200);
        var paths = answer.json().get("paths");
        assertThat(paths.has("/api/v1/me")).isTrue();
        assertThat(paths.has("/api/v1/schools")).isTrue();
        assertThat(answer.json().at("/components/securitySchemes/keycloak/scheme").asText()).isEqualTo("bearer");
    }

    @Test
    void theNodeIsHealthyWithItsDatabaseWithoutAToken() {
        var health = Http.get(API + "/v1/health", null);

        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().get("status").asText()).isEqualTo("UP");
        assertThat(health.json().at("/checks/database").asText()).isEqualTo("UP");
    }

    @Test
    void theServerReportsReadinessOnItsManagementPort() {
        var ready = Http.get(MANAGEMENT + "/health/ready", null);

        assertThat(ready.status()).isEqualTo(200);
        assertThat(ready.json().get("status").asText()).isEqualTo("UP");
        assertThat(ready.body()).contains("twinning.ear");
    }

    @Test
    void errorsTheContainerAnswersItselfAreProblemsToo() {
        var garbage = RawHttp.send("PUT", API + "/v1/me/preferences", alice, "garbage", "{}".getBytes());
        var undecodable = RawHttp.get(API + "/v1/people/%ff", alice);
        var trace = RawHttp.send("TRACE", API + "/v1/me", alice, null, null);

        assertRawProblem(garbage, 400);
        assertRawProblem(undecodable, 400);
        assertRawProblem(trace, 405);
        assertThat(trace.header("Allow")).as("the methods the address takes").contains("GET");
    }

    @Test
    void aBodyOver10MegabytesIs413ProblemWhetherItsLengthIsToldOrNot() {
        byte[] large = new byte[11 * 1024 * 1024];
        java.util.Arrays.fill(large, (byte) 'a');

        var told = RawHttp.send("PUT", API + "/v1/me/preferences", alice, "application/json", large);
        var chunked = RawHttp.sendChunked("PUT", API + "/v1/me/preferences", alice, "application/json", large);

        assertRawProblem(told, 413);
        assertRawProblem(chunked, 413);
    }

    @Test
    void aTokenInTheAddressIsNotAccepted() {
        var inAddress = RawHttp.get(API + "/v1/me?access_token=" + alice, null);
        var inHeader = RawHttp.get(API + "/v1/me", alice);

        assertThat(inAddress.status()).as(inAddress.text()).isEqualTo(401);
        assertThat(inAddress.contentType()).startsWith("application/problem+json");
        assertThat(inHeader.status()).isEqualTo(200);
    }

    private static void assertRawProblem(RawHttp.Response answer, int status) {
        assertThat(answer.status()).as(answer.text()).isEqualTo(status);
        assertThat(answer.contentType()).as(answer.text()).startsWith("application/problem+json");
        assertThat(answer.json().get("status").asInt()).isEqualTo(status);
        assertThat(answer.text()).doesNotContain("Exception").doesNotContain("<html");
    }

    private static void assertProblem(Http.Answer answer, int status) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(status);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        var json = answer.json();
        assertThat(json.get("status").asInt()).isEqualTo(status);
        assertThat(json.get("title").asText()).isNotBlank();
        assertThat(answer.body()).doesNotContain("Exception").doesNotContain("at org.");
    }
}
