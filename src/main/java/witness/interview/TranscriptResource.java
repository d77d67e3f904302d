package witness.interview;

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
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.RestCookie;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import witness.core.Film;
import witness.web.CachedPage;
import witness.web.FieldErrors;
import witness.web.Flash;
import witness.web.Form;
import witness.web.Forms;
import witness.web.Html;
import witness.web.Invalid;
import witness.web.Uploads;

/**
 * An interview's transcript page ({@code /films/{slug}/interviews/{key}/transcript}): read and search
 * it, import it again (a file or pasted text), and quote a passage of it as a testimony.
 */
@Path("/films/{slug}/interviews/{key}/transcript")
@Produces(MediaType.TEXT_HTML)
public class TranscriptResource {
    private static final String PASSAGE = "passage";
    private static final List<String> PASSAGE_FIELDS = List.of("first", "last", "clip", "clipIn", "clipOut");

    @Inject TranscriptEditor editor;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance transcript(Film film, TranscriptPage page, String notice, String message,
                List<TranscriptParser.Error> errors, Form passage);
    }

    @CachedPage
    @GET
    public Response transcript(@RestPath("slug") Film film, @RestPath String key, @RestQuery String q,
            @RestQuery String clip, @RestCookie(Flash.COOKIE) String flash) {
        Interview interview = TranscriptEditor.interview(film, key);
        TemplateInstance page = page(film, TranscriptPage.of(interview, q, clip), Flash.read(flash), null, List.of(),
                Forms.none());
        return Html.withNotice(page, flash);
    }

    /** Imports a file (field {@code file}) or pasted text (field {@code text}); 422 with every fault by line. */
    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response upload(@RestPath("slug") Film film, @RestPath String key, @RestForm("file") FileUpload file,
            @RestForm("text") String text, @RestForm("format") String format, @RestForm("clip") String clip) {
        Interview interview = TranscriptEditor.interview(film, key);
        boolean hasFile = file != null && file.size() > 0;
        String name = hasFile ? file.fileName() : "pasted text";
        int lines;
        try {
            TranscriptParser.Format f = format(format);
            byte[] bytes = hasFile ? Uploads.bytes(file) : (text == null ? "" : text).getBytes(StandardCharsets.UTF_8);
            lines = editor.replace(film, key, TranscriptParser.parse(bytes, f), name, clip);
        } catch (TranscriptParser.Refused e) {
            return Html.render(422, page(film, TranscriptPage.of(interview, null), null, e.getMessage(), e.errors,
                    Forms.none()));
        } catch (Invalid e) {
            return Html.render(422, page(film, TranscriptPage.of(interview, null), null, "Nothing was imported: the"
                    + " clip " + e.errors.get("clip") + ".", List.of(), Forms.none()));
        }
        return Html.seeOther(pagePath(film.slug, key),
                "Imported " + name + ": " + lines + (lines == 1 ? " line." : " lines."));
    }

    /** Says which clip the transcript's times are into; 303 back to the page. */
    @POST
    @Path("clip")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response timesInto(@RestPath("slug") Film film, @RestPath String key, @RestForm String clip) {
        Transcript transcript;
        try {
            transcript = editor.timesInto(film, key, clip);
        } catch (Invalid e) {
            return Html.render(422, page(film, TranscriptPage.of(TranscriptEditor.interview(film, key), null), null,
                    "The clip " + e.errors.get("clip") + ".", List.of(), Forms.none()));
        }
        Clip into = transcript.timesInto();
        return Html.seeOther(pagePath(film.slug, key), into == null ? "The transcript's times are into no clip."
                : "The transcript's times are into the clip " + into.reel + ".");
    }

    /**
     * Makes a testimony of the lines {@code first} to {@code last}, cut from {@code clip} at {@code clipIn} and
     * {@code clipOut} when a clip is chosen (an empty in or out from the lines' times); 303 to the testimonies page.
     */
    @POST
    @Path("passage")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response passage(@RestPath("slug") Film film, @RestPath String key, @RestForm String first,
            @RestForm String last, @RestForm String questions, @RestForm String clip, @RestForm String clipIn,
            @RestForm String clipOut) {
        Interview interview = TranscriptEditor.interview(film, key);
        Testimony made;
        try {
            FieldErrors errors = new FieldErrors();
            Integer from = Forms.integer(first, "first", errors);
            Integer to = Forms.integer(last, "last", errors);
            errors.check();
            made = editor.fromPassage(film, key, from, to, "on".equals(questions) || "true".equals(questions),
                    new TranscriptEditor.Cut(clip, clipIn, clipOut));
        } catch (Invalid e) {
            Map<String, String> sent = new HashMap<>();
            sent.put("first", first);
            sent.put("last", last);
            sent.put("clip", clip);
            sent.put("clipIn", clipIn);
            sent.put("clipOut", clipOut);
            sent.values().removeIf(java.util.Objects::isNull);
            return Html.render(422, page(film, TranscriptPage.of(interview, null, clip), null,
                    "The passage was not quoted: " + String.join("; ", e.errors.entrySet().stream()
                            .map(x -> x.getKey() + " " + x.getValue()).toList()) + ".", List.of(),
                    Forms.refused(PASSAGE, sent, e.errors)));
        }
        return Html.seeOther(TestimonyList.address(made),
                "Quoted " + made.person.name + ", " + made.timecodeIn
                        + (made.timecodeOut == null ? "" : "–" + made.timecodeOut) + " as testimony " + made.key + ".");
    }

    /**
     * The form quoting a passage: its lines and, where it is cut from the rushes, the clip and its in and out; the clip
     * chosen is the one the times are into (else the one playing), unless the form was just refused.
     */
    private static TemplateInstance page(Film film, TranscriptPage page, String notice, String message,
            List<TranscriptParser.Error> errors, Forms forms) {
        Clip cutFrom = page.cutFrom();
        Form passage = forms.form(PASSAGE, cutFrom == null ? Map.of() : Map.of("clip", cutFrom.key), PASSAGE_FIELDS);
        return Templates.transcript(film, page, notice, message, errors, passage);
    }

    static TranscriptParser.Format format(String code) {
        try {
            return TranscriptParser.Format.of(code);
        } catch (IllegalArgumentException e) {
            throw new TranscriptParser.Refused(1, "format " + e.getMessage());
        }
    }

    static String pagePath(String slug, String key) {
        return "/films/" + slug + "/interviews/" + key + "/transcript";
    }
}
