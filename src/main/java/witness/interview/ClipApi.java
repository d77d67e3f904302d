package witness.interview;

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
import witness.web.Inputs;

/** An interview's rushes as JSON: /api/films/{slug}/interviews/{key}/clips (producers and researchers write). */
@Path("/api/films/{slug}/interviews/{interview}/clips")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Clips", description = "An interview's rushes: reel, file, start timecode, frame rate")
public class ClipApi {
    @Inject ClipEditor editor;
    @Inject ObjectMapper json;

    @GET
    @Operation(summary = "The interview's clips, by start timecode")
    public List<ClipInput> list(@RestPath("slug") Film film, @RestPath String interview) {
        return Clip.ofInterview(InterviewEditor.find(film, interview)).stream().map(ClipInput::of).toList();
    }

    @GET
    @Path("{key}")
    @Operation(summary = "One clip")
    @APIResponse(responseCode = "404", description = "No such film, interview or clip")
    public ClipInput get(@RestPath("slug") Film film, @RestPath String interview, @RestPath String key) {
        return ClipInput.of(ClipEditor.find(film, interview, key));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Attach a clip to the interview")
    @APIResponse(responseCode = "201", description = "Created; Location names the new clip")
    public Response create(@RestPath("slug") Film film, @RestPath String interview,
            @RequestBody(content = @Content(schema = @Schema(implementation = ClipInput.class))) String body) {
        ClipInput created = ClipInput.of(editor.create(film, interview, read(body)));
        return Response.created(URI.create("/api/films/" + film.slug + "/interviews/" + interview + "/clips/"
                + created.key)).entity(created).build();
    }

    @PUT
    @Path("{key}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace a clip's fields; send the version you read")
    public ClipInput update(@RestPath("slug") Film film, @RestPath String interview, @RestPath String key,
            @RequestBody(content = @Content(schema = @Schema(implementation = ClipInput.class))) String body) {
        return ClipInput.of(editor.update(film, interview, key, read(body)));
    }

    @DELETE
    @Path("{key}")
    @Operation(summary = "Delete a clip")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void delete(@RestPath("slug") Film film, @RestPath String interview, @RestPath String key,
            @Parameter(description = "The version of the clip you read") @RestQuery Long version) {
        editor.delete(film, interview, key, version);
    }

    private ClipInput read(String body) {
        return Inputs.fromJson(json, body, ClipInput.class);
    }
}
