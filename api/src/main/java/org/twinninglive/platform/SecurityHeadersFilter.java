package org.twinninglive.platform;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Sends the API's security headers ({@link SecurityHeaders#forApi}) with every answer: resources,
 * problem documents, and those of the container's own refusals (a missing token's 401; web.xml
 * maps it to REQUEST, FORWARD and ERROR).
 */
public class SecurityHeadersFilter extends HttpFilter {

    @Inject
    SecurityHeaders headers;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        headers.forApi().forEach(response::setHeader);
        chain.doFilter(request, response);
    }
}
