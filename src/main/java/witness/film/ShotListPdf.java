package witness.film;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import witness.core.Film;
import witness.web.Attachment;
import witness.web.Pdf;

/** The printable shot list ({@link ShotListPrint}) as a PDF: /films/{slug}/shots.pdf, under the same filters. */
@Path("/films/{slug}/shots.pdf")
public class ShotListPdf {

    @GET
    @Produces("application/pdf")
    public Response pdf(@RestPath("slug") Film film, @RestQuery String sequence, @RestQuery String scene,
            @RestQuery String kind, @RestQuery String status, @RestQuery String location,
            @RestQuery String interviewee, @RestQuery String q, @RestQuery Boolean dropped) {
        var filter = ShotList.Filter.of(film, sequence, scene, kind, status, location, interviewee, q);
        ShotList list = ShotListPrint.list(film, filter, dropped);
        String xhtml = ShotListPrint.Templates.print(film, list, ShotListPrint.query(filter, dropped), true,
                LocalDate.now()).render();
        return Attachment.of(Pdf.render(xhtml, null), "application/pdf", film.slug + "-shots.pdf").build();
    }
}
