package org.twinninglive.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The settings the security headers follow, read once for both doors: PUBLIC_URL, OPENVIDU_URL
 * and KEYCLOAK_URL (README, "Configuration").
 */
@ApplicationScoped
public class SecurityHeadersSettings {

    @Inject
    @ConfigProperty(name = "public.url")
    Optional<String> publicUrl;

    @Inject
    @ConfigProperty(name = "openvidu.url")
    Optional<String> openViduUrl;

    @Inject
    @ConfigProperty(name = "keycloak.url", defaultValue = "http://localhost:8180")
    String keycloakUrl;

    private volatile SecurityHeaders headers;

    @Produces
    SecurityHeaders securityHeaders() {
        if (headers == null) {
            headers = new SecurityHeaders(publicUrl, openViduUrl, keycloakUrl);
        }
        return headers;
    }
}
