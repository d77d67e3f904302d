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
import jakarta.ws.rs.NotFoundException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.jboss.resteasy.reactive.RestHeader;
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
    @Inject ClipProxies proxies;
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

    @GET
    @Path("{key}/proxy")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "The clip's proxy, whole or the one byte range asked (Range: bytes=first-last)")
    @APIResponse(responseCode = "206", description = "The range asked, with its Content-Range")
    @APIResponse(responseCode = "404", description = "No such clip, or it has no proxy")
    @APIResponse(responseCode = "416", description = "A range past the end of the file")
    public Response proxy(@RestPath("slug") Film film, @RestPath String interview, @RestPath String key,
            @RestHeader("Range") String range, @RestHeader("If-Range") String ifRange) {
        return proxies.send(film, interview, key, range, ifRange);
    }

    @PUT
    @Path("{key}/proxy")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Attach a proxy to the clip (replacing its proxy): the file as the body, MP4, M4A, WebM or"
            + " MP3, at most witness.proxies.max-size")
    @APIResponse(responseCode = "200", description = "Attached; the clip with its proxy")
    @APIResponse(responseCode = "413", description = "Larger than the largest proxy taken")
    @APIResponse(responseCode = "422", description = "Empty, too large, or not an MP4, M4A, WebM or MP3 file")
    public ClipInput attachProxy(@RestPath("slug") Film film, @RestPath String interview, @RestPath String key,
            @Parameter(description = "The file's name, as the page shows it") @RestQuery String name,
            @RequestBody(content = @Content(schema = @Schema(type = SchemaType.STRING, format = "binary")))
            InputStream body) {
        return ClipInput.of(proxies.attach(film, interview, key, body, name).clip);
    }

    @DELETE
    @Path("{key}/proxy")
    @Operation(summary = "Remove the clip's proxy")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "404", description = "No such clip, or it has no proxy")
    public void removeProxy(@RestPath("slug") Film film, @RestPath String interview, @RestPath String key) {
        if (!proxies.remove(film, interview, key)) {
            throw new NotFoundException("The clip '" + key + "' has no proxy.");
        }
    }

    private ClipInput read(String body) {
        return Inputs.fromJson(json, body, ClipInput.class);
    }
}
