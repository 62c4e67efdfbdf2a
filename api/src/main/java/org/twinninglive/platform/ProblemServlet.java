package org.twinninglive.platform;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Writes the problem document for errors the container answers before JAX-RS sees the
 * request: a missing or invalid token (401), a missing role (403), an address or a
 * Content-Type it cannot read (400), and any other. Registered as the error page of every
 * code in web.xml; the challenge headers set by the OIDC client stay.
 */
@WebServlet("/problem")
public class ProblemServlet extends HttpServlet {

    private static final Jsonb JSON = JsonbBuilder.create();

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer number ? number : 500;
        var problem = switch (status) {
            case 400 -> Problem.of(400, "The request could not be read: check its address, its Content-Type"
                    + " and its body.");
            case 401 -> Problem.of(401, "Send a valid bearer token from the twinning realm.");
            case 403 -> Problem.of(403, "Your account may not do this.");
            case 404 -> Problem.of(404, "There is no resource at this address.");
            case 405 -> Problem.of(405, "This method is not allowed here.");
            case 413 -> RequestLimitsFilter.tooLarge();
            case 415 -> ProblemMapper.unsupportedMediaType();
            default -> Problem.of(status, Problem.title(status));
        };
        if (status == 503) {
            response.setHeader("Retry-After", String.valueOf(Outages.RETRY_AFTER_SECONDS));
        }
        response.setStatus(status);
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(JSON.toJson(problem));
    }
}
