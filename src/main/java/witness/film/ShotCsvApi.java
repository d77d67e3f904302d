package witness.film;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import witness.core.Film;

/** Imports a shot list CSV through the API; the rules are those of {@link ShotCsvImporter}. */
@Path("/api/films/{slug}/shots.csv")
@Tag(name = "Shots")
public class ShotCsvApi {
    @Inject ShotCsvImporter importer;

    /**
     * 200 with what was created and updated; 422 with every error (row = line of the file, header
     * line 1; column; message) when the file is refused, in which case nothing was imported.
     */
    @POST
    @Consumes("text/csv")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Import a shot list CSV (as /films/{slug}/shots.csv exports it), all or nothing: rows update"
            + " shots by key, create the others, and their order sets the order in each scene")
    @APIResponse(responseCode = "200", description = "Imported: {created, updated, sequencesCreated, scenesCreated}")
    @APIResponse(responseCode = "404", description = "No such film")
    @APIResponse(responseCode = "422", description = "Refused, nothing imported: every error as {row, column, message},"
            + " row being the line of the file (the header is line 1)")
    public Response upload(@RestPath("slug") Film film, byte[] file) {
        try {
            return Response.ok(importer.importCsv(film, file == null ? new byte[0] : file)).build();
        } catch (ShotCsv.Refused e) {
            return Response.status(422).type(MediaType.APPLICATION_JSON)
                    .entity(Map.of("message", e.getMessage(), "errors", e.errors)).build();
        }
    }
}
