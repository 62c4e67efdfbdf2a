package org.twinninglive.video;

import io.openvidu.java.client.ConnectionProperties;
import io.openvidu.java.client.ConnectionType;
import io.openvidu.java.client.OpenVidu;
import io.openvidu.java.client.OpenViduException;
import io.openvidu.java.client.OpenViduHttpException;
import io.openvidu.java.client.OpenViduRole;
import io.openvidu.java.client.Session;
import io.openvidu.java.client.SessionProperties;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.util.Timeout;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.twinninglive.platform.UnavailableException;

/**
 * The rooms of the OpenVidu server ({@code OPENVIDU_URL}, {@code OPENVIDU_SECRET}), through
 * OpenVidu's Java client: a room is made on its first join, each join is a new connection of a
 * role, rooms are closed at their organiser's word.
 *
 * <p>No request waits on the video server longer than {@code TWINNING_VIDEO_TIMEOUT} (3 s): a
 * refused, failing or slow answer is "unavailable right now" (503 {@code video-unavailable}), and
 * for the next {@code TWINNING_VIDEO_PAUSE} (10 s) every join is told so at once, without asking
 * again, so that a hundred people joining a server that hangs hold no hundred threads. The
 * connections are TLS-checked as any other (the client's own default trusts every certificate).
 */
@ApplicationScoped
public class VideoRooms {

    private static final Logger LOG = Logger.getLogger(VideoRooms.class.getName());

    /** Connections to the video server at once, from this node: a room of 100 joining together. */
    static final int CONNECTIONS = 100;

    @Inject
    @ConfigProperty(name = "openvidu.url")
    Optional<String> url;

    @Inject
    @ConfigProperty(name = "openvidu.secret")
    Optional<String> secret;

    @Inject
    @ConfigProperty(name = "twinning.video-timeout", defaultValue = "PT3S")
    String timeout;

    @Inject
    @ConfigProperty(name = "twinning.video-pause", defaultValue = "PT10S")
    String pause;

    @Inject
    Clock clock;

    private volatile OpenVidu client;

    /** When the video server last failed to answer; rooms are unavailable until the pause after it ends. */
    private volatile Instant failedAt = Instant.MIN;

    /** Whether a video server is configured at all. */
    public boolean configured() {
        return url.filter(u -> !u.isBlank()).isPresent() && secret.filter(s -> !s.isBlank()).isPresent();
    }

    /** Whether rooms may be joined now: a server is configured and has not just failed. */
    public boolean available() {
        return configured() && !pausing();
    }

    /**
     * A new connection of this role to the room (made when it is not there yet), carrying {@code
     * data} (what other participants see of this one: their name).
     */
    public VideoConnection connect(String room, VideoRole role, String data) {
        var openVidu = client();
        var properties = new ConnectionProperties.Builder().type(ConnectionType.WEBRTC)
                .role(role == VideoRole.MODERATOR ? OpenViduRole.MODERATOR : OpenViduRole.PUBLISHER)
                .data(data).build();
        try {
            try {
                var connection = session(openVidu, room).createConnection(properties);
                return succeeded(new VideoConnection(connection.getConnectionId(), connection.getToken(), role));
            } catch (OpenViduHttpException gone) {
                if (gone.getStatus() != 404) {
                    throw gone;
                }
                // the server closed the room (everyone had left it): make it again, once
                var connection = made(openVidu, room).createConnection(properties);
                return succeeded(new VideoConnection(connection.getConnectionId(), connection.getToken(), role));
            }
        } catch (OpenViduException | RuntimeException failed) {
            throw unavailable("join room " + room, failed);
        }
    }

    /** The ids of the connections the room holds now (joined, or given and not used yet); none when it is not there. */
    public Set<String> connections(String room) {
        var openVidu = client();
        try {
            // asked when the room's seats are all taken: the room is there (made by this node or another)
            var session = session(openVidu, room);
            session.fetch();
            return succeeded(session.getConnections().stream().map(c -> c.getConnectionId())
                    .collect(Collectors.toUnmodifiableSet()));
        } catch (OpenViduHttpException gone) {
            if (gone.getStatus() == 404) {
                return succeeded(Set.of());
            }
            throw unavailable("read room " + room, gone);
        } catch (OpenViduException | RuntimeException failed) {
            throw unavailable("read room " + room, failed);
        }
    }

    /** Ends a connection given before (a person who joined again); best effort: the room may be gone. */
    public void disconnect(String room, String connectionId) {
        if (!available()) {
            return;
        }
        try {
            var session = client().getActiveSession(room);
            if (session != null) {
                session.forceDisconnect(connectionId);
            }
        } catch (OpenViduException | RuntimeException failed) {
            LOG.log(Level.FINE, "Connection " + connectionId + " of room " + room + " not ended", failed);
        }
    }

    /** Closes the room: every participant is sent out. A room that is not there is closed already. */
    public void close(String room) {
        var openVidu = client();
        try {
            session(openVidu, room).close();
            succeeded(null);
        } catch (OpenViduHttpException gone) {
            if (gone.getStatus() != 404) {
                throw unavailable("close room " + room, gone);
            }
        } catch (OpenViduException | RuntimeException failed) {
            throw unavailable("close room " + room, failed);
        }
    }

    private static Session session(OpenVidu openVidu, String room) throws OpenViduException {
        var known = openVidu.getActiveSession(room);
        return known != null ? known : made(openVidu, room);
    }

    /** The room on the server, made when it is not there: an existing one answers 409, which the client turns into reading that room alone. */
    private static Session made(OpenVidu openVidu, String room) throws OpenViduException {
        return openVidu.createSession(new SessionProperties.Builder().customSessionId(room).build());
    }

    private OpenVidu client() {
        if (!configured()) {
            throw new UnavailableException("No video server is configured (OPENVIDU_URL, OPENVIDU_SECRET).",
                    "video-unavailable").shownAs("video.unavailable");
        }
        if (pausing()) {
            throw new UnavailableException("The video server did not answer a moment ago; try again in a few seconds.",
                    "video-unavailable").shownAs("video.unavailable");
        }
        var made = client;
        if (made == null) {
            synchronized (this) {
                made = client;
                if (made == null) {
                    var wait = Timeout.of(Duration.parse(timeout));
                    var connections = PoolingHttpClientConnectionManagerBuilder.create()
                            .setMaxConnTotal(CONNECTIONS).setMaxConnPerRoute(CONNECTIONS)
                            .setDefaultConnectionConfig(ConnectionConfig.custom().setConnectTimeout(wait)
                                    .setSocketTimeout(wait).build())
                            .build();
                    // the credentials with every request: OpenVidu's Basic challenge would double each call
                    String basic = java.util.Base64.getEncoder().encodeToString(("OPENVIDUAPP:" + secret.orElseThrow())
                            .getBytes(java.nio.charset.StandardCharsets.UTF_8));
                    var builder = HttpClients.custom().setConnectionManager(connections)
                            .setDefaultHeaders(java.util.List.of(new org.apache.hc.core5.http.message.BasicHeader(
                                    "Authorization", "Basic " + basic)))
                            .setDefaultRequestConfig(RequestConfig.custom().setConnectionRequestTimeout(wait)
                                    .setResponseTimeout(wait).build());
                    made = new Client(url.orElseThrow(), secret.orElseThrow(), builder);
                    client = made;
                }
            }
        }
        return made;
    }

    private boolean pausing() {
        return clock.instant().isBefore(failedAt.plus(Duration.parse(pause)));
    }

    private <T> T succeeded(T result) {
        failedAt = Instant.MIN;
        return result;
    }

    private UnavailableException unavailable(String what, Throwable failed) {
        if (!(failed instanceof OpenViduHttpException http) || http.getStatus() >= 500 || http.getStatus() == 401) {
            failedAt = clock.instant(); // down, slow, failing or refusing the secret: every room waits a moment
        }
        LOG.log(Level.WARNING, () -> "The video server did not " + what + ": " + failed);
        return (UnavailableException) new UnavailableException("The video server does not answer right now; nothing was"
                + " changed. Try again in a moment.", "video-unavailable").shownAs("video.unavailable");
    }

    @PreDestroy
    void closeClient() {
        var made = client;
        client = null;
        if (made instanceof Client own) {
            own.close();
        }
    }

    /** OpenVidu's client with a way to close its pooled connections (it keeps them in a protected field). */
    private static final class Client extends OpenVidu {

        Client(String url, String secret, org.apache.hc.client5.http.impl.classic.HttpClientBuilder builder) {
            super(url, secret, builder);
        }

        void close() {
            try {
                httpClient.close();
            } catch (java.io.IOException unclosed) {
                LOG.log(Level.FINE, "The video server's connections were not closed", unclosed);
            }
        }
    }
}
