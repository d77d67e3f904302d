package witness.film;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestPath;
import witness.core.Film;
import witness.web.Attachment;

/** The shot list as a CSV file to download: /films/{slug}/shots.csv, one query whatever its size. */
@Path("/films/{slug}/shots.csv")
public class ShotCsvDownload {

    @GET
    @Produces(ShotCsv.MEDIA_TYPE)
    public Response download(@RestPath("slug") Film film) {
        return Attachment.of(ShotCsv.write(ShotCsv.shotsOf(film)), ShotCsv.MEDIA_TYPE, film.slug + "-shots.csv")
                .build();
    }
}
