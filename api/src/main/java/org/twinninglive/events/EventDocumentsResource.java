package org.twinninglive.events;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.twinninglive.media.FilesResource;
import org.twinninglive.platform.CurrentIdentity;
import org.twinninglive.platform.InvalidInputException;

/**
 * An event's document archive (E5): those who take part in it (its organisers, its participants,
 * on a private event the invited) upload a document (POST /files with use document: a PDF, an
 * office document or a picture of at most 20 MB, checked by content), add it here, list and
 * download the archive; organisers remove any document, the others their own. A private event is
 * 404 to anyone else, a public one 403 to whoever takes no part; a cancelled event's archive is
 * read-only (409).
 */
@Path("v1/events/{id}/documents")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "events")
@APIResponse(responseCode = "400", ref = "BadRequest")
@APIResponse(responseCode = "401", ref = "Unauthorized")
@APIResponse(responseCode = "403", ref = "Forbidden", description = "The caller takes no part in the event (a public"
        + " one, a seat still awaited, a declined invitation), or removes another's document without organising it.")
@APIResponse(responseCode = "404", ref = "NotFound", description = "No such event or document, or a private event the"
        + " caller is not an organiser of nor invited to.")
public class EventDocumentsResource {

    private static final String BINARY = "binary";

    /** Body of POST /events/{id}/documents: an upload of the caller's, attached to nothing yet. */
    public record DocumentRequest(String fileId) {
    }

    @Inject
    CurrentIdentity current;

    @Inject
    EventDocumentService documents;

    @GET
    @Operation(operationId = "listEventDocuments", summary = "The documents of an event's archive",
            description = "Latest first: name, size, type (by content), who added it and when, and whether the caller"
                    + " may remove it. For the event's organisers and participants (on a private event, the invited"
                    + " too); a cancelled event's archive stays readable.")
    @APIResponse(responseCode = "200", description = "The documents",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = EventDocumentView.class)))
    public List<EventDocumentView> list(@PathParam("id") String id) {
        return documents.documents(current.get(), id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "addEventDocument", summary = "Add a document to an event's archive",
            description = "{\"fileId\": \"…\"}: a file the caller uploaded (POST /files, use document: a PDF, a Word,"
                    + " Excel, PowerPoint or OpenDocument file, or a picture, at most 20 MB; refused there with 400"
                    + " file and nothing kept) and attached to nothing yet (400 file otherwise; an upload of another"
                    + " kind, such as a plain text, 400 file). For those who take part in the event. Refused once the"
                    + " event is cancelled (409 event-cancelled), beyond 200 documents (409 event-documents-full).")
    @APIResponse(responseCode = "201", description = "The document",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = EventDocumentView.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "413", ref = "TooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    public Response add(@PathParam("id") String id, DocumentRequest body) {
        var identity = current.require();
        if (body == null) {
            throw new InvalidInputException("file", "Send a JSON body such as {\"fileId\": \"…\"}.");
        }
        return Response.status(Response.Status.CREATED).entity(documents.add(identity, id, body.fileId())).build();
    }

    @GET
    @Path("{docId}")
    @Produces(MediaType.WILDCARD)
    @Operation(operationId = "downloadEventDocument", summary = "Download a document of an event's archive",
            description = "The bytes, with the Content-Type of the document's real type; pictures inline, other"
                    + " documents as attachments. 404 for a file that is not this event's.")
    @APIResponse(responseCode = "200", description = "The document",
            headers = {
                    @Header(name = "Content-Disposition", description = "inline for pictures, else attachment; the"
                            + " name in filename*", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "X-Content-Type-Options", description = "nosniff",
                            schema = @Schema(type = SchemaType.STRING))
            },
            content = {
                    @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = BINARY)),
                    @Content(mediaType = "image/jpeg", schema = @Schema(type = SchemaType.STRING, format = BINARY)),
                    @Content(mediaType = "image/png", schema = @Schema(type = SchemaType.STRING, format = BINARY)),
                    @Content(mediaType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                            schema = @Schema(type = SchemaType.STRING, format = BINARY)),
                    @Content(mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                            schema = @Schema(type = SchemaType.STRING, format = BINARY)),
                    @Content(mediaType = "application/vnd.openxmlformats-officedocument.presentationml.presentation",
                            schema = @Schema(type = SchemaType.STRING, format = BINARY)),
                    @Content(mediaType = "application/vnd.oasis.opendocument.text",
                            schema = @Schema(type = SchemaType.STRING, format = BINARY)),
                    @Content(mediaType = "application/vnd.oasis.opendocument.spreadsheet",
                            schema = @Schema(type = SchemaType.STRING, format = BINARY)),
                    @Content(mediaType = "application/vnd.oasis.opendocument.presentation",
                            schema = @Schema(type = SchemaType.STRING, format = BINARY))
            })
    public Response download(@PathParam("id") String id, @PathParam("docId") String docId) {
        return FilesResource.sent(documents.download(current.get(), id, docId));
    }

    @DELETE
    @Path("{docId}")
    @Operation(operationId = "removeEventDocument", summary = "Remove a document of an event's archive",
            description = "Its organisers remove any document, the others who take part their own: it is erased.")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "409", ref = "Conflict", description = "The event is cancelled (event-cancelled).")
    public Response remove(@PathParam("id") String id, @PathParam("docId") String docId) {
        documents.remove(current.require(), id, docId);
        return Response.noContent().build();
    }
}
