package witness.film;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.jboss.resteasy.reactive.RestPath;

/** Imports a shot list CSV through the API; the rules are those of {@link ShotCsvImporter}. */
@Path("/api/films/{slug}/shots.csv")
public class ShotCsvApi {
    @Inject
    ShotCsvImporter importer;

    /**
     * 200 with what was created and updated; 422 with every error (row = line of the file, header
     * line 1; column; message) when the file is refused, in which case nothing was imported.
     */
    @POST
    @Consumes("text/csv")
    @Produces(MediaType.APPLICATION_JSON)
    public Response upload(@RestPath String slug, byte[] file) {
        try {
            return Response.ok(importer.importCsv(slug, file == null ? new byte[0] : file)).build();
        } catch (ShotCsv.Refused e) {
            return Response.status(422).type(MediaType.APPLICATION_JSON)
                    .entity(Map.of("message", e.getMessage(), "errors", e.errors)).build();
        }
    }
}
