package witness.schedule;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestPath;
import witness.core.Film;
import witness.security.Access;
import witness.web.Attachment;
import witness.web.Pdf;

/** A shoot day's call sheet as PDF (A4, DejaVu fonts embedded), from the call sheet page's template. */
@Path("/films/{slug}/schedules/{schedule}/days/{date}/call-sheet.pdf")
public class CallSheetPdf {

    @Inject Access access;
    @Inject ScheduleVersions versions;

    @GET
    @Produces("application/pdf")
    public Response pdf(@RestPath("slug") Film film, @RestPath String schedule, @RestPath String date) {
        CallSheet sheet = CallSheet.of(film, schedule, date, access.personalData());
        String xhtml = CallSheetResource.page(sheet, versions, true).render();
        return Attachment.of(Pdf.render(xhtml, null), "application/pdf", sheet.film().slug + "-"
                + sheet.schedule().key + "-" + sheet.day().date + "-call-sheet.pdf").build();
    }
}
