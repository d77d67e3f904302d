package witness.film;

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
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import witness.core.Film;
import witness.web.Inputs;
import witness.web.FieldErrors;

/** The shot list as JSON: /api/films/{slug}/shots. */
@Path("/api/films/{slug}/shots")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Shots", description = "The lines of the shot list, numbered sequence.scene.shot")
public class ShotApi {
    @Inject ShotEditor editor;
    @Inject ObjectMapper json;

    @GET
    @Operation(summary = "The film's shots in film order, optionally of one sequence or scene; while the numbers are"
            + " locked, with the numbers of deleted shots as omitted entries")
    public List<ShotInput> list(@RestPath("slug") Film film, @RestQuery String sequence, @RestQuery String scene) {
        return OmittedEntries.shots(film, sequence, scene, ShotList.of(film, ShotList.Filter.of(film, sequence, scene, null, null, null,
                null, null)).shots().stream().map(ShotInput::of).toList());
    }

    @GET
    @Path("{key}")
    @Operation(summary = "One shot")
    @APIResponse(responseCode = "404", description = "No such film or shot")
    public ShotInput get(@RestPath("slug") Film film, @RestPath String key) {
        return ShotInput.of(ShotEditor.find(film, key));
    }

    @POST
    @Operation(summary = "Create a shot; it goes last in its scene unless a position is given")
    @APIResponse(responseCode = "201", description = "Created; Location names the new shot")
    public Response create(@RestPath("slug") Film film, @RequestBody(content = @Content(schema = @Schema(implementation = ShotInput.class))) String body) {
        ShotInput shot = ShotInput.of(editor.create(film, read(body), new FieldErrors()));
        return Response.created(URI.create("/api/films/" + film.slug + "/shots/" + shot.key)).entity(shot).build();
    }

    @PUT
    @Path("{key}")
    @Operation(summary = "Replace a shot's fields; changing scene or position moves it and renumbers")
    public ShotInput update(@RestPath("slug") Film film, @RestPath String key,
            @RequestBody(content = @Content(schema = @Schema(implementation = ShotInput.class))) String body) {
        return ShotInput.of(editor.update(film, key, read(body), new FieldErrors()));
    }

    @DELETE
    @Path("{key}")
    @Operation(summary = "Delete a shot; its citations stay with the scene and it leaves shoot days")
    @APIResponse(responseCode = "204", description = "Deleted; the scene's shots are renumbered")
    public void delete(@RestPath("slug") Film film, @RestPath String key,
            @Parameter(description = "The version of the shot you read") @RestQuery Long version) {
        editor.delete(film, key, version);
    }

    private ShotInput read(String body) {
        return Inputs.fromJson(json, body, ShotInput.class);
    }
}
