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

/** The film's sequences as JSON: /api/films/{slug}/sequences. */
@Path("/api/films/{slug}/sequences")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Sequences", description = "The blocks of the film, in order")
public class SequenceApi {
    @Inject StructureEditor editor;
    @Inject ObjectMapper json;

    @GET
    @Operation(summary = "The film's sequences in order")
    public List<SequenceInput> list(@RestPath("slug") Film film) {
        return Sequence.ofFilm(film).stream().map(SequenceInput::of).toList();
    }

    @GET
    @Path("{key}")
    @Operation(summary = "One sequence")
    @APIResponse(responseCode = "404", description = "No such film or sequence")
    public SequenceInput get(@RestPath("slug") Film film, @RestPath String key) {
        return SequenceInput.of(StructureEditor.sequence(film, key));
    }

    @POST
    @Operation(summary = "Create a sequence; it goes last unless a position is given")
    @APIResponse(responseCode = "201", description = "Created; Location names the new sequence")
    public Response create(@RestPath("slug") Film film, @RequestBody(content = @Content(schema = @Schema(implementation = SequenceInput.class))) String body) {
        SequenceInput sequence = SequenceInput.of(editor.createSequence(film, read(body)));
        return Response.created(URI.create("/api/films/" + film.slug + "/sequences/" + sequence.key)).entity(sequence).build();
    }

    @PUT
    @Path("{key}")
    @Operation(summary = "Replace a sequence's fields; a position moves it and renumbers the film")
    public SequenceInput update(@RestPath("slug") Film film, @RestPath String key,
            @RequestBody(content = @Content(schema = @Schema(implementation = SequenceInput.class))) String body) {
        return SequenceInput.of(editor.updateSequence(film, key, read(body)));
    }

    @DELETE
    @Path("{key}")
    @Operation(summary = "Delete a sequence with its scenes, their shots and citations")
    @APIResponse(responseCode = "200", description = "Deleted; says what went with it")
    public Deletion delete(@RestPath("slug") Film film, @RestPath String key,
            @Parameter(description = "The version of the sequence you read") @RestQuery Long version) {
        return editor.deleteSequence(film, key, version);
    }

    private SequenceInput read(String body) {
        return Inputs.fromJson(json, body, SequenceInput.class);
    }
}
