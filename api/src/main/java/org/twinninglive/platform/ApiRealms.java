package org.twinninglive.platform;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import org.wildfly.security.http.oidc.OidcHttpFacade;

/**
 * The realm of each API call (web.xml's {@code oidc.config.resolver}): a bearer token issued by
 * the pupils' realm is verified with that realm's keys, every other with the teachers'. What a
 * pupil's token may reach is {@code twinspace.PupilFence}'s: their own TwinSpace, nothing else.
 */
public class ApiRealms extends RealmResolver implements ServletContextListener {

    private static volatile String teachers;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        teachers = event.getServletContext().getInitParameter(CONFIGURATION);
        unknowablePupilsRealm(event.getServletContext().getServletContextName()).ifPresent(refusal -> {
            throw new IllegalStateException(refusal);
        });
    }

    @Override
    protected String teachersConfiguration() {
        return teachers;
    }

    @Override
    protected boolean pupils(OidcHttpFacade.Request request) {
        return pupilsToken(request.getHeader("Authorization"));
    }

    @Override
    protected boolean bearerOnly() {
        return true;
    }
}
