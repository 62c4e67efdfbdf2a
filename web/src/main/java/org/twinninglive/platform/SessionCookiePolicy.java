package org.twinninglive.platform;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

/**
 * Marks the session cookie Secure when the platform is served over https (PUBLIC_URL), before
 * the first session exists; the language cookie follows it ({@link LanguageChoice}). SameSite=Lax
 * is set on every cookie of the web module, the OIDC client's included, by WEB-INF/undertow-handlers.conf;
 * HttpOnly by web.xml.
 */
@WebListener
public class SessionCookiePolicy implements ServletContextListener {

    @Inject
    SecurityHeaders headers;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        if (headers.https()) {
            event.getServletContext().getSessionCookieConfig().setSecure(true);
        }
    }
}
