package org.twinninglive.platform;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Logger;

/**
 * Answers a request that found the database unavailable with 503, {@code Retry-After} and the
 * page that says so in the reader's words (error/unavailable.xhtml, web.xml's page of 503),
 * instead of the page of a bug. Pages, photos and the language menu's servlet alike; on the
 * forward of a profile's address too, whichever filter comes first. AJAX requests get the same
 * page from OmniFaces' handler ({@link OutageExceptionHandler}).
 */
@WebFilter(urlPatterns = "/*", dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD})
public class OutageFilter extends HttpFilter {

    private static final Logger LOG = Logger.getLogger(OutageFilter.class.getName());

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | IOException | RuntimeException failure) {
            var outage = Outages.evidence(failure);
            if (outage.isEmpty() || response.isCommitted()) {
                throw failure;
            }
            // a page's outage was logged when OutageExceptionHandler named it
            if (!(outage.get() instanceof DatabaseUnavailableException)) {
                LOG.warning(() -> "Database unavailable, answered 503 to " + request.getMethod() + " "
                        + request.getRequestURI() + ": " + outage.get());
            }
            response.reset();
            response.setHeader("Retry-After", String.valueOf(Outages.RETRY_AFTER_SECONDS));
            response.setHeader("Cache-Control", "no-store");
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        }
    }
}
