package org.twinninglive.platform;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Logs out of the platform and of Keycloak: WildFly's OIDC client ends the Keycloak session
 * on {@code request.logout()}; the browser session is then dropped and the visitor lands on
 * the home page. A pupil signs out at {@code /pupil/logout} (their realm's session ends) and lands
 * on the pupils' sign-in form, ready for the next pupil of a shared classroom computer.
 */
@WebServlet({"/logout", PageRealms.PUPIL_PAGES + "logout"})
public class LogoutServlet extends HttpServlet {

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        request.logout();
        var session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        boolean pupil = request.getServletPath().startsWith(PageRealms.PUPIL_PAGES);
        response.sendRedirect(request.getContextPath() + (pupil ? PageRealms.PUPIL_LOGIN : "/"));
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        doGet(request, response);
    }
}
