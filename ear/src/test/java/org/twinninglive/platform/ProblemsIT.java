package org.twinninglive.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.twinninglive.support.TestServers.API;
import static org.twinninglive.support.TestServers.MANAGEMENT;

import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.twinninglive.support.Http;
import org.twinninglive.support.Keycloak;

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

    private static void assertProblem(Http.Answer answer, int status) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(status);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        var json = answer.json();
        assertThat(json.get("status").asInt()).isEqualTo(status);
        assertThat(json.get("title").asText()).isNotBlank();
        assertThat(answer.body()).doesNotContain("Exception").doesNotContain("at org.");
    }
}
