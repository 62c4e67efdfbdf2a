package org.twinninglive.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import javax.imageio.ImageIO;

/**
 * HTTP for what {@link Http} does not show: every response header, and bodies of bytes
 * (photos up and down). Redirects are not followed, so a sign-in redirect shows as such. Answers
 * of the versioned API are checked against its OpenAPI document ({@link Contract}) too.
 */
public final class RawHttp {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    private RawHttp() {
    }

    public record Response(int status, HttpHeaders headers, byte[] body) {

        /** The first value of this header, or null. */
        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        public String contentType() {
            return headers.firstValue("Content-Type").orElse("");
        }

        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException notJson) {
                throw new AssertionError("not JSON (" + status + "): " + text(), notJson);
            }
        }

        /** The body read as an image; fails the test if it is none. */
        public BufferedImage image() {
            try {
                BufferedImage image = ImageIO.read(new ByteArrayInputStream(body));
                if (image == null) {
                    throw new AssertionError("not an image (" + status + ", " + contentType() + ")");
                }
                return image;
            } catch (IOException unreadable) {
                throw new UncheckedIOException(unreadable);
            }
        }
    }

    public static Response get(String url, String token) {
        return send(request(url, token).GET().build());
    }

    public static Response send(String method, String url, String token, String contentType, byte[] body) {
        var builder = request(url, token).method(method, body == null
                ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            builder.header("Content-Type", contentType);
        }
        return send(builder.build());
    }

    /**
     * Sends a large body as upload clients do (curl, browsers' fetch with big files): the headers
     * first with {@code Expect: 100-continue}, the body only if the server asks for it, so a
     * refusal by its length comes back as an answer instead of a cut connection.
     */
    public static Response sendExpectingContinue(String method, String url, String token, String contentType,
                                                 byte[] body) {
        var builder = request(url, token).expectContinue(true)
                .method(method, HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            builder.header("Content-Type", contentType);
        }
        return send(builder.build());
    }

    /** Sends the body without a Content-Length (chunked), as a client streaming it would. */
    public static Response sendChunked(String method, String url, String token, String contentType, byte[] body) {
        var builder = request(url, token).method(method,
                HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)));
        if (contentType != null) {
            builder.header("Content-Type", contentType);
        }
        return send(builder.build());
    }

    /**
     * Sends a large body from a stream of known length, as an upload client does (Expect:
     * 100-continue), without holding it in memory.
     */
    public static Response sendStreamed(String method, String url, String token, String contentType, long length,
                                        java.util.function.Supplier<java.io.InputStream> body) {
        var builder = request(url, token).expectContinue(true).method(method,
                HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofInputStream(body), length));
        if (contentType != null) {
            builder.header("Content-Type", contentType);
        }
        return send(builder.build());
    }

    private static HttpRequest.Builder request(String url, String token) {
        var builder = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60));
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        return builder;
    }

    private static Response send(HttpRequest request) {
        try {
            var response = CLIENT.send(request, HttpResponse.BodyHandlers.ofByteArray());
            var answer = new Response(response.statusCode(), response.headers(), response.body());
            // the versioned API's answers keep to its OpenAPI document: JSON bodies by their schema,
            // others (photos) by being there when documented (a binary string)
            if (request.uri().toString().startsWith(TestServers.API + "/v1/")) {
                boolean json = answer.contentType().contains("json");
                String body = json ? answer.text() : answer.body().length == 0 ? "" : "(binary)";
                Contract.check(request.method(), request.uri().getRawPath(), answer.status(), answer.contentType(), body);
            }
            return answer;
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }
}
