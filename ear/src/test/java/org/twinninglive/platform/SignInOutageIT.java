package org.twinninglive.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.twinninglive.support.TestServers.API;
import static org.twinninglive.support.TestServers.APP;
import static org.twinninglive.support.TestServers.KEYCLOAK;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.Isolated;
import org.openqa.selenium.By;
import org.twinninglive.support.Browser;
import org.twinninglive.support.Http;
import org.twinninglive.support.Keycloak;
import org.twinninglive.support.People;
import org.twinninglive.support.RawHttp;

/**
 * While Keycloak does not answer, a sign-in leads to the platform's own page, which says so and
 * offers to try again, never to an address the browser cannot reach: a visitor asking for the
 * desktop, or following "Log in". Whoever signed in before keeps working, on the pages and in the
 * API. Once Keycloak is back, sign-in leads to it again by itself. The test stops the suite's
 * Keycloak and always starts it again on the same store (realm, users, signing keys kept);
 * nothing else may run meanwhile.
 */
@ExtendWith(ArquillianExtension.class)
@Isolated
class SignInOutageIT {

    /** The platform asks Keycloak at most every 10 s (SignInAvailability). */
    private static final Duration NOTICED_WITHIN = Duration.ofSeconds(30);
    private static final String SIGN_IN_FORM = KEYCLOAK + "/realms/twinning/protocol/openid-connect/auth";

    @Test
    void whileKeycloakIsDownSignInSaysSoAndWhoeverSignedInKeepsWorking() {
        // once, in the PostgreSQL pass (its database behind the tests' proxy), as CI runs the production database
        assumeTrue(System.getProperty("test.postgresql.proxy.port") != null,
                "Keycloak's outage is checked once, in the PostgreSQL pass");
        String token = Keycloak.tokenOf("alice");
        assertThat(Http.get(API + "/v1/me", token).status()).as("the API has Keycloak's keys").isEqualTo(200);
        try (var alice = new Browser(); var visitor = new Browser()) {
            alice.open(APP + "/desktop/").signInAs("alice");
            assertThat(alice.find(By.id("welcome")).getText()).isEqualTo("Welcome, Alice Martín");

            keycloak("keycloak-stop");
            try {
                People.eventually("a visitor on the desktop is sent to the platform's page", NOTICED_WITHIN,
                        () -> desktopAsVisitor().startsWith("/sign-in-unavailable"));
                assertThat(desktopAsVisitor()).isEqualTo("/sign-in-unavailable?back=%2Fdesktop%2F");
                var page = RawHttp.get(APP + "/sign-in-unavailable?back=%2Fdesktop%2F", null);
                assertThat(page.status()).isEqualTo(200);
                assertThat(page.text()).contains("Sign-in is unavailable right now. Keycloak, the sign-in service, does not answer.")
                        .as("Try again leads back to the desktop")
                        .containsPattern("<a\\b(?=[^>]*\\bid=\"try-again\")(?=[^>]*\\bhref=\"/desktop/\")");

                visitor.open(APP + "/");
                assertThat(visitor.find(By.id("signin-unavailable")).getText()).startsWith("Sign-in is unavailable right now");
                assertThat(visitor.countNow(By.id("login-button"))).as("the landing page's Log in button").isZero();
                visitor.click(By.id("login-link"));
                assertThat(visitor.find(By.tagName("h1")).getText()).isEqualTo("Sign-in is unavailable");
                assertThat(visitor.currentUrl()).startsWith(APP + "/sign-in-unavailable?back=");
                assertThat(visitor.find(By.id("try-again")).getAttribute("href")).isEqualTo(APP + "/desktop/?ui_locales=en");

                alice.open(APP + "/desktop/");
                assertThat(alice.find(By.id("welcome")).getText()).isEqualTo("Welcome, Alice Martín");
                assertThat(alice.currentUrl()).startsWith(APP + "/desktop/");
                assertThat(Http.get(API + "/v1/me", token).status()).as("a token taken before").isEqualTo(200);
            } finally {
                keycloak("keycloak-start");
            }
        }
        People.eventually("a visitor on the desktop is sent to Keycloak again", NOTICED_WITHIN,
                () -> desktopAsVisitor().startsWith(SIGN_IN_FORM));
    }

    /** Where a visitor asking for the desktop is sent. */
    private static String desktopAsVisitor() {
        var answer = RawHttp.get(APP + "/desktop/", null);
        assertThat(answer.status()).as("the desktop asks a visitor to sign in").isIn(302, 303);
        return answer.header("Location");
    }

    /**
     * Runs {@code ../twinning keycloak-stop|keycloak-start PORT} (the build's own commands; from the
     * ear module, failsafe's working directory). Started again without "ephemeral", Keycloak keeps
     * its store; the command returns once the realm answers.
     */
    private static void keycloak(String command) {
        Path ear = Path.of(System.getProperty("basedir", ".")).toAbsolutePath();
        Path log = ear.resolve("target/keycloak-outage.log");
        try {
            Files.createDirectories(log.getParent());
            var process = new ProcessBuilder(ear.resolve("../twinning").normalize().toString(), command,
                    System.getProperty("test.keycloak.port", "8380"))
                    .directory(ear.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .start();
            if (!process.waitFor(5, TimeUnit.MINUTES)) {
                process.destroy();
                throw new AssertionError("twinning " + command + " did not finish within 5 minutes: " + log);
            }
            assertThat(process.exitValue()).as("twinning %s (%s): %s", command, log, Files.readString(log)).isZero();
        } catch (IOException failed) {
            throw new AssertionError("twinning " + command + " could not run", failed);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new AssertionError(interrupted);
        }
    }
}
