package org.twinninglive.platform;

import io.undertow.server.HttpServerExchange;
import io.undertow.servlet.ServletExtension;
import io.undertow.servlet.api.DeploymentInfo;
import io.undertow.servlet.handlers.ServletRequestContext;
import io.undertow.util.Headers;
import io.undertow.util.StatusCodes;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpServletRequest;

/**
 * While Keycloak does not answer, a sign-in leads to the platform's own page
 * ({@link SignInUnavailableView}) instead of a browser error: WildFly's OIDC client answers a
 * visitor on a signed-in page with a redirect to Keycloak's form before any filter of the
 * application runs, so this Undertow extension (META-INF/services) watches the answers from
 * outside the security handlers and turns that redirect into one to the page, which offers to
 * try again. Only the redirect changes: whoever is signed in is not redirected, and keeps working.
 */
public class SignInOutageRedirect implements ServletExtension {

    /** Keycloak's sign-in form, at whatever address Keycloak names itself (KEYCLOAK_URL may be an internal one). */
    private static final String SIGN_IN_FORM = "/realms/twinning/protocol/openid-connect/auth";

    @Override
    public void handleDeployment(DeploymentInfo deployment, ServletContext servletContext) {
        deployment.addOuterHandlerChainWrapper(next -> exchange -> {
            exchange.addResponseCommitListener(SignInOutageRedirect::toOwnPageIfKeycloakIsDown);
            next.handleRequest(exchange);
        });
    }

    /** Whether a redirect's Location is Keycloak's sign-in form. */
    static boolean leadsToSignIn(String location) {
        if (location == null) {
            return false;
        }
        int query = location.indexOf('?');
        return (query < 0 ? location : location.substring(0, query)).endsWith(SIGN_IN_FORM);
    }

    private static void toOwnPageIfKeycloakIsDown(HttpServerExchange exchange) {
        int status = exchange.getStatusCode();
        if (status != StatusCodes.FOUND && status != StatusCodes.SEE_OTHER
                || !leadsToSignIn(exchange.getResponseHeaders().getFirst(Headers.LOCATION))
                // a CDI bean of this WAR, asked only when a sign-in is about to start (it checks at most every few seconds)
                || CDI.current().select(SignInAvailability.class).get().isAvailable()) {
            return;
        }
        var request = (HttpServletRequest) exchange.getAttachment(ServletRequestContext.ATTACHMENT_KEY).getServletRequest();
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String back = request.getQueryString() == null ? path : path + "?" + request.getQueryString();
        exchange.getResponseHeaders().put(Headers.LOCATION, request.getContextPath() + SignInUnavailableView.address(back));
    }
}
