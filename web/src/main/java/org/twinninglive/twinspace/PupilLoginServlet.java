package org.twinninglive.twinspace;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.twinninglive.platform.PageRealms;

/**
 * Where pupils sign in (T2): {@code /pupil-login}, protected in web.xml and signed in through the
 * realm {@code twinning-pupils} (platform.PageRealms), so that opening it shows the pupils' sign-in
 * form; once signed in, the pupil lands on their space. Their browser session is short: it ends
 * after {@link PupilSessions#IDLE_MINUTES} minutes without a click, and with the browser (a session cookie).
 */
@WebServlet(PageRealms.PUPIL_LOGIN)
public class PupilLoginServlet extends HttpServlet {

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        request.getSession().setMaxInactiveInterval(PupilSessions.IDLE_MINUTES * 60);
        response.sendRedirect(request.getContextPath() + PageRealms.PUPIL_PAGES + "space");
    }
}
