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

/** The film's scenes as JSON: /api/films/{slug}/scenes. */
@Path("/api/films/{slug}/scenes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Scenes", description = "The units of each sequence, numbered sequence.scene")
public class SceneApi {
    @Inject StructureEditor editor;
    @Inject ObjectMapper json;

    @GET
    @Operation(summary = "The film's scenes in film order, optionally of one sequence; while the numbers are locked,"
            + " with the numbers of deleted scenes as omitted entries")
    public List<SceneInput> list(@RestPath("slug") Film film, @RestQuery String sequence) {
        List<Scene> scenes = sequence == null || sequence.isBlank() ? Scene.ofFilm(film)
                : Scene.ofSequence(StructureEditor.sequence(film, sequence));
        return OmittedEntries.scenes(film, sequence, scenes.stream().map(SceneInput::of).toList());
    }

    @GET
    @Path("{key}")
    @Operation(summary = "One scene")
    @APIResponse(responseCode = "404", description = "No such film or scene")
    public SceneInput get(@RestPath("slug") Film film, @RestPath String key) {
        return SceneInput.of(StructureEditor.scene(film, key));
    }

    @POST
    @Operation(summary = "Create a scene; it goes last in its sequence unless a position is given")
    @APIResponse(responseCode = "201", description = "Created; Location names the new scene")
    public Response create(@RestPath("slug") Film film, @RequestBody(content = @Content(schema = @Schema(implementation = SceneInput.class))) String body) {
        SceneInput scene = SceneInput.of(editor.createScene(film, read(body)));
        return Response.created(URI.create("/api/films/" + film.slug + "/scenes/" + scene.key)).entity(scene).build();
    }

    @PUT
    @Path("{key}")
    @Operation(summary = "Replace a scene's fields; a sequence or position moves it and renumbers")
    public SceneInput update(@RestPath("slug") Film film, @RestPath String key,
            @RequestBody(content = @Content(schema = @Schema(implementation = SceneInput.class))) String body) {
        return SceneInput.of(editor.updateScene(film, key, read(body)));
    }

    @DELETE
    @Path("{key}")
    @Operation(summary = "Delete a scene with its shots and citations")
    @APIResponse(responseCode = "200", description = "Deleted; says what went with it")
    public Deletion delete(@RestPath("slug") Film film, @RestPath String key,
            @Parameter(description = "The version of the scene you read") @RestQuery Long version) {
        return editor.deleteScene(film, key, version);
    }

    private SceneInput read(String body) {
        return Inputs.fromJson(json, body, SceneInput.class);
    }
}
