package org.twinninglive.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A small stand-in for the REST API of an OpenVidu 2.x server, for the integration tests.
 *
 * <p>What it fakes: the part of {@code /openvidu/api} that Twinning Live uses through the official
 * Java client ({@code io.openvidu:openvidu-java-client}): creating, listing, reading and closing
 * sessions, and creating and removing connections (the tokens that let a browser join a call).
 * Nothing is streamed; a token points at {@code wss://127.0.0.1:4443} and nobody listens there.
 * It is plain HTTP on 127.0.0.1, on the port given by the system property
 * {@value #PORT_PROPERTY} (default {@value #DEFAULT_PORT}).
 *
 * <p>Facts of the real client it honours, read from the client's sources (2.32.x):
 * <ul>
 * <li>The client's Apache httpclient5 sends the user name {@code OPENVIDUAPP} and the secret only
 * after the server asks for them. So a request without {@code Authorization} gets {@code 401} with
 * {@code WWW-Authenticate: Basic realm="OpenVidu"}, just like the real server; the client then
 * repeats it with the credentials. Wrong credentials also get {@code 401}. Because the client keeps
 * no authentication cache between calls, every call costs two requests; only the authenticated
 * ones are counted in {@link #requests()}.</li>
 * <li>Creating a session: the client reads {@code id}, {@code createdAt}, {@code forcedVideoCodec}
 * and {@code allowTranscoding}. When the custom session id is taken the answer is {@code 409} and the
 * client then fetches the existing session instead of failing.</li>
 * <li>Reading a session ({@code Session.fetch()}, {@code OpenVidu.fetch()}): the client reads
 * {@code sessionId}, {@code createdAt}, {@code recording}, {@code broadcasting}, {@code mediaMode},
 * {@code recordingMode}, {@code customSessionId} (only if present, and then it must be a string,
 * so it is left out when the session got a generated id) and {@code connections.content}.</li>
 * <li>A connection: the client calls {@code json.get(..)} without checking for {@code connectionId},
 * {@code status}, {@code token}, {@code publishers}, {@code subscribers}, {@code createdAt},
 * {@code activeAt}, {@code location}, {@code ip}, {@code platform}, {@code clientData} and
 * {@code type}, so every key of a connection is always written, with {@code null} where OpenVidu
 * would have nothing yet, and {@code publishers}/{@code subscribers} as empty arrays.</li>
 * <li>Closing a session or removing a connection must answer {@code 204}, anything else is an
 * error for the client.</li>
 * </ul>
 *
 * <p>How tests use it: call {@link #start()} once (it is a process-wide singleton and calling it
 * again just returns it), point the application at {@link #url()} with the secret {@link #SECRET},
 * and call {@link #reset()} before each test. Then drive the application and look at what it did
 * with {@link #sessions()}, {@link #session(String)}, {@link #requests()} and
 * {@link #closedSessions()}. To see how the application copes with trouble, use
 * {@link #behave(Mode)}: {@link Mode#FAILING} answers every authenticated call with {@code 500},
 * {@link Mode#SLOW} answers after 10 seconds, {@link Mode#DOWN} stops listening so connections are
 * refused, and {@link Mode#NORMAL} puts things right (listening again on the same port).
 * Requests are served by a pool of 32 threads, so a slow answer does not hold up the others.
 *
 * <p>Every answer carries {@code Connection: close}. Otherwise the client's connection pool keeps
 * connections that {@link Mode#DOWN} closed, reuses one after {@link Mode#NORMAL}, gets "failed to
 * respond" and does not retry (a POST is not idempotent), so the first call after a restart failed.
 */
public final class FakeOpenVidu {

    /** The OpenVidu secret the fake accepts. */
    public static final String SECRET = "twinning-test-openvidu-secret";
    /** The user name OpenVidu and its client use for Basic authentication. */
    public static final String USERNAME = "OPENVIDUAPP";
    /** The system property that chooses the port. */
    public static final String PORT_PROPERTY = "test.openvidu.port";
    /** The port used when the system property is not set. */
    public static final int DEFAULT_PORT = 14443;
    /** How long {@link Mode#SLOW} waits before answering. */
    public static final Duration SLOW_DELAY = Duration.ofSeconds(10);

    private static final String API = "/openvidu/api/sessions";
    private static final String EXPECTED_AUTHORIZATION = "Basic "
            + Base64.getEncoder().encodeToString((USERNAME + ":" + SECRET).getBytes(StandardCharsets.UTF_8));
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";

    private static FakeOpenVidu instance;

    /** How the fake answers. */
    public enum Mode {
        /** Like a healthy OpenVidu server. */
        NORMAL,
        /** Every authenticated request answers {@code 500} with a small JSON body. */
        FAILING,
        /** Every authenticated request waits {@link #SLOW_DELAY} (or until the mode changes) first. */
        SLOW,
        /** The server socket is closed: connections are refused. */
        DOWN
    }

    /** A snapshot of one connection of a session. */
    public record ConnectionInfo(String connectionId, String role, String serverData, String token) {
    }

    /** A snapshot of one session and its connections, oldest first. */
    public record SessionInfo(String sessionId, List<ConnectionInfo> connections) {
        public Optional<ConnectionInfo> connection(String connectionId) {
            return connections.stream().filter(c -> c.connectionId().equals(connectionId)).findFirst();
        }
    }

    private final int port;
    private final ExecutorService executor;
    private final Object lock = new Object();
    // All state below is guarded by lock.
    private final Map<String, FakeSession> sessions = new LinkedHashMap<>();
    private final List<String> requests = new ArrayList<>();
    private final List<String> closedSessions = new ArrayList<>();
    private Mode mode = Mode.NORMAL;
    private HttpServer server;

    private FakeOpenVidu(int port) {
        this.port = port;
        AtomicInteger count = new AtomicInteger();
        ThreadFactory threads = r -> {
            Thread t = new Thread(r, "fake-openvidu-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
        this.executor = Executors.newFixedThreadPool(32, threads);
    }

    /** Starts the fake if needed and returns it; safe to call many times. */
    public static synchronized FakeOpenVidu start() {
        if (instance == null) {
            FakeOpenVidu fake = new FakeOpenVidu(Integer.getInteger(PORT_PROPERTY, DEFAULT_PORT));
            synchronized (fake.lock) {
                fake.listen();
            }
            instance = fake;
        }
        return instance;
    }

    /** The port it listens on. */
    public int port() {
        return port;
    }

    /** The base address to give the OpenVidu client, {@code http://127.0.0.1:<port>/}. */
    public String url() {
        return "http://127.0.0.1:" + port + "/";
    }

    /** Changes how the fake answers from now on; see {@link Mode}. */
    public void behave(Mode newMode) {
        synchronized (lock) {
            if (newMode == null) {
                throw new IllegalArgumentException("mode");
            }
            mode = newMode;
            if (newMode == Mode.DOWN) {
                if (server != null) {
                    server.stop(0);
                    server = null;
                }
            } else if (server == null) {
                listen();
            }
            lock.notifyAll(); // ends the waits of SLOW requests when the mode changes
        }
    }

    /** The current mode. */
    public Mode mode() {
        synchronized (lock) {
            return mode;
        }
    }

    /** Forgets every session, request and closed session, and goes back to {@link Mode#NORMAL}. */
    public void reset() {
        synchronized (lock) {
            sessions.clear();
            requests.clear();
            closedSessions.clear();
        }
        behave(Mode.NORMAL);
    }

    /** The sessions that exist now, oldest first. */
    public List<SessionInfo> sessions() {
        synchronized (lock) {
            List<SessionInfo> list = new ArrayList<>();
            for (FakeSession s : sessions.values()) {
                list.add(s.snapshot());
            }
            return Collections.unmodifiableList(list);
        }
    }

    /** The session with that id, if it exists now. */
    public Optional<SessionInfo> session(String sessionId) {
        synchronized (lock) {
            FakeSession s = sessions.get(sessionId);
            return s == null ? Optional.empty() : Optional.of(s.snapshot());
        }
    }

    /**
     * Every authenticated request received since the last reset, in order, as "METHOD path"
     * without the query string, e.g. {@code "DELETE /openvidu/api/sessions/tl-42"}.
     * The unauthenticated first attempts that got the Basic challenge are not listed.
     */
    public List<String> requests() {
        synchronized (lock) {
            return List.copyOf(requests);
        }
    }

    /** How many requests of {@link #requests()} are exactly "METHOD path". */
    public int requestCount(String methodAndPath) {
        synchronized (lock) {
            return (int) requests.stream().filter(methodAndPath::equals).count();
        }
    }

    /** The ids of the sessions closed with {@code DELETE /openvidu/api/sessions/{id}}, in order. */
    public List<String> closedSessions() {
        synchronized (lock) {
            return List.copyOf(closedSessions);
        }
    }

    /**
     * A participant leaves the room as OpenVidu sees it (their browser closed): the connection is
     * gone from the session, as after the real server noticed the WebSocket closed.
     */
    public void drop(String sessionId, String connectionId) {
        synchronized (lock) {
            var session = sessions.get(sessionId);
            if (session == null || session.connections.remove(connectionId) == null) {
                throw new IllegalArgumentException("No connection " + connectionId + " in session " + sessionId);
            }
        }
    }

    // ---------------------------------------------------------------------------------------------

    /** Opens the server socket; retries a little in case the port is not free yet. Holds lock. */
    private void listen() {
        IOException last = null;
        for (int attempt = 0; attempt < 50; attempt++) {
            try {
                HttpServer s = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 200);
                s.createContext("/", this::handle);
                s.setExecutor(executor);
                s.start();
                server = s;
                return;
            } catch (BindException e) {
                last = e;
                try {
                    Thread.sleep(100);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    break;
                }
            } catch (IOException e) {
                last = e;
                break;
            }
        }
        throw new IllegalStateException("FakeOpenVidu cannot listen on 127.0.0.1:" + port, last);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body = readAll(exchange.getRequestBody());
            // No keep-alive: a pooled connection would go stale across DOWN and NORMAL, and the
            // client does not retry a POST that found its connection closed.
            exchange.getResponseHeaders().set("Connection", "close");
            String authorization = exchange.getRequestHeaders().getFirst("Authorization");
            if (!EXPECTED_AUTHORIZATION.equals(authorization)) {
                exchange.getResponseHeaders().set("WWW-Authenticate", "Basic realm=\"OpenVidu\"");
                exchange.sendResponseHeaders(401, -1);
                return;
            }
            String method = exchange.getRequestMethod();
            String path = exchange.getRequestURI().getPath();
            Mode now;
            synchronized (lock) {
                requests.add(method + " " + path);
                now = mode;
                if (now == Mode.SLOW) {
                    long end = System.nanoTime() + SLOW_DELAY.toNanos();
                    long left;
                    while (mode == Mode.SLOW && (left = end - System.nanoTime()) > 0) {
                        try {
                            lock.wait(Math.max(1, left / 1_000_000));
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                            break;
                        }
                    }
                    now = mode;
                }
            }
            if (now == Mode.FAILING) {
                Map<String, Object> error = new LinkedHashMap<>();
                error.put("timestamp", System.currentTimeMillis());
                error.put("status", 500);
                error.put("error", "Internal Server Error");
                error.put("message", "FakeOpenVidu is in FAILING mode");
                error.put("path", path);
                send(exchange, 500, error);
                return;
            }
            route(exchange, method, path, body);
        } catch (RuntimeException e) {
            try {
                exchange.getResponseHeaders().set("Connection", "close");
                exchange.sendResponseHeaders(500, -1);
            } catch (IOException | RuntimeException ignored) {
                // headers were sent already, or the client went away
            }
        }
    }

    private void route(HttpExchange exchange, String method, String path, byte[] body) throws IOException {
        if (!path.equals(API) && !path.startsWith(API + "/")) {
            exchange.sendResponseHeaders(404, -1);
            return;
        }
        String rest = path.substring(API.length());
        String[] parts = rest.isEmpty() ? new String[0] : rest.substring(1).split("/", -1);
        if (parts.length == 0 && method.equals("POST")) {
            createSession(exchange, body);
        } else if (parts.length == 0 && method.equals("GET")) {
            synchronized (lock) {
                List<Object> content = new ArrayList<>();
                for (FakeSession s : sessions.values()) {
                    content.add(s.toJson());
                }
                Map<String, Object> json = new LinkedHashMap<>();
                json.put("numberOfElements", content.size());
                json.put("content", content);
                send(exchange, 200, json);
            }
        } else if (parts.length == 1 && !parts[0].isEmpty() && method.equals("GET")) {
            Map<String, Object> json = null;
            synchronized (lock) {
                FakeSession s = sessions.get(parts[0]);
                if (s != null) {
                    json = s.toJson();
                }
            }
            sendOr404(exchange, json);
        } else if (parts.length == 1 && !parts[0].isEmpty() && method.equals("DELETE")) {
            boolean removed;
            synchronized (lock) {
                removed = sessions.remove(parts[0]) != null;
                if (removed) {
                    closedSessions.add(parts[0]);
                }
            }
            exchange.sendResponseHeaders(removed ? 204 : 404, -1);
        } else if (parts.length == 2 && parts[1].equals("connection") && method.equals("POST")) {
            createConnection(exchange, parts[0], body);
        } else if (parts.length == 3 && parts[1].equals("connection") && method.equals("DELETE")) {
            boolean removed;
            synchronized (lock) {
                FakeSession s = sessions.get(parts[0]);
                removed = s != null && s.connections.remove(parts[2]) != null;
            }
            exchange.sendResponseHeaders(removed ? 204 : 404, -1);
        } else {
            exchange.sendResponseHeaders(404, -1);
        }
    }

    private void createSession(HttpExchange exchange, byte[] body) throws IOException {
        Map<String, Object> request = parseObject(body);
        String custom = string(request.get("customSessionId"), "");
        Map<String, Object> json;
        synchronized (lock) {
            if (!custom.isEmpty() && sessions.containsKey(custom)) {
                exchange.sendResponseHeaders(409, -1);
                return;
            }
            String id = custom;
            while (id.isEmpty() || sessions.containsKey(id)) {
                id = "ses_" + random(10);
            }
            FakeSession s = new FakeSession(id, custom.isEmpty() ? null : custom,
                    oneOf(request.get("mediaMode"), "ROUTED", "ROUTED", "RELAYED"),
                    oneOf(request.get("recordingMode"), "MANUAL", "MANUAL", "ALWAYS"),
                    System.currentTimeMillis());
            sessions.put(id, s);
            json = s.toJson();
        }
        send(exchange, 200, json);
    }

    private void createConnection(HttpExchange exchange, String sessionId, byte[] body) throws IOException {
        Map<String, Object> request = parseObject(body);
        Map<String, Object> json = null;
        synchronized (lock) {
            FakeSession s = sessions.get(sessionId);
            if (s != null) {
                String role = oneOf(request.get("role"), "PUBLISHER", "PUBLISHER", "MODERATOR", "SUBSCRIBER");
                String connectionId;
                do {
                    connectionId = "con_" + random(10);
                } while (s.connections.containsKey(connectionId));
                FakeConnection c = new FakeConnection(connectionId, sessionId, role,
                        string(request.get("data"), ""),
                        request.get("record") instanceof Boolean b ? b : Boolean.TRUE,
                        "wss://127.0.0.1:4443?sessionId=" + sessionId + "&token=tok_" + random(16)
                                + "&role=" + role + "&version=2.32.1",
                        System.currentTimeMillis());
                s.connections.put(connectionId, c);
                json = c.toJson();
            }
        }
        sendOr404(exchange, json);
    }

    private static void sendOr404(HttpExchange exchange, Map<String, Object> json) throws IOException {
        if (json == null) {
            exchange.sendResponseHeaders(404, -1);
        } else {
            send(exchange, 200, json);
        }
    }

    private static void send(HttpExchange exchange, int status, Object json) throws IOException {
        byte[] bytes = Json.write(json).getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static byte[] readAll(InputStream in) throws IOException {
        try (in) {
            return in.readAllBytes();
        }
    }

    private static Map<String, Object> parseObject(byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8).trim();
        if (text.isEmpty()) {
            return Map.of();
        }
        try {
            Object value = Json.parse(text);
            if (value instanceof Map<?, ?> map) {
                @SuppressWarnings("unchecked")
                Map<String, Object> result = (Map<String, Object>) map;
                return result;
            }
        } catch (IllegalArgumentException e) {
            // a body that is not JSON is treated like an empty one
        }
        return Map.of();
    }

    private static String string(Object value, String fallback) {
        return value instanceof String s ? s : fallback;
    }

    private static String oneOf(Object value, String fallback, String... allowed) {
        for (String a : allowed) {
            if (a.equals(value)) {
                return a;
            }
        }
        return fallback;
    }

    private static String random(int length) {
        StringBuilder b = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            b.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return b.toString();
    }

    private static final class FakeSession {
        final String id;
        final String customSessionId;
        final String mediaMode;
        final String recordingMode;
        final long createdAt;
        final Map<String, FakeConnection> connections = new LinkedHashMap<>();

        FakeSession(String id, String customSessionId, String mediaMode, String recordingMode, long createdAt) {
            this.id = id;
            this.customSessionId = customSessionId;
            this.mediaMode = mediaMode;
            this.recordingMode = recordingMode;
            this.createdAt = createdAt;
        }

        Map<String, Object> toJson() {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("id", id);
            json.put("object", "session");
            json.put("sessionId", id);
            json.put("createdAt", createdAt);
            json.put("mediaMode", mediaMode);
            json.put("recordingMode", recordingMode);
            if (customSessionId != null) {
                json.put("customSessionId", customSessionId);
            }
            json.put("forcedVideoCodec", "VP8");
            json.put("allowTranscoding", false);
            json.put("recording", false);
            json.put("broadcasting", false);
            List<Object> content = new ArrayList<>();
            for (FakeConnection c : connections.values()) {
                content.add(c.toJson());
            }
            Map<String, Object> list = new LinkedHashMap<>();
            list.put("numberOfElements", content.size());
            list.put("content", content);
            json.put("connections", list);
            return json;
        }

        SessionInfo snapshot() {
            List<ConnectionInfo> list = new ArrayList<>();
            for (FakeConnection c : connections.values()) {
                list.add(new ConnectionInfo(c.connectionId, c.role, c.serverData, c.token));
            }
            return new SessionInfo(id, List.copyOf(list));
        }
    }

    private record FakeConnection(String connectionId, String sessionId, String role, String serverData,
            boolean record, String token, long createdAt) {

        Map<String, Object> toJson() {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("id", connectionId);
            json.put("object", "connection");
            json.put("connectionId", connectionId);
            json.put("status", "pending");
            json.put("type", "WEBRTC");
            json.put("sessionId", sessionId);
            json.put("createdAt", createdAt);
            json.put("activeAt", null);
            json.put("location", null);
            json.put("ip", null);
            json.put("platform", null);
            json.put("token", token);
            json.put("serverData", serverData);
            json.put("clientData", null);
            json.put("record", record);
            json.put("role", role);
            json.put("kurentoOptions", null);
            json.put("rtspUri", null);
            json.put("adaptativeBitrate", null);
            json.put("onlyPlayWithSubscribers", null);
            json.put("networkCache", null);
            json.put("publishers", List.of());
            json.put("subscribers", List.of());
            json.put("customIceServers", List.of());
            return json;
        }
    }

    /** Just enough JSON: objects, arrays, strings, numbers, booleans and null. */
    private static final class Json {
        private final String s;
        private int i;

        private Json(String s) {
            this.s = s;
        }

        static Object parse(String text) {
            Json p = new Json(text);
            Object value = p.value();
            p.space();
            if (p.i != p.s.length()) {
                throw new IllegalArgumentException("trailing characters at " + p.i);
            }
            return value;
        }

        static String write(Object value) {
            StringBuilder b = new StringBuilder();
            write(b, value);
            return b.toString();
        }

        private static void write(StringBuilder b, Object value) {
            if (value == null) {
                b.append("null");
            } else if (value instanceof String str) {
                quote(b, str);
            } else if (value instanceof Number || value instanceof Boolean) {
                b.append(value);
            } else if (value instanceof Map<?, ?> map) {
                b.append('{');
                boolean first = true;
                for (Map.Entry<?, ?> e : map.entrySet()) {
                    if (!first) {
                        b.append(',');
                    }
                    first = false;
                    quote(b, String.valueOf(e.getKey()));
                    b.append(':');
                    write(b, e.getValue());
                }
                b.append('}');
            } else if (value instanceof List<?> list) {
                b.append('[');
                for (int k = 0; k < list.size(); k++) {
                    if (k > 0) {
                        b.append(',');
                    }
                    write(b, list.get(k));
                }
                b.append(']');
            } else {
                quote(b, value.toString());
            }
        }

        private static void quote(StringBuilder b, String str) {
            b.append('"');
            for (int k = 0; k < str.length(); k++) {
                char c = str.charAt(k);
                switch (c) {
                    case '"' -> b.append("\\\"");
                    case '\\' -> b.append("\\\\");
                    case '\n' -> b.append("\\n");
                    case '\r' -> b.append("\\r");
                    case '\t' -> b.append("\\t");
                    case '\b' -> b.append("\\b");
                    case '\f' -> b.append("\\f");
                    default -> {
                        if (c < 0x20) {
                            b.append(String.format("\\u%04x", (int) c));
                        } else {
                            b.append(c);
                        }
                    }
                }
            }
            b.append('"');
        }

        private void space() {
            while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
        }

        private IllegalArgumentException error(String what) {
            return new IllegalArgumentException(what + " at " + i);
        }

        private Object value() {
            space();
            if (i >= s.length()) {
                throw error("unexpected end");
            }
            char c = s.charAt(i);
            switch (c) {
                case '{':
                    return object();
                case '[':
                    return array();
                case '"':
                    return string();
                case 't':
                    return literal("true", Boolean.TRUE);
                case 'f':
                    return literal("false", Boolean.FALSE);
                case 'n':
                    return literal("null", null);
                default:
                    return number();
            }
        }

        private Object literal(String word, Object value) {
            if (!s.startsWith(word, i)) {
                throw error("bad literal");
            }
            i += word.length();
            return value;
        }

        private Map<String, Object> object() {
            Map<String, Object> map = new LinkedHashMap<>();
            i++; // {
            space();
            if (i < s.length() && s.charAt(i) == '}') {
                i++;
                return map;
            }
            while (true) {
                space();
                if (i >= s.length() || s.charAt(i) != '"') {
                    throw error("expected a key");
                }
                String key = string();
                space();
                expect(':');
                map.put(key, value());
                space();
                if (i < s.length() && s.charAt(i) == ',') {
                    i++;
                } else {
                    expect('}');
                    return map;
                }
            }
        }

        private List<Object> array() {
            List<Object> list = new ArrayList<>();
            i++; // [
            space();
            if (i < s.length() && s.charAt(i) == ']') {
                i++;
                return list;
            }
            while (true) {
                list.add(value());
                space();
                if (i < s.length() && s.charAt(i) == ',') {
                    i++;
                } else {
                    expect(']');
                    return list;
                }
            }
        }

        private void expect(char c) {
            if (i >= s.length() || s.charAt(i) != c) {
                throw error("expected '" + c + "'");
            }
            i++;
        }

        private String string() {
            i++; // opening quote
            StringBuilder b = new StringBuilder();
            while (true) {
                if (i >= s.length()) {
                    throw error("unterminated string");
                }
                char c = s.charAt(i++);
                if (c == '"') {
                    return b.toString();
                }
                if (c != '\\') {
                    b.append(c);
                    continue;
                }
                if (i >= s.length()) {
                    throw error("unterminated escape");
                }
                char e = s.charAt(i++);
                switch (e) {
                    case '"', '\\', '/' -> b.append(e);
                    case 'b' -> b.append('\b');
                    case 'f' -> b.append('\f');
                    case 'n' -> b.append('\n');
                    case 'r' -> b.append('\r');
                    case 't' -> b.append('\t');
                    case 'u' -> {
                        if (i + 4 > s.length()) {
                            throw error("bad unicode escape");
                        }
                        try {
                            b.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
                        } catch (NumberFormatException ex) {
                            throw error("bad unicode escape");
                        }
                        i += 4;
                    }
                    default -> throw error("bad escape");
                }
            }
        }

        private Number number() {
            int start = i;
            while (i < s.length() && "+-0123456789.eE".indexOf(s.charAt(i)) >= 0) {
                i++;
            }
            String n = s.substring(start, i);
            if (n.isEmpty()) {
                throw error("unexpected character");
            }
            try {
                if (n.contains(".") || n.contains("e") || n.contains("E")) {
                    return Double.parseDouble(n);
                }
                return Long.parseLong(n);
            } catch (NumberFormatException ex) {
                throw error("bad number");
            }
        }
    }
}
