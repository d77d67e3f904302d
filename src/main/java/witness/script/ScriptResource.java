package witness.script;

import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import witness.core.Film;

/**
 * The shooting script as a file: /films/{slug}/script.html, script.pdf, script.fountain and script.fdx,
 * with the options in the URL ({@link ScriptOptions}). A big film's script is better made through
 * {@code /films/{slug}/script-exports}, which shows its progress; these URLs answer when the file is made.
 */
@Path("/films/{slug}")
public class ScriptResource {

    @CheckedTemplate
    static class Templates {
        /** The script's parts; the title page when asked; continued: the first part goes on from the last. */
        static native TemplateInstance script(ShootingScript script, List<ShootingScript.Part> parts,
                boolean titlePage, boolean continued, boolean pdf);
    }

    @Inject ScriptFormats formats;

    @GET
    @Path("script.{extension}")
    @Transactional
    // The PDF of a large film takes longer than the default minute of a transaction (it failed with a 500 at 60 s).
    @TransactionConfiguration(timeout = ScriptExports.WRITING_AT_MOST_SECONDS)
    public Response script(@RestPath("slug") Film film, @RestPath String extension, @RestQuery String sequence,
            @RestQuery List<String> scenes, @RestQuery Boolean dropped, @RestQuery Boolean notes,
            @RestQuery Boolean citations, @RestQuery String watermark, @RestQuery String version) {
        ScriptFormat format = formats.byExtension(extension);
        ScriptOptions options = ScriptOptions.of(film, sequence, scenes, dropped, notes, citations, watermark, version);
        ShootingScript script = ScriptAssembly.of(film, options, LocalDate.now());
        byte[] file = made(format, script);
        return Response.ok((StreamingOutput) out -> out.write(file), format.mediaType())
                .header("Content-Disposition", disposition(format) + "; filename=\"" + fileName(film, format) + "\"")
                .build();
    }

    /** The file is made inside the transaction, whose entities it reads; then sent. */
    static byte[] made(ScriptFormat format, ShootingScript script) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
        try {
            format.write(script, out, Progress.NONE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** victor-serge-script.pdf */
    public static String fileName(Film film, ScriptFormat format) {
        return film.slug + "-script." + format.extension();
    }

    /** The HTML script opens in the browser; the other files download. */
    public static String disposition(ScriptFormat format) {
        return "html".equals(format.extension()) ? "inline" : "attachment";
    }
}
