package witness.schedule;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import org.jboss.resteasy.reactive.RestPath;
import witness.core.Film;
import witness.security.Access;

/**
 * A shoot day's call sheet, to print from the browser:
 * /films/{slug}/schedules/{schedule}/days/{date}/call-sheet. The same template makes the PDF
 * ({@link CallSheetPdf}). Interviewees' phone and e-mail are printed for producers only.
 */
@Path("/films/{slug}/schedules/{schedule}/days/{date}/call-sheet")
public class CallSheetResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance sheet(CallSheet sheet, ScheduleVersions.Published published, boolean pdf,
                LocalDate today, PersonalCallSheetResource.Personal personal);
    }

    @Inject Access access;
    @Inject ScheduleVersions versions;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance sheet(@RestPath("slug") Film film, @RestPath String schedule, @RestPath String date) {
        CallSheet sheet = CallSheet.of(film, schedule, date, access.personalData());
        return page(sheet, versions, false);
    }

    /** The sheet, saying which published version of the schedule it is from, as a page or as the PDF's XHTML. */
    static TemplateInstance page(CallSheet sheet, ScheduleVersions versions, boolean pdf) {
        return Templates.sheet(sheet, versions.published(sheet.day()).orElse(null), pdf, LocalDate.now(), null);
    }
}
