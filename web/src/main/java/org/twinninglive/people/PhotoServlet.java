package org.twinninglive.people;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.twinninglive.platform.CurrentIdentity;
import org.twinninglive.platform.NotFoundException;

/**
 * Serves profile photos at {@code /photos/{id}} ({@code ?size=thumbnail} for 96 px), to viewers
 * allowed to see the profile. Browsers revalidate every time ({@code no-cache} with an ETag),
 * so a privacy change applies to photos at once, at the cost of a 304 answer. Search engines
 * are told not to index a photo unless its owner lets them index the profile.
 */
@WebServlet("/photos/*")
public class PhotoServlet extends HttpServlet {

    @Inject
    CurrentIdentity identity;

    @Inject
    ProfileService profiles;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String id = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
        boolean thumbnail = "thumbnail".equals(request.getParameter("size"));
        PhotoFile photo;
        try {
            photo = profiles.photo(identity.get(), id, thumbnail).orElse(null);
        } catch (NotFoundException hidden) {
            photo = null;
        }
        if (photo == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String etag = "\"" + photo.version() + (thumbnail ? "t" : "f") + "\"";
        response.setHeader("Cache-Control", "private, no-cache");
        response.setHeader("ETag", etag);
        if (!photo.robotsMayIndex()) {
            response.setHeader("X-Robots-Tag", "noindex");
        }
        if (etag.equals(request.getHeader("If-None-Match"))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setContentType("image/jpeg");
        response.setContentLength(photo.bytes().length);
        response.getOutputStream().write(photo.bytes());
    }
}
