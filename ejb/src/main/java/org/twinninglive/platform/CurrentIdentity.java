package org.twinninglive.platform;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.wildfly.security.http.oidc.AccessToken;
import org.wildfly.security.http.oidc.OidcPrincipal;
import org.wildfly.security.http.oidc.RefreshableOidcSecurityContext;

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

    /**
     * When the person accepted the terms on Keycloak's registration form (the claim
     * {@code terms_accepted_at}, epoch seconds, from the account's attribute); empty for accounts
     * that did not register there (made by an administrator, or before the form asked).
     */
    public Optional<java.time.Instant> termsAcceptedAtRegistration() {
        if (!(request.getUserPrincipal() instanceof OidcPrincipal<?> principal)) {
            return Optional.empty();
        }
        String value = principal.getOidcSecurityContext().getToken().getClaimValueAsString("terms_accepted_at");
        if (value == null || !value.strip().matches("\\d{1,13}")) {
            return Optional.empty();
        }
        long number = Long.parseLong(value.strip());
        // seconds (Keycloak's registration form) or milliseconds, told apart by size
        return Optional.of(number > 100_000_000_000L ? java.time.Instant.ofEpochMilli(number)
                : java.time.Instant.ofEpochSecond(number));
    }

    private Optional<SignedInIdentity> read() {
        if (!(request.getUserPrincipal() instanceof OidcPrincipal<?> principal)) {
            return Optional.empty();
        }
        AccessToken token = principal.getOidcSecurityContext().getToken();
        if (pupils(principal.getOidcSecurityContext(), token)) {
            // the pupils' realm (T2): a pupil whatever the token says, with no other role
            return Optional.of(SignedInIdentity.pupil(token.getSubject(), token.getPreferredUsername()));
        }
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
        // "country" is the administrators' (officers: which accounts they review); a teacher who joined
        // through the registration form has chosen "registration_country" there (J1), which they may
        // change in Keycloak's account pages but which never decides an officer's country
        String country = token.getClaimValueAsString("country");
        if ((country == null || country.isBlank()) && !roles.contains(Roles.NSS) && !roles.contains(Roles.CSS)) {
            country = token.getClaimValueAsString("registration_country");
        }
        return Optional.of(new SignedInIdentity(token.getSubject(), token.getPreferredUsername(), token.getName(),
                token.getEmail(), country, roles));
    }

    /**
     * Whether the token is a pupil's (T2): verified with the pupils' configuration (its client is
     * one of theirs), as the realm resolver chose it; where the context does not say, by the realm
     * that issued it (a name ending with "-pupils", which the resolvers require of the pupils' realm).
     */
    private static boolean pupils(org.wildfly.security.http.oidc.OidcSecurityContext context, AccessToken token) {
        if (context instanceof RefreshableOidcSecurityContext refreshable
                && refreshable.getOidcClientConfiguration() != null) {
            String client = refreshable.getOidcClientConfiguration().getResourceName();
            return RealmResolver.PUPIL_WEB_CLIENT.equals(client) || RealmResolver.PUPIL_API_CLIENT.equals(client);
        }
        return RealmResolver.isPupilsIssuer(token.getIssuer());
    }
}
