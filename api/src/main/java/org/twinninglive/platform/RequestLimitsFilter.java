package org.twinninglive.platform;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * What the API refuses before any resource reads the request, as a problem document: a body
 * over {@value #MAX_BODY} bytes, or over {@value #MAX_UPLOAD_BODY} for an upload ({@code POST
 * /v1/files}, whose largest use takes 20 MB: media.UploadPolicy) (413, told by its Content-Length
 * or found while reading a chunked one). (A token in the address, {@code ?access_token=}, is ignored by the OIDC client
 * itself, server.cli: tokens go in the Authorization header only.)
 */
@WebFilter(filterName = "request-limits", urlPatterns = "/*")
public class RequestLimitsFilter extends HttpFilter {

    /** 10 MB: a photo is at most 5 MB (people.PhotoProcessing), JSON bodies are small. */
    public static final long MAX_BODY = 10L * 1024 * 1024;

    /** 21 MB: an upload's largest file (20 MB, an event's document) and its multipart envelope. */
    public static final long MAX_UPLOAD_BODY = 21L * 1024 * 1024;

    private static final String UPLOADS = "/v1/files";

    private static final Jsonb JSON = JsonbBuilder.create();

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        long limit = limitOf(request);
        if (request.getContentLengthLong() > limit) {
            refuse(response, tooLarge());
            return;
        }
        chain.doFilter(new Bounded(request, limit), response);
    }

    /** The upload's limit for POST /v1/files exactly, the smaller one for every other request. */
    private static long limitOf(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return "POST".equals(request.getMethod()) && UPLOADS.equals(path) ? MAX_UPLOAD_BODY : MAX_BODY;
    }

    static Problem tooLarge() {
        return Problem.of(413, "The request body is larger than 10 MB (21 MB for an upload to /v1/files).");
    }

    private static void refuse(HttpServletResponse response, Problem problem) throws IOException {
        response.setStatus(problem.status());
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(JSON.toJson(problem));
    }

    /** A body longer than the limit without a Content-Length (chunked) fails while it is read. */
    private static final class Bounded extends HttpServletRequestWrapper {

        private final long limit;
        private ServletInputStream bounded;

        Bounded(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (bounded == null) {
                bounded = new BoundedStream(super.getInputStream(), limit);
            }
            return bounded;
        }
    }

    private static final class BoundedStream extends ServletInputStream {

        private final ServletInputStream in;
        private final long limit;
        private long read;

        BoundedStream(ServletInputStream in, long limit) {
            this.in = in;
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            count(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            count(Math.max(n, 0));
            return n;
        }

        private void count(int n) {
            read += n;
            if (read > limit) {
                throw new BodyTooLargeException(limit);
            }
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }

    /** Thrown while a resource reads an over-long body; the problem mapper answers 413. */
    public static final class BodyTooLargeException extends RuntimeException {

        BodyTooLargeException(long limit) {
            super("request body over " + limit + " bytes");
        }
    }
}
