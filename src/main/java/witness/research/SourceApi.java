package witness.research;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import witness.core.Film;
import witness.source.Source;
import witness.source.SourceInput;
import witness.web.FieldErrors;
import witness.web.Inputs;

/** The sources of a film as JSON: /api/films/{slug}/sources. */
@Path("/api/films/{slug}/sources")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Sources", description = "Citable items (CSL fields) with their rights, clearance and fee")
public class SourceApi {
    @Inject SourceEditor editor;
    @Inject ObjectMapper json;

    @GET
    @Operation(summary = "The film's sources by title, optionally only those of one clearance status and/or CSL type")
    @APIResponse(responseCode = "400", description = "An unknown clearance status or type")
    public List<SourceInput> list(@RestPath("slug") Film film, @RestQuery String clearance, @RestQuery String type) {
        return SourceResource.SourceList.of(film, SourceResource.filter(clearance, type, null)).stream().map(SourceInput::of)
                .toList();
    }

    @GET
    @Path("{key}")
    @Operation(summary = "One source")
    @APIResponse(responseCode = "404", description = "No such film or source")
    public SourceInput get(@RestPath("slug") Film film, @RestPath String key) {
        return SourceInput.of(SourceEditor.find(film, key));
    }

    @POST
    @Operation(summary = "Create a source; the key is made from the title unless given")
    @APIResponse(responseCode = "201", description = "Created; Location names the new source")
    public Response create(@RestPath("slug") Film film, @RequestBody(content = @Content(schema = @Schema(implementation = SourceInput.class))) String body) {
        Source source = editor.create(film, read(body), new FieldErrors());
        return Response.created(URI.create("/api/films/" + film.slug + "/sources/" + source.key))
                .entity(SourceInput.of(source)).build();
    }

    @PUT
    @Path("{key}")
    @Operation(summary = "Replace a source's fields")
    public SourceInput update(@RestPath("slug") Film film, @RestPath String key,
            @RequestBody(content = @Content(schema = @Schema(implementation = SourceInput.class))) String body) {
        return SourceInput.of(editor.update(film, key, read(body), new FieldErrors()));
    }

    @DELETE
    @Path("{key}")
    @Operation(summary = "Delete a source with its citations; its shots lose their source, chronology events and"
            + " research log entries their link to it")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "409", description = "Testimonies are taken from it, or the version sent is not the current one; nothing was deleted")
    public Response delete(@RestPath("slug") Film film, @RestPath String key,
            @Parameter(description = "The version of the source you read") @RestQuery Long version) {
        editor.delete(film, key, version);
        return Response.noContent().build();
    }

    private SourceInput read(String body) {
        return Inputs.fromJson(json, body, SourceInput.class);
    }
}
