package org.twinninglive.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Whether the identity provider answers, so pages can say "sign-in is unavailable" instead of
 * sending people into an error, and a sign-in leads to a page saying so ({@link SignInOutageRedirect}).
 * Asked at most every few seconds, however busy the site is.
 */
@Named
@ApplicationScoped
public class SignInAvailability {

    private static final Duration RECHECK_AFTER = Duration.ofSeconds(10);
    private static final Duration TIMEOUT = Duration.ofSeconds(2);

    @Inject
    @ConfigProperty(name = "keycloak.url", defaultValue = "http://localhost:8180")
    String keycloakUrl;

    @Inject
    Clock clock;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    private volatile boolean available;
    private volatile Instant checkedAt = Instant.MIN;

    public boolean isAvailable() {
        var now = clock.instant();
        if (checkedAt.plus(RECHECK_AFTER).isBefore(now)) {
            checkedAt = now;
            available = realmAnswers();
        }
        return available;
    }

    private boolean realmAnswers() {
        var request = HttpRequest.newBuilder(URI.create(keycloakUrl + "/realms/twinning/.well-known/openid-configuration"))
                .timeout(TIMEOUT)
                .GET()
                .build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException unreachable) {
            return false;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
