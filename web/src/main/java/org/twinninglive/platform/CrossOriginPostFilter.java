package org.twinninglive.platform;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Refuses a post (or any request that changes something) that a page of another site sent: its
 * Origin, or without one its Referer, is not the platform's own ({@link SecurityHeaders#crossOrigin};
 * behind a proxy that terminates TLS, PUBLIC_URL tells the platform's origin). Nothing of another
 * origin posts here legitimately: Keycloak answers the sign-in with a redirect (a GET), and logging
 * out is a link to {@code /logout}. The answer is 403 with the forbidden page.
 *
 * <p>web.xml maps it to REQUEST and FORWARD, so a post reaching a page through another filter's
 * forward (a profile's address, a clean address) is checked whichever filter comes first.
 */
public class CrossOriginPostFilter extends HttpFilter {

    private static final Logger LOG = Logger.getLogger(CrossOriginPostFilter.class.getName());
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");
    /** The page's clean address: its .xhtml form answers a redirect (FacesViews, web.xml). */
    private static final String FORBIDDEN_PAGE = "/error/forbidden";

    @Inject
    SecurityHeaders headers;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (SAFE_METHODS.contains(request.getMethod())
                || !headers.crossOrigin(request.getHeader("Origin"), request.getHeader("Referer"),
                        SecurityHeadersFilter.requestOrigin(request))) {
            chain.doFilter(request, response);
            return;
        }
        LOG.info(() -> "Refused a cross-origin " + request.getMethod() + " to " + request.getRequestURI() + " from "
                + (request.getHeader("Origin") != null ? request.getHeader("Origin") : "Referer " + request.getHeader("Referer")));
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        request.getRequestDispatcher(FORBIDDEN_PAGE).forward(new FreshPage(request), response);
    }

    /**
     * The refused request as a plain GET without parameters, so that the forbidden page is drawn as
     * a new page: as a post it would be a postback, and PrimeFaces would look for the refused
     * form's CSP nonce (an error page of sendError would be one too).
     */
    private static final class FreshPage extends HttpServletRequestWrapper {

        FreshPage(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getMethod() {
            return "GET";
        }

        @Override
        public String getParameter(String name) {
            return null;
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return Map.of();
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.emptyEnumeration();
        }

        @Override
        public String[] getParameterValues(String name) {
            return null;
        }
    }
}
