package org.twinninglive.platform;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.twinninglive.people.Language;
import org.twinninglive.people.ProfileService;

/**
 * The language menu's form (X1) posts {@code to=es&back=/people/} here. A signed-in user's
 * choice is saved in their preferences; a visitor's is remembered in a cookie and becomes the
 * preference at sign-in. Then back to the page the choice was made on (303, a GET). A link
 * changes nothing: GET answers 405, so another site cannot change someone's language.
 */
@WebServlet("/language")
public class LanguageServlet extends HttpServlet {

    @Inject
    CurrentIdentity identity;

    @Inject
    CurrentUser currentUser;

    @Inject
    ProfileService profiles;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Allow", "POST");
        response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        var language = Language.find(request.getParameter("to"));
        String back = LanguageChoice.returnPath(request.getParameter("back"));
        if (language.isEmpty()) {
            seeOther(response, request.getContextPath() + back);
            return;
        }
        var signedIn = identity.get().filter(SignedInIdentity::isPerson);
        if (signedIn.isPresent()) {
            profiles.chooseLanguage(signedIn.get(), language.get().tag());
            currentUser.forget();
            response.addCookie(LanguageChoice.forgetting(request));
        } else {
            response.addCookie(LanguageChoice.remembering(language.get(), request));
        }
        response.setHeader("Cache-Control", "no-store");
        seeOther(response, request.getContextPath() + back);
    }

    private static void seeOther(HttpServletResponse response, String location) {
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", location);
    }
}
