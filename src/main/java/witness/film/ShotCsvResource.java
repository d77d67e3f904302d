package witness.film;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import witness.core.Film;
import witness.web.Html;
import witness.web.Uploads;

/**
 * The shot list as CSV: {@code /films/{slug}/shots.csv} to download, and the page
 * {@code /films/{slug}/shots/import} to upload one back (see {@link ShotCsvImporter}). The import
 * has a class path of its own so that it wins over the shot list's {@code /shots/{key}} routes.
 */
@Path("/films/{slug}/shots/import")
public class ShotCsvResource {
    @Inject ShotCsvImporter importer;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance upload(Film film, String message, List<ShotCsv.Error> errors);
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance upload(@RestPath("slug") Film film) {
        return Templates.upload(film, null, List.of());
    }

    /** 303 to the shot list when the file is imported; 422 with the page and every error otherwise. */
    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.TEXT_HTML)
    public Response upload(@RestPath("slug") Film film, @RestForm("file") FileUpload file) {
        if (file == null || file.fileName() == null || file.fileName().isBlank() && file.size() == 0) {
            return refused(film, new ShotCsv.Refused(1, null, "Choose a CSV file to import."));
        }
        ShotCsvImporter.Result result;
        try {
            result = importer.importCsv(film, Uploads.bytes(file));
        } catch (ShotCsv.Refused e) {
            return refused(film, e);
        }
        return Html.seeOther("/films/" + film.slug + "/shots", "Imported " + file.fileName() + ": " + result.created()
                + " shots created, " + result.updated() + " updated, " + result.sequencesCreated() + " new sequences, "
                + result.scenesCreated() + " new scenes.");
    }

    private static Response refused(Film film, ShotCsv.Refused e) {
        return Html.render(422, Templates.upload(film, e.getMessage(), e.errors));
    }
}
