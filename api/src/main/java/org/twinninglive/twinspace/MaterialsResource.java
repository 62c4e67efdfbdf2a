package org.twinninglive.twinspace;

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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.twinninglive.media.StoredFileView;
import org.twinninglive.platform.CurrentIdentity;
import org.twinninglive.platform.InvalidInputException;

/**
 * A TwinSpace's materials (T1): folders of files and albums of pictures. Whoever reads the space
 * lists them; members make folders and add their uploads (POST /files first, checked by content)
 * or remove files. A file is read at GET /files/{fileId}.
 */
@Path("v1/projects/{id}/space/materials")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "twinspace")
@APIResponse(responseCode = "400", ref = "BadRequest")
@APIResponse(responseCode = "401", ref = "Unauthorized")
@APIResponse(responseCode = "403", ref = "Forbidden", description = "A guest's or a pupil's token: members share materials.")
@APIResponse(responseCode = "404", ref = "NotFound", description = "No such space, folder or file, or the caller may"
        + " not read the space's inside.")
public class MaterialsResource {

    /** Body of POST /materials. */
    public record FolderRequest(String name, Boolean album) {
    }

    /** Body of POST /materials/{folderId}/files: an upload of the caller's, attached to nothing yet. */
    public record FileRequest(String fileId) {
    }

    @Inject
    CurrentIdentity current;

    @Inject
    MaterialService materials;

    @GET
    @Operation(operationId = "listSpaceMaterials", summary = "The folders and albums of a TwinSpace",
            description = "Each folder or album by name, with its files first added first (id, name, size, type);"
                    + " a picture's thumbnail is at GET /files/{fileId}/thumbnail. For members, guests and pupils.")
    @APIResponse(responseCode = "200", description = "The folders and albums")
    public List<FolderView> list(@PathParam("id") String id) {
        return materials.materials(current.get(), id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "makeSpaceFolder", summary = "Make a folder or an album (members)",
            description = "{\"name\": \"Our river photos\", \"album\": true}: 1 to 120 characters, unique in the space"
                    + " whatever its case (400 name); an album holds pictures only. Refused in an archived space (409"
                    + " space-archived), beyond 100 folders (409 space-folders-full).")
    @APIResponse(responseCode = "201", description = "The folder",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = FolderView.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "413", ref = "TooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    public Response makeFolder(@PathParam("id") String id, FolderRequest body) {
        var identity = current.require();
        if (body == null) {
            throw new InvalidInputException("name", "Send a JSON body such as {\"name\": \"Photos\", \"album\": true}.");
        }
        var folder = materials.makeFolder(identity, id, body.name(), Boolean.TRUE.equals(body.album()));
        return Response.status(Response.Status.CREATED).entity(folder).build();
    }

    @POST
    @Path("{folderId}/files")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "addSpaceMaterial", summary = "Add an upload to a folder or album (members)",
            description = "{\"fileId\": \"…\"}: a file the caller uploaded (POST /files) and attached to nothing yet"
                    + " (400 file otherwise); an album takes pictures only (400 file). Counts for the member's"
                    + " progression (twinspace-material). Refused in an archived space (409 space-archived), beyond 200"
                    + " files (409 space-folder-full).")
    @APIResponse(responseCode = "201", description = "The file",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = StoredFileView.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "413", ref = "TooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    public Response addFile(@PathParam("id") String id, @PathParam("folderId") String folderId, FileRequest body) {
        var identity = current.require();
        if (body == null) {
            throw new InvalidInputException("file", "Send a JSON body such as {\"fileId\": \"…\"}.");
        }
        var file = materials.addFile(identity, id, folderId, body.fileId());
        return Response.status(Response.Status.CREATED).entity(file).build();
    }

    @DELETE
    @Path("{folderId}/files/{fileId}")
    @Operation(operationId = "removeSpaceMaterial", summary = "Remove a file of a folder or album (members)",
            description = "The file is erased.")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "409", ref = "Conflict", description = "The space is archived (space-archived).")
    public Response removeFile(@PathParam("id") String id, @PathParam("folderId") String folderId,
                               @PathParam("fileId") String fileId) {
        materials.removeFile(current.require(), id, folderId, fileId);
        return Response.noContent().build();
    }
}
