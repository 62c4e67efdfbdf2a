package org.twinninglive.platform;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.Optional;
import org.twinninglive.people.Language;

/**
 * A visitor's choice of language (X1), kept in a cookie until they sign in; from then on it
 * is the account's preference, and the cookie is spent. Also the one place that knows which
 * address a page may send the reader back to after a choice.
 */
public final class LanguageChoice {

    public static final String COOKIE = "twinning-language";

    private LanguageChoice() {
    }

    /** The language the visitor chose in the menu, if any (and if still a supported one). */
    public static Optional<Language> ofVisitor(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        return Arrays.stream(cookies)
                .filter(cookie -> COOKIE.equals(cookie.getName()))
                .findFirst()
                .flatMap(cookie -> Language.find(cookie.getValue()));
    }

    public static Cookie remembering(Language language, HttpServletRequest request) {
        var cookie = new Cookie(COOKIE, language.tag());
        cookie.setPath(cookiePath(request));
        cookie.setMaxAge(60 * 60 * 24 * 365);
        return guarded(cookie, request);
    }

    public static Cookie forgetting(HttpServletRequest request) {
        var cookie = new Cookie(COOKIE, "");
        cookie.setPath(cookiePath(request));
        cookie.setMaxAge(0);
        return guarded(cookie, request);
    }

    /**
     * The path inside this application to return to: a local path only (never another host,
     * never a scheme-relative {@code //host}, only printable ASCII as a properly encoded link
     * has); anything else returns to the home page.
     */
    public static String returnPath(String back) {
        if (back == null || !back.startsWith("/") || back.startsWith("//") || back.startsWith("/\\")
                || back.chars().anyMatch(c -> c < 0x20 || c > 0x7e)) {
            return "/";
        }
        return back;
    }

    /** As guarded as the session cookie: Secure when the platform is served over https (SessionCookiePolicy). */
    private static Cookie guarded(Cookie cookie, HttpServletRequest request) {
        cookie.setHttpOnly(true);
        cookie.setSecure(request.getServletContext().getSessionCookieConfig().isSecure());
        cookie.setAttribute("SameSite", "Lax");
        return cookie;
    }

    private static String cookiePath(HttpServletRequest request) {
        String path = request.getContextPath();
        return path == null || path.isEmpty() ? "/" : path;
    }
}
