package org.twinninglive.platform;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.List;
import org.twinninglive.people.Language;

/**
 * The language menu of the top bar and the landing page (X1): each language in its own name, a
 * button of one form that posts the choice to {@link LanguageServlet} with the page to return to.
 */
@Named
@RequestScoped
public class LanguageMenu {

    /** One entry of the menu. */
    public record Option(String tag, String name, boolean current) {
    }

    @Inject
    HttpServletRequest request;

    @Inject
    CurrentUser currentUser;

    @Inject
    SignInAvailability signInAvailability;

    private List<Option> options;

    public List<Option> getOptions() {
        if (options == null) {
            String current = currentUser.getLocale().getLanguage();
            options = Arrays.stream(Language.values())
                    .map(language -> new Option(language.tag(), ownName(language), language.tag().equals(current)))
                    .toList();
        }
        return options;
    }

    /** Where the menu's form posts. */
    public String getAction() {
        return request.getContextPath() + "/language";
    }

    /** The page to return to after a choice: this one, as the reader sees its address. */
    public String getBack() {
        return thisPage();
    }

    public Option getCurrent() {
        return getOptions().stream().filter(Option::current).findFirst().orElse(getOptions().get(0));
    }

    /**
     * The sign-in address: the desktop, with the reader's language passed on to Keycloak
     * ({@code ui_locales}, which WildFly's OIDC client forwards) so its form speaks it too; while
     * Keycloak does not answer, the page that says so, whose "Try again" leads there.
     */
    public String getSignInUrl() {
        return throughKeycloak("/desktop/?ui_locales=" + currentUser.getLocale().getLanguage());
    }

    /**
     * The address of "Join" (J1): Keycloak's registration form (OIDC {@code prompt=create}, which
     * WildFly's OIDC client forwards as it does {@code ui_locales}), in the reader's language; a new
     * account then arrives at the desktop, signed in, and is led to its first steps.
     */
    public String getJoinUrl() {
        return throughKeycloak("/desktop/?prompt=create&ui_locales=" + currentUser.getLocale().getLanguage());
    }

    /** A signed-in address that goes through Keycloak's form; while Keycloak does not answer, the page that says so. */
    private String throughKeycloak(String address) {
        String target = signInAvailability.isAvailable() ? address : SignInUnavailableView.address(address);
        return request.getContextPath() + target;
    }

    static String ownName(Language language) {
        var locale = language.locale();
        String name = locale.getDisplayLanguage(locale);
        return name.substring(0, 1).toUpperCase(locale) + name.substring(1);
    }

    /** The address the reader is on, as they see it (not the view a filter forwarded to). */
    private String thisPage() {
        String uri = (String) request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
        String query = (String) request.getAttribute(RequestDispatcher.FORWARD_QUERY_STRING);
        if (uri == null) {
            uri = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
            query = null;
        }
        if (uri == null) {
            uri = request.getRequestURI();
            query = request.getQueryString();
        }
        String path = uri.startsWith(request.getContextPath()) ? uri.substring(request.getContextPath().length()) : uri;
        if (path.isEmpty()) {
            path = "/";
        }
        return query == null || query.isEmpty() ? path : path + "?" + query;
    }
}
