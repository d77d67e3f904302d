package witness.research;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import witness.core.Film;
import witness.source.ClearanceStatus;
import witness.web.CachedPage;
import witness.web.Labelled;

/**
 * The clearances page, /films/{slug}/clearances?status=…: every archive item used in a shot with
 * its status and fee, totals per rights holder and per status, and the shots using uncleared
 * material. The same as a CSV file at /films/{slug}/clearances.csv ({@link ClearanceCsvDownload}).
 */
@Path("/films/{slug}/clearances")
public class ClearanceResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance clearances(Film film, ClearanceReport report);
    }

    @CachedPage
    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance clearances(@RestPath("slug") Film film, @RestQuery String status) {
        return Templates.clearances(film, ClearanceReport.of(film, Labelled.parse(ClearanceStatus.class, "status",
                status)));
    }
}
