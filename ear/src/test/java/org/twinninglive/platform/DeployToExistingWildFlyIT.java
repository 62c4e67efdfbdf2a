package org.twinninglive.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.twinninglive.support.Keycloak;
import org.twinninglive.support.RawHttp;
import org.twinninglive.support.TestServers;

/**
 * An institution's own WildFly (README "Deploy to an existing WildFly"): a plain server provisioned
 * by the build without our configuration or the application (target/plain-server) is configured
 * and given the EAR by deploy-to-wildfly.sh, twice, then started on ports of its own (offset
 * 400) against the suite's Keycloak, and serves: health, sign-in through realm twinning, the API
 * with a real token. Runs in one database pass only (its server has an H2 file of its own).
 */
@ExtendWith(ArquillianExtension.class)
class DeployToExistingWildFlyIT {

    private static final int OFFSET = 400;
    private static final String APP = "http://localhost:" + (8080 + OFFSET);
    private static final Duration START_WITHIN = Duration.ofSeconds(180);
    private static final Duration SCRIPT_WITHIN = Duration.ofSeconds(120);

    private static final Path HOME = Path.of(System.getProperty("plain.jboss.home", "target/plain-server"));
    private static final Path DEPLOY = Path.of(System.getProperty("twinning.deploy", "target/deploy"));
    private static final Path EAR = Path.of(System.getProperty("twinning.ear", "target/twinning.ear"));
    private static final Path CONFIGURATION = HOME.resolve("standalone/configuration/standalone.xml");
    private static final Path LOGS = HOME.resolve("..").normalize();
    private static final Path SERVER_LOG = LOGS.resolve("plain-server.log");
    // the JDK of the tests (21 or newer) for the server's scripts, whatever the environment says
    private static final String JAVA_HOME = System.getProperty("java.home");

    private static Process server;

    @BeforeAll
    static void deployTwiceAndStart() throws IOException {
        assumeFalse("postgresql".equals(System.getProperty("twinning.db.kind")),
                "the H2 pass checks the deployment to an existing WildFly");
        deploy(LOGS.resolve("deploy-to-plain-server-1.log"));
        String configured = Files.readString(CONFIGURATION);
        // idempotent: a second run succeeds and leaves the configuration as the first left it
        deploy(LOGS.resolve("deploy-to-plain-server-2.log"));
        assertThat(Files.readString(CONFIGURATION)).isEqualTo(configured);

        var start = new ProcessBuilder(HOME.resolve("bin/standalone.sh").toString(),
                "-Djboss.socket.binding.port-offset=" + OFFSET)
                .redirectErrorStream(true)
                .redirectOutput(SERVER_LOG.toFile());
        var environment = start.environment();
        environment.put("JAVA_HOME", JAVA_HOME);
        List.of("DB_USER", "DB_PASSWORD", "DB_POOL_SIZE", "TWINNING_DEMO_DATA").forEach(environment::remove);
        environment.put("DB_KIND", "h2");
        environment.put("DB_URL", "jdbc:h2:file:" + LOGS.resolve("plain-server-db").toAbsolutePath()
                + "/twinning;DB_CLOSE_ON_EXIT=FALSE");
        environment.put("KEYCLOAK_URL", TestServers.KEYCLOAK);
        server = start.start();
        awaitHealth();
    }

    @AfterAll
    static void stop() {
        if (server == null) {
            return;
        }
        // standalone.sh runs WildFly as its child: the whole tree, WildFly first (TERM: a clean shutdown)
        var tree = new ArrayList<>(server.descendants().toList());
        tree.add(server.toHandle());
        tree.forEach(ProcessHandle::destroy);
        for (var process : tree) {
            try {
                process.onExit().get(30, TimeUnit.SECONDS);
            } catch (TimeoutException | ExecutionException stillRunning) {
                process.destroyForcibly();
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                process.destroyForcibly();
            }
        }
    }

    @Test
    void healthAnswersWithoutToken() {
        assertThat(RawHttp.get(APP + "/api/v1/health", null).status()).isEqualTo(200);
    }

    @Test
    void pagesSendVisitorsToRealmTwinningToSignIn() {
        var desktop = RawHttp.get(APP + "/desktop/", null);

        assertThat(desktop.status()).isEqualTo(302);
        assertThat(desktop.header("Location"))
                .startsWith(TestServers.KEYCLOAK + "/realms/twinning/protocol/openid-connect/auth?")
                .contains("client_id=twinning-web");
    }

    @Test
    void theApiAcceptsARealToken() {
        var me = RawHttp.get(APP + "/api/v1/me", Keycloak.tokenOf("alice"));

        assertThat(me.status()).as(me.text()).isEqualTo(200);
        assertThat(me.json().get("name").asText()).isEqualTo("Alice Martín");
    }

    private static void deploy(Path log) {
        try {
            var builder = new ProcessBuilder("bash", DEPLOY.resolve("deploy-to-wildfly.sh").toString(),
                    HOME.toString(), "--ear", EAR.toString())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            builder.environment().put("JAVA_HOME", JAVA_HOME);
            var script = builder.start();
            assertThat(script.waitFor(SCRIPT_WITHIN.toSeconds(), TimeUnit.SECONDS)).as("%s within %s", log, SCRIPT_WITHIN)
                    .isTrue();
            assertThat(script.exitValue()).as("deploy-to-wildfly.sh, see %s:%n%s", log, Files.readString(log)).isZero();
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new AssertionError(interrupted);
        }
    }

    private static void awaitHealth() throws IOException {
        var deadline = Instant.now().plus(START_WITHIN);
        while (true) {
            assertThat(server.isAlive()).as("the plain server stopped while starting: see %s", SERVER_LOG).isTrue();
            try {
                if (RawHttp.get(APP + "/api/v1/health", null).status() == 200) {
                    return;
                }
            } catch (UncheckedIOException notListeningYet) {
                // the server opens its port while it boots
            }
            // WFLYSRV0026: "started (with errors)", the application among them
            assertThat(Files.readString(SERVER_LOG)).as("the plain server's start, see %s", SERVER_LOG)
                    .doesNotContain("WFLYSRV0026");
            assertThat(Instant.now()).as("health of the plain server within %s", START_WITHIN).isBefore(deadline);
            try {
                Thread.sleep(1000);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new AssertionError(interrupted);
            }
        }
    }
}
