package org.twinninglive.platform;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import org.wildfly.security.http.oidc.OidcClientConfiguration;
import org.wildfly.security.http.oidc.OidcClientConfigurationBuilder;
import org.wildfly.security.http.oidc.OidcClientConfigurationResolver;
import org.wildfly.security.http.oidc.OidcHttpFacade;

/**
 * Which of the two realms signs a request in (DESIGN.md "identities"): teachers and officers in
 * the realm WildFly's secure-deployment names ({@code twinning}); pupils (T2) in the realm beside
 * it, {@code twinning-pupils}, whose policies suit children. Each WAR names its subclass as
 * elytron-oidc-client's {@code oidc.config.resolver}: the pages choose by address (the pupils'
 * pages), the API by the realm that issued the bearer token. The pupils' configuration is the
 * teachers' with the pupils' realm and client; an account of one realm is never taken for the
 * other (elytron compares a session's realm with the request's).
 */
public abstract class RealmResolver implements OidcClientConfigurationResolver {

    /** The context parameter in which WildFly hands a WAR its secure-deployment. */
    public static final String CONFIGURATION = "org.wildfly.security.http.oidc.json.config";
    /** The client of the pupils' pages and of their API calls: fixed, so a pupil is told by the client. */
    public static final String PUPIL_WEB_CLIENT = "twinning-pupil-web";
    public static final String PUPIL_API_CLIENT = "twinning-pupil-api";
    static final String DEMO_PUPIL_SECRET = "twinning-pupil-web-secret";
    /** The pupils' realm is the teachers' with this suffix ({@code twinning-pupils}) unless PUPILS_PROVIDER_URL says. */
    static final String PUPILS_SUFFIX = "-pupils";

    private volatile OidcClientConfiguration teachers;
    private volatile OidcClientConfiguration pupils;

    /** The teachers' configuration as WildFly gave it to this WAR (its JSON), or null before the WAR started. */
    protected abstract String teachersConfiguration();

    /** Whether this request is a pupil's. */
    protected abstract boolean pupils(OidcHttpFacade.Request request);

    /** Whether the pupils' client is a bearer-only one (the API) or signs in through the browser (the pages). */
    protected abstract boolean bearerOnly();

    @Override
    public OidcClientConfiguration resolve(OidcHttpFacade.Request request) {
        return pupils(request) ? pupils() : teachers();
    }

    private OidcClientConfiguration teachers() {
        if (teachers == null) {
            teachers = build(teachersConfiguration());
        }
        return teachers;
    }

    private OidcClientConfiguration pupils() {
        if (pupils == null) {
            pupils = build(pupilsConfiguration(teachersConfiguration(), bearerOnly(), setting("PUPILS_PROVIDER_URL"),
                    setting("TWINNING_PUPIL_WEB_SECRET")));
        }
        return pupils;
    }

    private static OidcClientConfiguration build(String json) {
        return OidcClientConfigurationBuilder.build(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    private static String setting(String name) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? System.getProperty(name) : value;
    }

    /**
     * The pupils' configuration made from the teachers': the same server and rules (SSL, no token
     * in the query), the pupils' realm ({@code providerUrl}, else the teachers' realm followed by
     * "-pupils") and client; the pages' client with its secret (the demo one when none is set).
     */
    static String pupilsConfiguration(String teachersJson, boolean bearerOnly, String providerUrl, String secret) {
        JsonObject teachers;
        try (var reader = Json.createReader(new StringReader(teachersJson))) {
            teachers = reader.readObject();
        }
        JsonObjectBuilder pupils = Json.createObjectBuilder(teachers);
        pupils.remove("client-id");
        pupils.remove("credentials");
        pupils.remove("bearer-only");
        if (providerUrl != null && !providerUrl.isBlank()) {
            pupils.remove("realm").remove("auth-server-url").add("provider-url", providerUrl.strip());
        } else if (teachers.containsKey("provider-url")) {
            pupils.add("provider-url", teachers.getString("provider-url").replaceAll("/+$", "") + PUPILS_SUFFIX);
        } else {
            pupils.add("realm", teachers.getString("realm", "twinning") + PUPILS_SUFFIX);
        }
        if (bearerOnly) {
            pupils.add("resource", PUPIL_API_CLIENT).add("bearer-only", true);
        } else {
            pupils.add("resource", PUPIL_WEB_CLIENT).add("credentials", Json.createObjectBuilder()
                    .add("secret", secret == null || secret.isBlank() ? DEMO_PUPIL_SECRET : secret));
        }
        return pupils.build().toString();
    }

    /**
     * Why the WAR must not start: a pupils' realm (PUPILS_PROVIDER_URL) whose name does not end with
     * {@value #PUPILS_SUFFIX}, by which its tokens are told from the teachers' before they are
     * verified; empty when it may.
     */
    protected static Optional<String> unknowablePupilsRealm(String application) {
        String providerUrl = setting("PUPILS_PROVIDER_URL");
        if (providerUrl != null && !providerUrl.isBlank() && !isPupilsIssuer(providerUrl.strip())) {
            return Optional.of("\"" + application + "\" cannot tell pupils' tokens: PUPILS_PROVIDER_URL (" + providerUrl
                    + ") must name a realm whose name ends with \"" + PUPILS_SUFFIX + "\".");
        }
        return Optional.empty();
    }

    /** Why the WAR must not start: production (SSL everywhere) with the demo pupils' secret; empty when it may. */
    protected static Optional<String> demoPupilSecret(String application, String teachersJson) {
        if (teachersJson == null || teachersJson.isBlank()) {
            return Optional.empty();
        }
        JsonObject teachers;
        try (var reader = Json.createReader(new StringReader(teachersJson))) {
            teachers = reader.readObject();
        }
        String secret = setting("TWINNING_PUPIL_WEB_SECRET");
        if ("ALL".equalsIgnoreCase(teachers.getString("ssl-required", ""))
                && (secret == null || secret.isBlank() || DEMO_PUPIL_SECRET.equals(secret))) {
            return Optional.of("The pupils' sign-in of \"" + application + "\" requires SSL everywhere (production) but"
                    + " uses the demo client secret: set TWINNING_PUPIL_WEB_SECRET (the secret of the client "
                    + PUPIL_WEB_CLIENT + " of the realm twinning-pupils).");
        }
        return Optional.empty();
    }

    /**
     * Whether a verified token's issuer is the pupils' realm (CurrentIdentity: a token of theirs is a
     * pupil's): the resolver verified it with the keys of the realm its issuer names.
     */
    public static boolean isPupilsIssuer(String issuer) {
        return issuer != null && issuer.replaceAll("/+$", "").endsWith(PUPILS_SUFFIX);
    }

    /**
     * The issuer of a bearer token, read without verifying it: only to choose the realm whose keys
     * will verify it. Empty for anything that is not a JWT.
     */
    static Optional<String> issuerOf(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Optional.empty();
        }
        String[] parts = authorization.substring(7).strip().split("\\.");
        if (parts.length != 3 || parts[1].length() > 16_384) {
            return Optional.empty();
        }
        try (var reader = Json.createReader(new StringReader(new String(Base64.getUrlDecoder().decode(parts[1]),
                StandardCharsets.UTF_8)))) {
            var iss = reader.readObject().get("iss");
            return iss instanceof jakarta.json.JsonString s ? Optional.of(s.getString()) : Optional.empty();
        } catch (RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    /** Whether a bearer token was issued by a pupils' realm (a realm whose name ends with "-pupils"). */
    protected static boolean pupilsToken(String authorization) {
        return issuerOf(authorization).map(RealmResolver::isPupilsIssuer).orElse(false);
    }
}
