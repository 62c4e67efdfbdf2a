package org.twinninglive.events;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.twinninglive.platform.CurrentIdentity;
import org.twinninglive.platform.NotFoundException;

/**
 * "Add to my calendar" on an event's page (E6): {@code /events/{id}.ics}, the event's iCalendar
 * for whoever may see it, signed in or not; a private event is "not found" to anyone else.
 */
@WebServlet("*.ics")
public class EventCalendarServlet extends HttpServlet {

    private static final Pattern ADDRESS = Pattern.compile("/events/([0-9a-fA-F-]{36})\\.ics");

    @Inject
    CurrentIdentity identity;

    @Inject
    EventService events;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        var address = ADDRESS.matcher(request.getServletPath());
        if (!address.matches()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String ics;
        try {
            ics = events.calendar(identity.get(), address.group(1));
        } catch (NotFoundException hidden) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("text/calendar");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Content-Disposition", "attachment; filename=\"event.ics\"");
        response.setHeader("Cache-Control", "private, no-cache");
        response.getWriter().write(ics);
    }
}
