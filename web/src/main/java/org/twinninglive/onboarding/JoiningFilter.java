package org.twinninglive.onboarding;

import jakarta.ejb.EJBException;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.twinninglive.platform.CurrentIdentity;
import org.twinninglive.platform.DatabaseUnavailableException;
import org.twinninglive.platform.SignedInIdentity;
import org.twinninglive.platform.TwinningException;

/**
 * Leads a signed-in person to what comes before any other page (J1, J2): the terms in force when
 * they have not accepted them (an acceptance on Keycloak's registration form counts), then, on
 * their way to the desktop, their first steps while they have not taken them. Asked once per
 * session each: the answer is kept in the session, so pages cost nothing more afterwards.
 */
@WebFilter(urlPatterns = "/*", dispatcherTypes = DispatcherType.REQUEST)
public class JoiningFilter extends HttpFilter {

    private static final Logger LOG = Logger.getLogger(JoiningFilter.class.getName());

    /** Session attributes: the subject who accepted the terms in force / took their first steps (another person's say nothing). */
    static final String TERMS_ACCEPTED = "twinning.terms.accepted";
    static final String FIRST_STEPS_TAKEN = "twinning.firstSteps.taken";

    /** What is reached without the terms: their own pages, signing out, files and the pages' resources. */
    private static final List<String> OPEN = List.of("/welcome/terms", "/terms", "/privacy", "/logout", "/language",
            "/mail/", "/sign-in-unavailable", "/error/", "/files/", "/photos/", "/resources/", "/jakarta.faces.resource/",
            "/favicon", "/people/my-data.json");

    private static final List<String> DESKTOP = List.of("/desktop/", "/desktop/index", "/desktop/index.xhtml");

    @Inject
    CurrentIdentity current;

    @Inject
    TermsService terms;

    @Inject
    OnboardingService onboarding;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String raw = request.getRequestURI().substring(request.getContextPath().length());
        // the path as the container resolved it: "/terms/../people/" is /people/, not an open page
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        boolean open = OPEN.stream().anyMatch(path::startsWith) && !raw.contains("..") && !raw.contains(";")
                && !raw.contains("%");
        HttpSession session = request.getSession(false);
        if (!"GET".equals(request.getMethod()) || session == null || open) {
            chain.doFilter(request, response);
            return;
        }
        var identity = current.get().filter(SignedInIdentity::isPerson);
        if (identity.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        try {
            String subject = identity.get().subject();
            if (!subject.equals(session.getAttribute(TERMS_ACCEPTED))) {
                var toAccept = terms.toAccept(identity.get(), current.termsAcceptedAtRegistration().orElse(null));
                if (toAccept.isPresent()) {
                    String back = request.getQueryString() == null ? raw : raw + "?" + request.getQueryString();
                    response.sendRedirect(request.getContextPath() + "/welcome/terms?back="
                            + URLEncoder.encode(back, StandardCharsets.UTF_8));
                    return;
                }
                session.setAttribute(TERMS_ACCEPTED, subject);
            }
            if (DESKTOP.contains(raw) && !subject.equals(session.getAttribute(FIRST_STEPS_TAKEN))) {
                if (onboarding.pending(identity.get())) {
                    response.sendRedirect(request.getContextPath() + "/welcome/");
                    return;
                }
                session.setAttribute(FIRST_STEPS_TAKEN, subject);
            }
        } catch (TwinningException | DatabaseUnavailableException | EJBException refused) {
            // a deleted account, a database outage: the page itself says so in its own words
            LOG.log(Level.FINE, "joining checks skipped", refused);
        }
        chain.doFilter(request, response);
    }

    /** The terms were accepted by this person in this session: not asked again. */
    static void termsAccepted(FacesContext faces, String subject) {
        faces.getExternalContext().getSessionMap().put(TERMS_ACCEPTED, subject);
    }

    /** This person took their first steps in this session: the desktop opens directly. */
    static void firstStepsTaken(FacesContext faces, String subject) {
        faces.getExternalContext().getSessionMap().put(FIRST_STEPS_TAKEN, subject);
    }
}
