package witness.dossier;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestPath;
import witness.core.Film;

/** A film's dossier as a zip, to download. */
@Path("/films/{slug}/dossier.zip")
public class DossierResource {
    static final String ZIP = "application/zip";

    @Inject DossierExporter exporter;

    @GET
    @Produces(ZIP)
    public Response download(@RestPath("slug") Film film) {
        return Response.ok(exporter.export(film).zipBytes())
                .header("Content-Disposition", "attachment; filename=\"" + film.slug + "-dossier.zip\"")
                .build();
    }
}
