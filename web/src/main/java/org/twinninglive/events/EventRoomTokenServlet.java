package org.twinninglive.events;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.twinninglive.platform.CurrentUser;
import org.twinninglive.platform.ConflictException;
import org.twinninglive.platform.CurrentIdentity;
import org.twinninglive.platform.ForbiddenException;
import org.twinninglive.platform.NotFoundException;
import org.twinninglive.platform.PageMessages;
import org.twinninglive.platform.TwinningException;
import org.twinninglive.platform.UnavailableException;

/**
 * The video room page's way to its token (E3, events/room.xhtml, resources/js/room.js): {@code
 * POST /events/room-token?id={event}} for the signed-in person, through the same rule as the
 * API's {@code POST /api/v1/events/{id}/video-token} ({@link EventRoom#token}). The answer is
 * JSON: {@code token} and {@code role}, or {@code message} in the person's language with the
 * refusal's status (404 for an event they may not know, 403, 409, 503 when the video server does
 * not answer). Posts from other sites are refused before this (platform.CrossOriginPostFilter).
 */
@WebServlet("/events/room-token")
public class EventRoomTokenServlet extends HttpServlet {

    @Inject
    CurrentIdentity identity;

    @Inject
    CurrentUser user;

    @Inject
    EventRoom room;

    /**
     * The refusal behind a failure, however the container wrapped it: a service's own, a lost race
     * for the event's row (try again), or the database not answering (in a moment); null for a fault.
     */
    private static TwinningException refusal(Throwable failed) {
        for (Throwable cause = failed; cause != null; cause = cause.getCause()) {
            if (cause instanceof TwinningException refused) {
                return refused;
            }
            if (cause instanceof jakarta.persistence.PessimisticLockException
                    || cause instanceof jakarta.persistence.LockTimeoutException
                    || cause instanceof jakarta.persistence.OptimisticLockException) {
                return (TwinningException) new ConflictException("Someone changed this at the same moment.")
                        .shownAs("video.busy");
            }
            if (cause instanceof java.sql.SQLTransientConnectionException
                    || cause instanceof java.sql.SQLNonTransientConnectionException) {
                return (TwinningException) new UnavailableException("The database does not answer.")
                        .shownAs("video.busy");
            }
        }
        return null;
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        int status;
        String body;
        try {
            var token = room.token(identity.require(), request.getParameter("id"));
            status = HttpServletResponse.SC_OK;
            body = Json.createObjectBuilder().add("token", token.token()).add("role", token.role().name()).build()
                    .toString();
        } catch (RuntimeException failed) {
            var refused = refusal(failed);
            if (refused == null) {
                throw failed;
            }
            status = switch (refused) {
                case NotFoundException notFound -> HttpServletResponse.SC_NOT_FOUND;
                case ForbiddenException forbidden -> identity.get().isPresent() ? HttpServletResponse.SC_FORBIDDEN
                        : HttpServletResponse.SC_UNAUTHORIZED;
                case ConflictException conflict -> HttpServletResponse.SC_CONFLICT;
                case UnavailableException unavailable -> HttpServletResponse.SC_SERVICE_UNAVAILABLE;
                default -> HttpServletResponse.SC_BAD_REQUEST;
            };
            body = Json.createObjectBuilder().add("message", PageMessages.refusal(refused, user.getLocale())).build()
                    .toString();
        }
        response.setStatus(status);
        response.getWriter().write(body);
    }
}
