package witness.dossier;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.net.URI;
import java.util.Map;
import org.jboss.resteasy.reactive.RestQuery;
import witness.core.Film;
import witness.web.BodyLimit;

/** Imports a dossier zip as a new film. */
@Path("/api/dossiers")
public class DossierApi {
    @Inject BodyLimit bodyLimit;
    @Inject DossierImporter importer;

    /**
     * 201 with the new film's slug; 422 listing every error (file, line, field) when the dossier
     * is refused, in which case nothing is imported. {@code slug} imports it under another slug.
     */
    @POST
    @Consumes(DossierResource.ZIP)
    @Produces(MediaType.APPLICATION_JSON)
    public Response upload(InputStream zip, @RestQuery String slug) {
        if (slug != null && !slug.matches(Film.SLUG)) {
            return Response.status(400).entity(Map.of("field", "slug",
                    "message", "a slug is lower-case words joined by hyphens, such as victor-serge")).build();
        }
        Film film = importer.importFilm(DossierFiles.fromZip(bodyLimit.bounded(zip)), slug);
        return Response.created(URI.create("/films/" + film.slug))
                .entity(Map.of("slug", film.slug, "title", film.title)).build();
    }
}
