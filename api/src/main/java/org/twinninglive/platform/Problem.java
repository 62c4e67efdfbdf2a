package org.twinninglive.platform;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An error as RFC 9457 describes it. {@code field} names the offending input when there is one.
 * Details are written for the partner system's developer and never carry internals.
 */
@Schema(description = "An error, as RFC 9457 problem details (application/problem+json).",
        requiredProperties = {"type", "title", "status"})
public record Problem(
        @Schema(description = "about:blank: the status says what kind of problem it is; a conflict with a named cause"
                + " (a refused project invitation) has a type ending with the cause, such as"
                + " https://twinninglive.org/problems/not-a-contact.", format = "uri-reference")
        String type,
        @Schema(description = "The reason phrase of the status, such as Not Found.")
        String title,
        @Schema(description = "The HTTP status of the answer.", minimum = "400", maximum = "599")
        int status,
        @Schema(description = "What went wrong and what to do, in English, for the developer of the client;"
                + " a 500 names the incident that the server's log holds.")
        String detail,
        @Schema(description = "The parameter or body field that is wrong (such as language, [0].points or body),"
                + " when there is one.")
        String field) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public static Problem of(int status, String detail) {
        return new Problem("about:blank", title(status), status, detail, null);
    }

    public static Problem ofField(String field, String detail) {
        return new Problem("about:blank", title(400), 400, detail, field);
    }

    public Response toResponse() {
        return Response.status(status).type(MediaType.valueOf(MEDIA_TYPE)).entity(this).build();
    }

    static String title(int status) {
        var known = Response.Status.fromStatusCode(status);
        return known != null ? known.getReasonPhrase() : "Error " + status;
    }
}
