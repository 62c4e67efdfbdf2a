package org.twinninglive.platform;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import org.wildfly.security.http.oidc.OidcHttpFacade;

/**
 * The realm of each page (web.xml's {@code oidc.config.resolver}): the pupils' pages
 * ({@code /pupil/…} and {@code /pupil-login}) sign in through the realm {@code twinning-pupils},
 * every other page through the teachers' realm. A pupil's session is therefore unknown to every
 * teacher page (a protected one sends to the teachers' sign-in), and a teacher's to the pupils'
 * pages. Also the listener that hands it WildFly's configuration of this WAR.
 */
public class PageRealms extends RealmResolver implements ServletContextListener {

    /** The pupils' pages. */
    public static final String PUPIL_PAGES = "/pupil/";
    public static final String PUPIL_LOGIN = "/pupil-login";

    private static volatile String teachers;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        var context = event.getServletContext();
        teachers = context.getInitParameter(CONFIGURATION);
        unknowablePupilsRealm(context.getServletContextName())
                .or(() -> demoPupilSecret(context.getServletContextName(), teachers)).ifPresent(refusal -> {
                    throw new IllegalStateException(refusal);
                });
    }

    @Override
    protected String teachersConfiguration() {
        return teachers;
    }

    @Override
    protected boolean pupils(OidcHttpFacade.Request request) {
        return isPupilPage(request.getRelativePath());
    }

    @Override
    protected boolean bearerOnly() {
        return false;
    }

    /** Whether an address inside the application is one of the pupils' pages. */
    public static boolean isPupilPage(String path) {
        return path != null && (path.startsWith(PUPIL_PAGES) || path.equals(PUPIL_LOGIN));
    }
}
