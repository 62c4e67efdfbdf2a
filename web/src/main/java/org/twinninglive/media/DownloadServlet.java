package org.twinninglive.media;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import org.twinninglive.platform.CurrentIdentity;
import org.twinninglive.platform.NotFoundException;

/**
 * Serves stored files to the pages at {@code /files/{id}} and {@code /files/{id}/thumbnail},
 * to viewers the store lets read them (the uploader of an unattached file, else whom the owning
 * feature allows); anyone else gets 404. A file's bytes never change, so its id is its ETag, but
 * browsers revalidate every time ({@code no-cache}): a change of who may read applies at once.
 * The answer is never a page: it may not run anything, and is not indexed. Pupils (T2) read the
 * files of their TwinSpace at {@code /pupil/files/…}, signed in through their own realm.
 */
@WebServlet({"/files/*", "/pupil/files/*"})
public class DownloadServlet extends HttpServlet {

    @Inject
    CurrentIdentity identity;

    @Inject
    FileStore files;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String[] path = (request.getPathInfo() == null ? "" : request.getPathInfo().substring(1)).split("/", -1);
        boolean thumbnail = path.length == 2 && "thumbnail".equals(path[1]);
        if (path.length > 2 || (path.length == 2 && !thumbnail)) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Download download;
        try {
            download = files.read(identity.get(), path[0], thumbnail);
        } catch (NotFoundException hidden) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        try (InputStream content = download.content()) {
            String etag = "\"" + path[0] + (thumbnail ? "t" : "") + "\"";
            response.setHeader("Cache-Control", "private, no-cache");
            response.setHeader("ETag", etag);
            response.setHeader("X-Content-Type-Options", "nosniff");
            response.setHeader("Content-Security-Policy", "default-src 'none'; sandbox");
            response.setHeader("X-Robots-Tag", "noindex");
            if (etag.equals(request.getHeader("If-None-Match"))) {
                response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
                return;
            }
            response.setContentType(download.type());
            response.setContentLengthLong(download.size());
            response.setHeader("Content-Disposition", download.disposition());
            content.transferTo(response.getOutputStream());
        }
    }
}
