package org.twinninglive.platform;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The security headers both doors send, and which pages may post to the platform, from the
 * deployment's addresses: the platform's own ({@code PUBLIC_URL}; https turns on HSTS and
 * Secure cookies; unset, each request's own origin stands in), the video server the pages
 * connect to ({@code OPENVIDU_URL}) and Keycloak, where a form post may be sent on to sign in
 * ({@code KEYCLOAK_URL}).
 *
 * <p>The pages' Content-Security-Policy ends with its {@code script-src} directive on purpose:
 * PrimeFaces' CSP mode ({@code primefaces.CSP} in the web module's web.xml) appends the nonce of
 * each page to it. Styles need {@code 'unsafe-inline'}: PrimeFaces' components and the progression
 * bar write {@code style} attributes, which no nonce can cover.
 */
public final class SecurityHeaders {

    public static final String CONTENT_SECURITY_POLICY = "Content-Security-Policy";

    private static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'";
    private static final String HSTS = "max-age=31536000; includeSubDomains";
    /** A host name or an IPv6 literal: nothing that could end a directive or a header. */
    private static final Pattern HOST = Pattern.compile("[a-z0-9.-]+|\\[[0-9a-f:.]+\\]");

    private final Optional<String> publicOrigin;
    private final Optional<String> openViduOrigin;
    private final String keycloakOrigin;

    /**
     * @throws IllegalArgumentException when a set address is not an absolute http(s) one (the
     *                                  deployment then fails and says which setting is wrong)
     */
    public SecurityHeaders(Optional<String> publicUrl, Optional<String> openViduUrl, String keycloakUrl) {
        this.publicOrigin = publicUrl.filter(url -> !url.isBlank()).map(url -> required("PUBLIC_URL", url));
        this.openViduOrigin = openViduUrl.filter(url -> !url.isBlank()).map(url -> required("OPENVIDU_URL", url));
        this.keycloakOrigin = required("KEYCLOAK_URL", keycloakUrl);
    }

    /** Whether the platform is served over https: HSTS is sent and its cookies are Secure. */
    public boolean https() {
        return publicOrigin.filter(origin -> origin.startsWith("https:")).isPresent();
    }

    /** The origin the pages are served from: PUBLIC_URL's, else the request's own (null if unknown). */
    public String ownOrigin(String requestOrigin) {
        return publicOrigin.orElse(requestOrigin);
    }

    /** Every security header of a page's answer; its policy without nonce, for what PrimeFaces does not draw. */
    public Map<String, String> forPages(String requestOrigin) {
        var headers = new LinkedHashMap<String, String>();
        headers.put(CONTENT_SECURITY_POLICY, pagePolicy(requestOrigin));
        headers.put("X-Frame-Options", "DENY");
        headers.put("X-Content-Type-Options", "nosniff");
        // not no-referrer: browsers then send "Origin: null" with a page's own form posts
        headers.put("Referrer-Policy", "strict-origin-when-cross-origin");
        if (https()) {
            headers.put("Strict-Transport-Security", HSTS);
        }
        return headers;
    }

    /**
     * The pages' Content-Security-Policy, ending with {@code script-src 'self'} for PrimeFaces to
     * append its nonce: scripts from the platform or carrying the page's nonce, no plug-ins, no
     * framing; fonts of the platform or embedded as data: (FullCalendar's icons); connections to the platform, its live push ({@code f:websocket}, ws or wss of the
     * own origin) and the video server; forms to the platform, or on to Keycloak when a post
     * needs a sign-in first.
     */
    public String pagePolicy(String requestOrigin) {
        var connect = new StringBuilder("'self'");
        String own = ownOrigin(requestOrigin);
        if (own != null) {
            connect.append(' ').append(webSocketOf(own));
        }
        openViduOrigin.ifPresent(origin -> connect.append(' ').append(origin).append(' ').append(webSocketOf(origin)));
        return "default-src 'self'; base-uri 'self'; object-src 'none'; frame-ancestors 'none'; "
                + "form-action 'self' " + keycloakOrigin + "; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
                // fonts of the platform, and those libraries embed (the schedule's icon font, FullCalendar's): a font runs nothing
                + "font-src 'self' data:; "
                + "connect-src " + connect + "; script-src 'self'";
    }

    /** Every security header of an API answer: JSON is never a document to run, frame or refer from. */
    public Map<String, String> forApi() {
        var headers = new LinkedHashMap<String, String>();
        headers.put(CONTENT_SECURITY_POLICY, API_POLICY);
        headers.put("X-Frame-Options", "DENY");
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put("Referrer-Policy", "no-referrer");
        if (https()) {
            headers.put("Strict-Transport-Security", HSTS);
        }
        return headers;
    }

    /**
     * Whether a request that changes something was sent by a page of another origin: its
     * {@code Origin}, or without one its {@code Referer}'s origin, is not the platform's own. With
     * neither, it is no browser's cross-origin form (browsers send Origin with every such post;
     * old browsers, command-line tools and Keycloak's server-to-server calls send none): allowed.
     * {@code Origin: null} (a sandboxed or privacy-sensitive page) is another origin.
     */
    public boolean crossOrigin(String origin, String referer, String requestOrigin) {
        String claimed;
        if (origin != null) {
            claimed = originOf(origin).orElse("null");
        } else if (referer != null) {
            claimed = originOf(referer).orElse("null");
        } else {
            return false;
        }
        return !claimed.equals(ownOrigin(requestOrigin));
    }

    /** {@code scheme://host[:port]} of an http(s) address, in lower case, without a default port. */
    public static Optional<String> originOf(String url) {
        try {
            var uri = new URI(url.strip());
            if (uri.getScheme() == null || uri.getHost() == null) {
                return Optional.empty();
            }
            return origin(uri.getScheme(), uri.getHost(), uri.getPort());
        } catch (URISyntaxException malformed) {
            return Optional.empty();
        }
    }

    /** The origin of a request as the server received it; empty for a scheme or host no browser sends. */
    public static Optional<String> origin(String scheme, String host, int port) {
        String s = scheme == null ? "" : scheme.toLowerCase(Locale.ROOT);
        String h = host == null ? "" : host.toLowerCase(Locale.ROOT);
        if (!(s.equals("http") || s.equals("https")) || !HOST.matcher(h).matches()) {
            return Optional.empty();
        }
        boolean defaultPort = port < 0 || (s.equals("http") && port == 80) || (s.equals("https") && port == 443);
        return Optional.of(s + "://" + h + (defaultPort ? "" : ":" + port));
    }

    private static String webSocketOf(String origin) {
        return origin.replaceFirst("^http", "ws");
    }

    private static String required(String setting, String url) {
        return originOf(url).orElseThrow(() -> new IllegalArgumentException(
                setting + " must be an absolute http or https address, not \"" + url + "\""));
    }
}
