package org.twinninglive.platform;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.twinninglive.people.Language;

/** The language menu of the top bar and the landing page (X1): each language in its own name. */
@Named
@RequestScoped
public class LanguageMenu {

    /** One entry of the menu; {@code href} changes the language and returns to this page. */
    public record Option(String tag, String name, String href, boolean current) {
    }

    @Inject
    HttpServletRequest request;

    @Inject
    CurrentUser currentUser;

    private List<Option> options;

    public List<Option> getOptions() {
        if (options == null) {
            String current = currentUser.getLocale().getLanguage();
            String back = URLEncoder.encode(thisPage(), StandardCharsets.UTF_8);
            options = Arrays.stream(Language.values())
                    .map(language -> new Option(language.tag(), ownName(language),
                            request.getContextPath() + "/language?to=" + language.tag() + "&back=" + back,
                            language.tag().equals(current)))
                    .toList();
        }
        return options;
    }

    public Option getCurrent() {
        return getOptions().stream().filter(Option::current).findFirst().orElse(getOptions().get(0));
    }

    /**
     * The sign-in address: the desktop, with the reader's language passed on to Keycloak
     * ({@code ui_locales}, which WildFly's OIDC client forwards) so its form speaks it too.
     */
    public String getSignInUrl() {
        return request.getContextPath() + "/desktop/?ui_locales=" + currentUser.getLocale().getLanguage();
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
