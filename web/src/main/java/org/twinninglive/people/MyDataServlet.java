package org.twinninglive.people;

import jakarta.inject.Inject;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.twinninglive.platform.CurrentIdentity;

/** "Download my data" (U5): everything the platform holds about the signed-in user, as JSON. */
@WebServlet("/people/my-data.json")
public class MyDataServlet extends HttpServlet {

    @Inject
    CurrentIdentity identity;

    @Inject
    AccountService accounts;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        var data = accounts.export(identity.require());
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"twinning-live-my-data.json\"");
        response.setHeader("Cache-Control", "private, no-store");
        try (var json = JsonbBuilder.create(new JsonbConfig().withFormatting(true))) {
            json.toJson(data, response.getWriter());
        } catch (Exception broken) {
            throw new IOException("the export could not be written", broken);
        }
    }
}
