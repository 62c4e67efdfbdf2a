package org.twinninglive.platform;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What the application needs of its server, checked while it deploys, so that a server set up by
 * hand is refused with one sentence instead of failing requests later. A missing datasource or
 * cache never reaches this code: WildFly refuses the deployment first ("Required services that
 * are not installed", naming {@code java:jboss/datasources/TwinningDS} or
 * {@code java:jboss/infinispan/cache/twinning/progression-bars}). What WildFly lets through is
 * checked here: production with the demo client secrets, and a WAR without its OIDC client (it
 * would deploy and answer every request with a 500).
 */
@Startup
@Singleton
public class DeploymentChecks {

    static final String DEMO_WEB_SECRET = "twinning-web-secret";
    static final String DEMO_ACCOUNTS_SECRET = "twinning-accounts-secret";
    static final String FIX = "run wildfly-config's deploy-to-wildfly.sh on this server "
            + "(README \"Deploy to an existing WildFly\")";

    // the same defaults as server.cli and KeycloakAccounts: unset means the demo value
    @Inject
    @ConfigProperty(name = "oidc.ssl-required", defaultValue = "EXTERNAL")
    String sslRequired;

    @Inject
    @ConfigProperty(name = "twinning.web-secret", defaultValue = DEMO_WEB_SECRET)
    String webSecret;

    @Inject
    @ConfigProperty(name = "twinning.accounts-secret", defaultValue = DEMO_ACCOUNTS_SECRET)
    String accountsSecret;

    @PostConstruct
    void refuseDemoSecretsInProduction() {
        demoSecretsInProduction(sslRequired, webSecret, accountsSecret).ifPresent(refusal -> {
            throw new IllegalStateException(refusal);
        });
    }

    /**
     * Why the server must not start: production (OIDC_SSL_REQUIRED=ALL) with a client secret that
     * the demo realm publishes. Empty when it may start.
     */
    static Optional<String> demoSecretsInProduction(String sslRequired, String webSecret, String accountsSecret) {
        if (!"ALL".equalsIgnoreCase(sslRequired)) {
            return Optional.empty();
        }
        List<String> demo = new ArrayList<>();
        if (webSecret == null || webSecret.isBlank() || DEMO_WEB_SECRET.equals(webSecret)) {
            demo.add("TWINNING_WEB_SECRET");
        }
        if (accountsSecret == null || accountsSecret.isBlank() || DEMO_ACCOUNTS_SECRET.equals(accountsSecret)) {
            demo.add("TWINNING_ACCOUNTS_SECRET");
        }
        if (demo.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("OIDC_SSL_REQUIRED=ALL (production) refuses the demo client secrets: set "
                + String.join(" and ", demo) + " (the client secrets of the production realm).");
    }

    /**
     * Why a WAR must not start: WildFly gave it no OIDC client configuration (the context parameter
     * its elytron-oidc-client secure-deployment adds). Empty when it has one.
     */
    static Optional<String> missingOidcClient(String application, String oidcConfiguration) {
        if (oidcConfiguration != null && !oidcConfiguration.isBlank()) {
            return Optional.empty();
        }
        return Optional.of("The sign-in of \"" + application + "\" is not configured (WildFly has no "
                + "elytron-oidc-client secure-deployment for its WAR): " + FIX + ".");
    }

    /**
     * Why a WAR must not start, read from the OIDC client configuration WildFly really gave it
     * (set through the environment or written in standalone.xml): production ({@code ssl-required}
     * "all") with the demo realm's published secret. Empty when it may start.
     */
    static Optional<String> demoSecretInOidcClient(String application, String oidcConfiguration) {
        if (oidcConfiguration == null || oidcConfiguration.isBlank()) {
            return Optional.empty();
        }
        JsonObject configuration;
        try (var reader = Json.createReader(new StringReader(oidcConfiguration))) {
            configuration = reader.readObject();
        } catch (JsonException | ClassCastException unreadable) {
            return Optional.empty();
        }
        boolean production = "ALL".equalsIgnoreCase(configuration.getString("ssl-required", ""));
        var credentials = configuration.getJsonObject("credentials");
        String secret = credentials == null ? null : credentials.getString("secret", null);
        if (production && DEMO_WEB_SECRET.equals(secret)) {
            return Optional.of("The sign-in of \"" + application + "\" requires SSL everywhere (production) but uses"
                    + " the demo client secret: set the production realm's secret (TWINNING_WEB_SECRET, or the"
                    + " secure-deployment's credential in standalone.xml).");
        }
        return Optional.empty();
    }

    /**
     * Registered as a listener in the web.xml of both WARs: refuses a WAR without its OIDC client,
     * or with the demo secret in production.
     */
    public static class OidcClient implements ServletContextListener {

        static final String CONFIGURATION = "org.wildfly.security.http.oidc.json.config";

        @Override
        public void contextInitialized(ServletContextEvent event) {
            var context = event.getServletContext();
            String configuration = context.getInitParameter(CONFIGURATION);
            missingOidcClient(context.getServletContextName(), configuration)
                    .or(() -> demoSecretInOidcClient(context.getServletContextName(), configuration))
                    .ifPresent(refusal -> {
                        throw new IllegalStateException(refusal);
                    });
        }
    }
}
