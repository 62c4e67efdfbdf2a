package org.twinninglive.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.twinninglive.support.TestServers.API;
import static org.twinninglive.support.TestServers.APP;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.twinninglive.support.People;
import org.twinninglive.support.ProxiesSession;
import org.twinninglive.support.RawHttp;

/**
 * While the database does not answer, every door says so and changes nothing: the API answers
 * 503 problem+json with Retry-After, pages a 503 page in the reader's words, health 503, each
 * within seconds; once the database is back, everything answers again by itself. Runs in the
 * PostgreSQL pass, whose server reaches the database through a proxy of this JVM
 * (ProxiesSession) that the test cuts: restarting the database would break the other tests.
 */
@ExtendWith(ArquillianExtension.class)
class DatabaseOutageIT {

    /** Loose: what matters is failing fast, not waiting out the pool's or the driver's timeouts. */
    private static final Duration QUICKLY = Duration.ofSeconds(10);
    private static final Duration BACK_WITHIN = Duration.ofSeconds(20);

    @Test
    void anOutageIs503WithRetryAfterChangesNothingAndPassesByItself() {
        assumeTrue("postgresql".equals(System.getProperty("twinning.db.kind")), "the PostgreSQL pass cuts its database");
        // a first pass on PostgreSQL (DB_* set) reaches it directly: nothing to cut there
        assumeTrue(System.getProperty("test.postgresql.proxy.port") != null, "no proxy before this pass's database");
        var database = ProxiesSession.database().orElseThrow(() -> new AssertionError(
                "test.postgresql.proxy.port is set but no proxy listens: is support.ProxiesSession registered?"));
        var teacher = People.teacher("Oksana", "PL");
        assertThat(choose(teacher, "es").status()).isEqualTo(200);
        assertThat(josesProfile().status()).isEqualTo(200);
        assertThat(health().status()).isEqualTo(200);

        database.cut();
        try {
            assertUnavailable(quickly(() -> RawHttp.get(API + "/v1/me", teacher.token())));
            assertUnavailable(quickly(() -> choose(teacher, "fr")));

            var health = quickly(DatabaseOutageIT::health);
            assertThat(health.status()).isEqualTo(503);
            assertThat(health.header("Retry-After")).isEqualTo("5");
            assertThat(health.json().get("status").asText()).isEqualTo("DOWN");

            var page = quickly(DatabaseOutageIT::josesProfile);
            assertThat(page.status()).as(page.text()).isEqualTo(503);
            assertThat(page.header("Retry-After")).isEqualTo("5");
            assertThat(page.contentType()).startsWith("text/html");
            assertThat(page.text()).contains("The service is briefly unavailable")
                    .contains("Your last change was not saved.")
                    .doesNotContain("Exception").doesNotContain("org.twinninglive").doesNotContain("IJ0")
                    .doesNotContain("jdbc").doesNotContain("PSQL");
        } finally {
            database.restore();
        }

        People.eventually("every door answers again", BACK_WITHIN, () -> health().status() == 200
                && RawHttp.get(API + "/v1/me", teacher.token()).status() == 200
                && josesProfile().status() == 200);
        // the change refused during the outage left nothing behind; the next one is taken
        assertThat(RawHttp.get(API + "/v1/me", teacher.token()).json().get("language").asText()).isEqualTo("es");
        assertThat(choose(teacher, "fr").status()).isEqualTo(200);
        assertThat(RawHttp.get(API + "/v1/me", teacher.token()).json().get("language").asText()).isEqualTo("fr");
    }

    private static RawHttp.Response choose(People.Person teacher, String language) {
        return RawHttp.send("PUT", API + "/v1/me/preferences", teacher.token(), "application/json",
                ("{\"language\": \"" + language + "\"}").getBytes(StandardCharsets.UTF_8));
    }

    /** A public page that reads the database: José Núñez is visible to everyone, visitors too. */
    private static RawHttp.Response josesProfile() {
        return RawHttp.get(APP + "/people/" + People.JOSE, null);
    }

    private static RawHttp.Response health() {
        return RawHttp.get(API + "/v1/health", null);
    }

    private static RawHttp.Response quickly(Supplier<RawHttp.Response> request) {
        var started = Instant.now();
        var answer = request.get();
        assertThat(Duration.between(started, Instant.now())).as("time to answer during the outage").isLessThan(QUICKLY);
        return answer;
    }

    private static void assertUnavailable(RawHttp.Response answer) {
        assertThat(answer.status()).as(answer.text()).isEqualTo(503);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.header("Retry-After")).isEqualTo("5");
        assertThat(answer.json().get("status").asInt()).isEqualTo(503);
        assertThat(answer.json().get("detail").asText()).contains("briefly unavailable").contains("nothing was changed");
    }
}
