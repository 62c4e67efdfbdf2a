package org.twinninglive.platform;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.wildfly.security.http.oidc.AccessToken;
import org.wildfly.security.http.oidc.OidcPrincipal;

/**
 * The signed-in identity of the current web or API request, read once from the token that
 * WildFly's OIDC client verified. The one place that knows about tokens: both doors inject
 * this and hand {@link SignedInIdentity} to services.
 */
@RequestScoped
public class CurrentIdentity {

    @Inject
    HttpServletRequest request;

    private Optional<SignedInIdentity> identity;

    /** The signed-in identity, or empty for a visitor. */
    public Optional<SignedInIdentity> get() {
        if (identity == null) {
            identity = read();
        }
        return identity;
    }

    /** The signed-in identity; for pages and resources that the container already protects. */
    public SignedInIdentity require() {
        return get().orElseThrow(() -> new ForbiddenException("Sign in first.").shownAs("signIn.required"));
    }

    private Optional<SignedInIdentity> read() {
        if (!(request.getUserPrincipal() instanceof OidcPrincipal<?> principal)) {
            return Optional.empty();
        }
        AccessToken token = principal.getOidcSecurityContext().getToken();
        Set<String> roles = new HashSet<>();
        if (token.getRealmAccessClaim() != null && token.getRealmAccessClaim().getRoles() != null) {
            roles.addAll(token.getRealmAccessClaim().getRoles());
        }
        roles.retainAll(Roles.ALL);
        // Keycloak marks client-credentials tokens with the client_id claim of the service account
        String client = token.getClaimValueAsString("client_id");
        if (client != null) {
            return Optional.of(new SignedInIdentity(token.getSubject(), client, client, null, null, Set.of(), true));
        }
        return Optional.of(new SignedInIdentity(token.getSubject(), token.getPreferredUsername(), token.getName(),
                token.getEmail(), token.getClaimValueAsString("country"), roles));
    }
}
