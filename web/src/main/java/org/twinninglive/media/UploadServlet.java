package org.twinninglive.media;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.MultipartConfig;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import org.twinninglive.platform.CurrentIdentity;
import org.twinninglive.platform.CurrentUser;
import org.twinninglive.platform.ForbiddenException;
import org.twinninglive.platform.InvalidInputException;
import org.twinninglive.platform.PageMessages;
import org.twinninglive.platform.SignedInIdentity;
import org.twinninglive.platform.TwinningException;

/**
 * Takes the files the pages' upload widget sends (WEB-INF/includes/upload.xhtml,
 * resources/js/upload.js) at {@code /files/upload}, one per post: the multipart part {@code file}
 * and the field {@code use} ({@link UploadPolicy#ofUse}, an attachment by default). The file is
 * kept unattached for the signed-in uploader and the answer is 201 with it as JSON ({@code id,
 * name, size, type}); the page then attaches it through its own form. A refusal is 400 with
 * {@code field} and {@code message}, the reason in the user's language; a visitor gets 401. The
 * answer is always JSON, never a page. This exact mapping wins over DownloadServlet's {@code /files/*}.
 */
@WebServlet("/files/upload")
@MultipartConfig(fileSizeThreshold = 1024 * 1024, maxFileSize = UploadServlet.MAX_FILE_BYTES,
        maxRequestSize = UploadServlet.MAX_REQUEST_BYTES)
public class UploadServlet extends HttpServlet {

    /** The largest use's limit (UploadPolicy.DOCUMENT, an event's document; UploadPolicy.largestMegabytes()). */
    private static final int LARGEST_MEGABYTES = 20;
    private static final long MEGABYTE = 1024 * 1024;
    /** Just above the largest use: the store, not the container, says what is too large for which use. */
    static final long MAX_FILE_BYTES = LARGEST_MEGABYTES * MEGABYTE + 64 * 1024;
    /** The server's own limit (max-post-size, server.cli). */
    static final long MAX_REQUEST_BYTES = 22 * MEGABYTE;

    @Inject
    CurrentIdentity identity;

    @Inject
    CurrentUser user;

    @Inject
    FileStore files;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        SignedInIdentity uploader;
        try {
            uploader = identity.require();
        } catch (ForbiddenException visitor) {
            answer(response, HttpServletResponse.SC_UNAUTHORIZED, refusal(null, visitor));
            return;
        }
        try {
            Part file = filePart(request);
            var use = UploadPolicy.ofUse(request.getParameter("use"));
            StoredFileView stored;
            try (InputStream content = file.getInputStream()) {
                stored = files.store(uploader, use, file.getSubmittedFileName(), content);
            }
            answer(response, HttpServletResponse.SC_CREATED, Json.createObjectBuilder()
                    .add("id", stored.id())
                    .add("name", stored.name())
                    .add("size", stored.size())
                    .add("type", stored.type())
                    .build());
        } catch (InvalidInputException wrong) {
            answer(response, HttpServletResponse.SC_BAD_REQUEST, refusal(wrong.field(), wrong));
        } catch (TwinningException refused) {
            answer(response, HttpServletResponse.SC_BAD_REQUEST, refusal(null, refused));
        }
    }

    /**
     * The part {@code file}. Undertow says that the body is over the limits above with an
     * IllegalStateException, and that it is no multipart body with a ServletException.
     */
    private static Part filePart(HttpServletRequest request) throws IOException {
        Part file;
        try {
            file = request.getPart("file");
        } catch (IllegalStateException overLimit) {
            throw (InvalidInputException) new InvalidInputException("file", "The file is larger than "
                    + LARGEST_MEGABYTES + " MB.").shownAs("file.tooLarge", LARGEST_MEGABYTES);
        } catch (ServletException notMultipart) {
            file = null;
        }
        if (file == null || file.getSubmittedFileName() == null) {
            throw (InvalidInputException) new InvalidInputException("file", "Send the file as the multipart/form-data"
                    + " part file.").shownAs("file.missing");
        }
        return file;
    }

    private JsonObject refusal(String field, TwinningException refused) {
        var json = Json.createObjectBuilder();
        if (field == null) {
            json.addNull("field");
        } else {
            json.add("field", field);
        }
        return json.add("message", PageMessages.refusal(refused, user.getLocale())).build();
    }

    private static void answer(HttpServletResponse response, int status, JsonObject body) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(body.toString());
    }
}
