package org.twinninglive.twinspace;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.twinninglive.platform.PageRealms;

/**
 * Keeps every browser session of the pupils' pages short (T2: classroom computers are shared):
 * {@link #IDLE_MINUTES} minutes without a click end it, however the pupil arrived (the sign-in
 * form, a bookmark of their space, the way back from Keycloak). The pupils' realm ends its own
 * sign-in session after as long, so the next child meets the sign-in form, not the last one's space.
 */
@WebFilter(urlPatterns = {PageRealms.PUPIL_PAGES + "*", PageRealms.PUPIL_LOGIN})
public class PupilSessions extends HttpFilter {

    /** A classroom computer left alone signs its pupil out after this long (the realm's ssoSessionIdleTimeout too). */
    static final int IDLE_MINUTES = 20;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        var session = request.getSession(false);
        if (session != null && session.getMaxInactiveInterval() != IDLE_MINUTES * 60) {
            session.setMaxInactiveInterval(IDLE_MINUTES * 60);
        }
        chain.doFilter(request, response);
        var made = request.getSession(false);
        if (made != null && made != session && !response.isCommitted()) {
            made.setMaxInactiveInterval(IDLE_MINUTES * 60);
        }
    }
}
