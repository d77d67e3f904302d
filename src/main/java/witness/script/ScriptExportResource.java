package witness.script;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import witness.core.Film;
import witness.web.BadRequest;

/**
 * Shooting script exports made in the background (a large film's PDF takes a while): the exports page's
 * form starts one, its page shows how far it has gone, refreshed while it runs (htmx polls the progress
 * fragment; without JavaScript the page reloads itself), and then links the file.
 */
@Path("/films/{slug}/script-exports")
public class ScriptExportResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance export(Film film, ScriptExportPage page);

        static native TemplateInstance export$progress(ScriptExportPage page);
    }

    @Inject ScriptExports exports;
    @Inject ScriptFormats formats;

    /**
     * Starts an export. Checkboxes send "false" from a hidden field before their own "true", so an unchecked
     * box is told from one the form did not have; {@code scope} (whole, sequence, scenes) says which of the
     * sequence and scenes fields count.
     */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response start(@RestPath("slug") Film film, @RestForm String format, @RestForm String scope,
            @RestForm String sequence, @RestForm List<String> scenes, @RestForm List<String> dropped,
            @RestForm List<String> notes, @RestForm List<String> citations, @RestForm String watermark,
            @RestForm String version) {
        if (format == null || format.isBlank()) {
            throw new BadRequest("format", "choose the format of the script");
        }
        String in = scope(scope);
        ScriptOptions options = ScriptOptions.of(film, sequence(in, sequence), scenes(in, scenes),
                flag("dropped", dropped), flag("notes", notes), flag("citations", citations), watermark, version);
        long id = exports.start(film, format.strip(), options);
        return Response.seeOther(URI.create("/films/" + film.slug + "/script-exports/" + id)).build();
    }

    @GET
    @Path("{id}")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance export(@RestPath("slug") Film film, @RestPath long id) {
        ScriptExportPage page = page(film, id);
        return Templates.export(page.film(), page);
    }

    /** The progress fragment htmx polls while the export runs. */
    @GET
    @Path("{id}/progress")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance progress(@RestPath("slug") Film film, @RestPath long id) {
        return Templates.export$progress(page(film, id));
    }

    /** The file, from the export's row: an HTML script opens in the browser, the others download. */
    @GET
    @Path("{id}/{fileName}")
    public Response download(@RestPath("slug") Film film, @RestPath long id, @RestPath String fileName) {
        ScriptExport export = find(film, id);
        if (!fileName.equals(export.fileName) || export.status != ScriptExport.Status.DONE) {
            throw notFound("Script export " + id + " has no file '" + fileName + "'"
                    + (export.status == ScriptExport.Status.DONE ? "" : " yet") + ".");
        }
        String disposition = "html".equals(export.format) ? "inline" : "attachment";
        return Response.ok(export.content).type(formats.byExtension(export.format).mediaType())
                .header("Content-Disposition", disposition + "; filename=\"" + export.fileName + "\"")
                .header("X-Content-Type-Options", "nosniff").build();
    }

    private static ScriptExportPage page(Film film, long id) {
        return ScriptExportPage.of(film, find(film, id), Instant.now());
    }

    private static ScriptExport find(Film film, long id) {
        return ScriptExport.ofFilm(film, id)
                .orElseThrow(() -> notFound("The film '" + film.slug + "' has no script export " + id + "."));
    }

    private static NotFoundException notFound(String message) {
        return new NotFoundException(message, Response.status(404)
                .type(MediaType.TEXT_PLAIN_TYPE.withCharset("UTF-8")).entity(message + "\n").build());
    }

    /** "whole", "sequence", "scenes", or "" when the form says nothing (the fields sent then decide). */
    private static String scope(String scope) {
        String in = scope == null ? "" : scope.strip();
        if (!List.of("", "whole", "sequence", "scenes").contains(in)) {
            throw new BadRequest("scope", "'" + in + "' is not one of: whole, sequence, scenes");
        }
        return in;
    }

    private static String sequence(String scope, String sequence) {
        if (scope.equals("sequence") && (sequence == null || sequence.isBlank())) {
            throw new BadRequest("sequence", "choose the sequence to export");
        }
        return scope.isEmpty() || scope.equals("sequence") ? sequence : null;
    }

    private static List<String> scenes(String scope, List<String> scenes) {
        if (scope.equals("scenes") && (scenes == null || scenes.stream().allMatch(String::isBlank))) {
            throw new BadRequest("scenes", "choose at least one scene to export");
        }
        return scope.isEmpty() || scope.equals("scenes") ? scenes : null;
    }

    /** The last value sent wins: the checkbox's "true" after its hidden "false"; nothing sent is the default. */
    private static Boolean flag(String field, List<String> values) {
        if (values == null || values.isEmpty()) {
            return null;
        }
        String last = values.get(values.size() - 1).strip().toLowerCase();
        return switch (last) {
            case "true", "on" -> true;
            case "false" -> false;
            default -> throw new BadRequest(field, "'" + last + "' is not one of: true, false");
        };
    }
}
