package witness.script;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import witness.core.Film;
import witness.security.WitnessUser;
import witness.web.Inputs;

/** The script's numbering and drafts as JSON: /api/films/{slug}/script. */
@Path("/api/films/{slug}/script")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Script drafts", description = "Locked numbers, issued drafts in revision colours, the title page")
public class ScriptDraftApi {
    @Inject ScriptDrafts drafts;
    @Inject ObjectMapper json;
    @Inject SecurityIdentity identity;

    /** Whether the numbers are locked, since when and by whom. */
    @Schema(name = "Numbering")
    public record Numbering(boolean locked, Instant lockedAt, String lockedBy) {
        static Numbering of(Film film) {
            return new Numbering(film.numbersLocked(), film.numbersLockedAt, film.numbersLockedBy);
        }
    }

    /** A draft as issued, with the addresses of its files. */
    @Schema(name = "Draft")
    public record Draft(int number, String name, String colour, Instant issuedAt, String issuedBy, int scenes,
            int shots, int seconds, String pdf, String revisedPages, String html, String fountain, String fdx,
            String compareWithPrevious) {
        static Draft of(Film film, ScriptDraft d) {
            String files = "/films/" + film.slug + "/script/drafts/" + d.number + "/script.";
            return new Draft(d.number, d.name, d.colour, d.issuedAt, d.issuedBy, d.scenes, d.shots, d.seconds,
                    files + "pdf", d.number > 1 ? files + "pdf?pages=revised" : null, files + "html",
                    files + "fountain", files + "fdx", d.number > 1 ? "/films/" + film.slug + "/script/drafts/"
                            + (d.number - 1) + "/compare/" + d.number : null);
        }
    }

    /** What issuing a draft takes: its name (empty: "Draft n") and, optionally, the number you expect it to get. */
    @Schema(name = "DraftIssue")
    public record Issue(@Schema(example = "Shooting script, second revision") String name,
            @Schema(description = "The draft number you expect; 409 when another draft took it") Integer expected) {
    }

    @GET
    @Path("numbering")
    @Operation(summary = "Whether the sequence, scene and shot numbers are locked")
    public Numbering numbering(@RestPath("slug") Film film) {
        return Numbering.of(film);
    }

    @POST
    @Path("lock")
    @Operation(summary = "Lock the numbers as printed: later scenes are lettered (2.3A), deleted ones omitted")
    public Numbering lock(@RestPath("slug") Film film) {
        return Numbering.of(drafts.lock(film, WitnessUser.usernameOf(identity)));
    }

    @POST
    @Path("unlock")
    @Operation(summary = "Unlock and renumber: numbers follow the order again, omitted numbers go")
    public Numbering unlock(@RestPath("slug") Film film) {
        return Numbering.of(drafts.unlock(film));
    }

    @GET
    @Path("drafts")
    @Operation(summary = "The drafts issued, first to last")
    public List<Draft> list(@RestPath("slug") Film film) {
        return ScriptDraft.ofFilm(film).stream().map(d -> Draft.of(film, d)).toList();
    }

    @POST
    @Path("drafts")
    @Consumes({ MediaType.APPLICATION_JSON, MediaType.WILDCARD })
    @Operation(summary = "Issue the script as it is now as the next draft (locks the numbers if they are not)")
    @APIResponse(responseCode = "201", description = "Issued; answers its number and colour")
    @APIResponse(responseCode = "409", description = "Another draft was issued at the same moment, or since you read")
    public Response issue(@RestPath("slug") Film film,
            @RequestBody(content = @Content(schema = @Schema(implementation = Issue.class))) String body) {
        Issue issue = body == null || body.isBlank() ? null : Inputs.fromJson(json, body, Issue.class);
        ScriptDraft draft = drafts.issue(film, issue == null ? null : issue.name(),
                issue == null ? null : issue.expected(), WitnessUser.usernameOf(identity));
        return Response.created(URI.create("/api/films/" + film.slug + "/script/drafts/" + draft.number))
                .entity(Draft.of(film, draft)).build();
    }

    @GET
    @Path("drafts/{number}")
    @Operation(summary = "One draft")
    @APIResponse(responseCode = "404", description = "No such film or draft")
    @Transactional
    public Draft draft(@RestPath("slug") Film film, @RestPath int number) {
        return Draft.of(film, ScriptDraftResource.find(film, number));
    }

    @GET
    @Path("title-page")
    @Operation(summary = "The script's title page")
    public TitlePageInput titlePage(@RestPath("slug") Film film) {
        return TitlePageInput.of(film);
    }

    @PUT
    @Path("title-page")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace the title page (producers); send the film's version you read")
    public TitlePageInput saveTitlePage(@RestPath("slug") Film film,
            @RequestBody(content = @Content(schema = @Schema(implementation = TitlePageInput.class))) String body) {
        return TitlePageInput.of(drafts.saveTitlePage(film, Inputs.fromJson(json, body, TitlePageInput.class)));
    }
}
