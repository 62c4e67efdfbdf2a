package org.twinninglive.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class SignInAvailabilityTest {

    @Test
    void unavailableWhenNothingAnswers() throws IOException {
        var availability = availabilityOf("http://localhost:" + freePort());

        assertThat(availability.isAvailable()).isFalse();
    }

    @Test
    void availableWhenTheRealmAnswers() throws IOException {
        var keycloak = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        keycloak.createContext("/realms/twinning/.well-known/openid-configuration", exchange -> {
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        keycloak.start();
        try {
            var availability = availabilityOf("http://localhost:" + keycloak.getAddress().getPort());

            assertThat(availability.isAvailable()).isTrue();
        } finally {
            keycloak.stop(0);
        }
    }

    @Test
    void theAnswerIsRememberedForAWhile() throws IOException {
        var keycloak = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        keycloak.createContext("/", exchange -> {
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        keycloak.start();
        var availability = availabilityOf("http://localhost:" + keycloak.getAddress().getPort());
        assertThat(availability.isAvailable()).isTrue();

        keycloak.stop(0);

        assertThat(availability.isAvailable()).as("within the recheck interval").isTrue();
    }

    private static SignInAvailability availabilityOf(String url) {
        var availability = new SignInAvailability();
        availability.keycloakUrl = url;
        availability.clock = Clock.fixed(Instant.parse("2026-11-28T10:00:00Z"), ZoneOffset.UTC);
        return availability;
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
