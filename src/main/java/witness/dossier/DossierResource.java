package witness.dossier;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.net.URI;
import java.util.Map;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import witness.film.Film;
import witness.web.Films;

/** The dossier as a zip: download one film's, or upload one as a new film. */
@Path("/")
public class DossierResource {
    static final String ZIP = "application/zip";

    @Inject
    DossierExporter exporter;
    @Inject
    DossierImporter importer;

    @GET
    @Path("films/{slug}/dossier.zip")
    @Produces(ZIP)
    public Response download(@RestPath String slug) {
        Film film = Films.bySlug(slug);
        return Response.ok(exporter.export(film).zipBytes())
                .header("Content-Disposition", "attachment; filename=\"" + film.slug + "-dossier.zip\"")
                .build();
    }

    /** Imports a dossier zip as a new film; {@code slug} imports it under another slug. */
    @POST
    @Path("api/dossiers")
    @Consumes(ZIP)
    @Produces(MediaType.APPLICATION_JSON)
    public Response upload(InputStream zip, @RestQuery String slug) {
        if (slug != null && !slug.matches(Film.SLUG)) {
            return Response.status(400).entity(Map.of("field", "slug",
                    "message", "a slug is lower-case words joined by hyphens, such as victor-serge")).build();
        }
        Film film = importer.importFilm(DossierFiles.fromZip(zip), slug);
        return Response.created(URI.create("/films/" + film.slug))
                .entity(Map.of("slug", film.slug, "title", film.title)).build();
    }
}
