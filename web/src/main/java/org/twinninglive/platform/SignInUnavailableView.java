package org.twinninglive.platform;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.omnifaces.cdi.Param;

/**
 * Backs sign-in-unavailable.xhtml, where a sign-in leads while Keycloak does not answer (the
 * "Log in" links, {@link SignInOutageRedirect} for signed-in pages): "Try again" returns to the
 * page that asked for the sign-in.
 */
@Named
@RequestScoped
public class SignInUnavailableView {

    static final String PAGE = "/sign-in-unavailable";

    @Inject
    HttpServletRequest request;

    @Inject
    @Param
    String back;

    /** The page's address inside the application, its "Try again" leading to {@code back} (a path inside it too). */
    static String address(String back) {
        return PAGE + "?back=" + URLEncoder.encode(back, StandardCharsets.UTF_8);
    }

    /** Where "Try again" leads: the page that asked for the sign-in, if it is one of this application's. */
    public String getBack() {
        return request.getContextPath() + LanguageChoice.returnPath(back);
    }
}
