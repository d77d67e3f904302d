package witness.research;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import witness.core.Film;
import witness.film.ShotCsv;
import witness.source.ClearanceStatus;
import witness.web.Attachment;
import witness.web.Labelled;

/** The clearances as a CSV file to download: /films/{slug}/clearances.csv?status=…, two queries whatever its size. */
@Path("/films/{slug}/clearances.csv")
public class ClearanceCsvDownload {

    @GET
    @Produces(ShotCsv.MEDIA_TYPE)
    public Response download(@RestPath("slug") Film film, @RestQuery String status) {
        ClearanceStatus only = Labelled.parse(ClearanceStatus.class, "status", status);
        String name = film.slug + "-clearances" + (only == null ? "" : "-" + only.code()) + ".csv";
        return Attachment.of(ClearanceReport.of(film, only).csv(), ShotCsv.MEDIA_TYPE, name).build();
    }
}
