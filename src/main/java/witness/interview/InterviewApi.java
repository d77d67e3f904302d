package witness.interview;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import witness.core.Film;
import witness.web.Inputs;

/** The interviews as JSON: /api/films/{slug}/interviews. Release form scans stay out of it. */
@Path("/api/films/{slug}/interviews")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Interviews", description = "Interviewees through the pipeline identified → … → filmed → transcribed (or declined)")
public class InterviewApi {
    @Inject InterviewEditor editor;
    @Inject ObjectMapper json;

    @Schema(name = "InterviewMove", description = "The status to move an interview to")
    public record Move(@Schema(required = true, example = "scheduled") String status) {
    }

    @GET
    @Operation(summary = "The film's interviews, by key")
    public List<InterviewInput> list(@RestPath("slug") Film film) {
        return Interview.ofFilm(film).stream().map(InterviewInput::answer).toList();
    }

    @GET
    @Path("{key}")
    @Operation(summary = "One interview")
    @APIResponse(responseCode = "404", description = "No such film or interview")
    public InterviewInput get(@RestPath("slug") Film film, @RestPath String key) {
        return InterviewInput.answer(InterviewEditor.find(film, key));
    }

    @POST
    @Operation(summary = "Create an interview of a person of the film (or with a label); its key is generated")
    @APIResponse(responseCode = "201", description = "Created; Location names the new interview")
    public Response create(@RestPath("slug") Film film, @RequestBody(content = @Content(schema = @Schema(implementation = InterviewInput.class))) String body) {
        InterviewInput created = InterviewInput.answer(editor.create(film, read(body)));
        return Response.created(URI.create("/api/films/" + film.slug + "/interviews/" + created.key)).entity(created)
                .build();
    }

    @PUT
    @Path("{key}")
    @Operation(summary = "Replace an interview's fields (null topics or questions keep the stored ones)")
    public InterviewInput update(@RestPath("slug") Film film, @RestPath String key,
            @RequestBody(content = @Content(schema = @Schema(implementation = InterviewInput.class))) String body) {
        return InterviewInput.answer(editor.update(film, key, read(body)));
    }

    @POST
    @Path("{key}/move")
    @Operation(summary = "Move an interview to another status; the answer lists any warning the move raises")
    @APIResponse(responseCode = "422", description = "Unknown or missing status")
    public InterviewInput move(@RestPath("slug") Film film, @RestPath String key, Move move) {
        return InterviewInput.answer(editor.move(film, key, move == null ? null : move.status()));
    }

    private InterviewInput read(String body) {
        return Inputs.fromJson(json, body, InterviewInput.class);
    }
}
