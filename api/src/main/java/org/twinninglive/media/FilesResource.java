package org.twinninglive.media;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.twinninglive.platform.CurrentIdentity;
import org.twinninglive.platform.InvalidInputException;

/**
 * Uploads, and downloads as the owning feature allows (media.FileStore). A file is uploaded
 * unattached, then a feature's operation attaches it by id (a message's attachments); until
 * then only its uploader reads it. Whoever may not read a file is answered 404, as for one that
 * does not exist.
 */
@Path("v1/files")
@RequestScoped
@Tag(name = "files")
@APIResponse(responseCode = "400", ref = "BadRequest")
@APIResponse(responseCode = "401", ref = "Unauthorized")
@APIResponse(responseCode = "503", ref = "Unavailable")
public class FilesResource {

    private static final String BINARY = "binary";
    private static final int MAX_USE_LENGTH = 100;

    @Inject
    CurrentIdentity current;

    @Inject
    FileStore files;

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "uploadFile", summary = "Upload a file",
            description = "multipart/form-data: the part file, with its file name, and optionally use: attachment"
                    + " (default; at most 10 MB: PDF, JPEG, PNG, GIF, WebP, UTF-8 plain text, docx, xlsx, pptx, odt,"
                    + " ods, odp), image (at most 5 MB: JPEG, PNG, GIF, WebP) or document (an event's archive; at"
                    + " most 20 MB: PDF, docx, xlsx, pptx, odt, ods, odp, JPEG, PNG, GIF, WebP; the body at most 21"
                    + " MB). The type is decided by the content,"
                    + " never by the name or the part's Content-Type; the name kept gets the extension of the real"
                    + " type. Pictures are re-encoded (no metadata, at most 2048 px, JPEG or PNG) with a 320 px"
                    + " thumbnail. Markup (HTML, SVG, XML), documents with macros and other archives are refused."
                    + " Refused: 400 naming field file with the reason, nothing kept. The upload stays unattached,"
                    + " readable by the uploader only, until an operation of a feature attaches it; unattached"
                    + " uploads are erased after a day.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA,
            schema = @Schema(type = SchemaType.OBJECT, requiredProperties = "file", properties = {
                    @SchemaProperty(name = "file", type = SchemaType.STRING, format = BINARY,
                            description = "The file, with its name (Content-Disposition filename)"),
                    @SchemaProperty(name = "use", type = SchemaType.STRING, enumeration = {"attachment", "image", "document"},
                            defaultValue = "attachment", description = "What the file is for: its limits")
            })))
    @APIResponse(responseCode = "201", description = "Kept, unattached: its id, the name kept, the size in bytes and"
            + " the MIME type",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = StoredFileView.class)))
    @APIResponse(responseCode = "403", ref = "Forbidden", description = "A partner system, or a deleted account.")
    @APIResponse(responseCode = "413", ref = "TooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    public Response upload(List<EntityPart> parts) throws IOException {
        var use = UploadPolicy.ofUse(part(parts, "use").map(FilesResource::text).orElse(null));
        var file = part(parts, "file").orElseThrow(() -> new InvalidInputException("file",
                "Send the file as the multipart/form-data part named file, with its file name."));
        try (InputStream content = file.getContent()) {
            var stored = files.store(current.require(), use, fileName(file), content);
            return Response.status(Response.Status.CREATED).entity(stored).build();
        }
    }

    @GET
    @Path("{id}")
    @Produces(MediaType.WILDCARD)
    @Operation(operationId = "downloadFile", summary = "Download a file",
            description = "The bytes, with the Content-Type of the file's real type; pictures inline, other files"
                    + " as attachments. 404 if there is no such file or the caller may not read it.")
    @APIResponse(responseCode = "200", description = "The file",
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
                    @Content(mediaType = "image/gif", schema = @Schema(type = SchemaType.STRING, format = BINARY)),
                    @Content(mediaType = "image/webp", schema = @Schema(type = SchemaType.STRING, format = BINARY)),
                    @Content(mediaType = "text/plain", schema = @Schema(type = SchemaType.STRING)),
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
    @APIResponse(responseCode = "404", ref = "NotFound",
            description = "No such file, or one the caller may not read.")
    public Response download(@PathParam("id") String id) {
        return sent(files.read(current.get(), id, false));
    }

    @GET
    @Path("{id}/thumbnail")
    @Produces(MediaType.WILDCARD)
    @Operation(operationId = "downloadFileThumbnail", summary = "A picture's thumbnail",
            description = "At most 320 px, JPEG or PNG like the picture. 404 for a file that is no picture, or one"
                    + " the caller may not read.")
    @APIResponse(responseCode = "200", description = "The thumbnail",
            headers = {
                    @Header(name = "Content-Disposition", description = "inline, with the picture's name",
                            schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "X-Content-Type-Options", description = "nosniff",
                            schema = @Schema(type = SchemaType.STRING))
            },
            content = {
                    @Content(mediaType = "image/jpeg", schema = @Schema(type = SchemaType.STRING, format = BINARY)),
                    @Content(mediaType = "image/png", schema = @Schema(type = SchemaType.STRING, format = BINARY))
            })
    @APIResponse(responseCode = "404", ref = "NotFound",
            description = "No such picture, or one the caller may not read.")
    public Response thumbnail(@PathParam("id") String id) {
        return sent(files.read(current.get(), id, true));
    }

    /** A download as an answer: its type, length and disposition, never sniffed, revalidated each time. */
    public static Response sent(Download download) {
        return Response.ok(download.content(), download.type())
                .header("Content-Length", download.size())
                .header("Content-Disposition", download.disposition())
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "private, no-cache")
                .build();
    }

    /** The multipart part of that name, if sent. */
    public static Optional<EntityPart> part(List<EntityPart> parts, String name) {
        return parts == null ? Optional.empty() : parts.stream().filter(part -> name.equals(part.getName())).findFirst();
    }

    /**
     * The part's file name. Browsers send it in UTF-8; one read as ISO-8859-1 on the way (each accented
     * letter as two characters) is read again; a name really in ISO-8859-1 is kept, its bytes being no UTF-8.
     */
    public static String fileName(EntityPart part) {
        String name = part.getFileName().orElse(null);
        if (name == null || name.chars().allMatch(c -> c < 0x80) || name.chars().anyMatch(c -> c > 0xFF)) {
            return name;
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .decode(ByteBuffer.wrap(name.getBytes(StandardCharsets.ISO_8859_1))).toString();
        } catch (CharacterCodingException notUtf8) {
            return name;
        }
    }

    private static String text(EntityPart part) {
        try (InputStream content = part.getContent()) {
            return new String(content.readNBytes(MAX_USE_LENGTH), StandardCharsets.UTF_8);
        } catch (IOException unreadable) {
            throw new InvalidInputException("use", "use could not be read: send attachment, image or document.");
        }
    }
}
