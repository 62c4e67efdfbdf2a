package org.twinninglive.platform;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;

/**
 * Sends the pages' security headers ({@link SecurityHeaders#forPages}) with every answer of
 * the web module: pages, photos, resources, redirects, and the error pages of the container's
 * own refusals (web.xml maps it to REQUEST, FORWARD and ERROR; it is listed there before the
 * other filters).
 *
 * <p>A page's Content-Security-Policy is PrimeFaces' (primefaces.CSP in web.xml): the policy
 * this filter leaves in a request attribute for primefaces.CSP_POLICY, with that page's nonce
 * appended. It replaces the one set here, which has no nonce and stands for answers Faces does
 * not draw: a browser enforces every policy it receives, so two would block the page's scripts.
 */
public class SecurityHeadersFilter extends HttpFilter {

    /** The request attribute PrimeFaces reads its policy from ({@code #{requestScope.pagePolicy}}, web.xml). */
    static final String PAGE_POLICY = "pagePolicy";

    @Inject
    SecurityHeaders headers;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String requestOrigin = requestOrigin(request);
        headers.forPages(requestOrigin).forEach(response::setHeader);
        // TRACE would echo the request (cookies included); the server lets it reach the API, which answers 405
        if ("TRACE".equals(request.getMethod())) {
            response.setHeader("Allow", "GET, HEAD, POST");
            response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
            return;
        }
        request.setAttribute(PAGE_POLICY, headers.pagePolicy(requestOrigin));
        chain.doFilter(request, new OnePolicy(response));
    }

    /** The origin of the request as the server received it, or null when its Host is none a browser sends. */
    static String requestOrigin(HttpServletRequest request) {
        return SecurityHeaders.origin(request.getScheme(), request.getServerName(), request.getServerPort()).orElse(null);
    }

    /** An answer on which a Content-Security-Policy added later replaces the one already set. */
    private static final class OnePolicy extends HttpServletResponseWrapper {

        OnePolicy(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void addHeader(String name, String value) {
            if (SecurityHeaders.CONTENT_SECURITY_POLICY.equalsIgnoreCase(name)) {
                setHeader(name, value);
            } else {
                super.addHeader(name, value);
            }
        }
    }
}
