package witness.source;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import witness.core.Film;
import witness.web.Html;
import witness.web.Labelled;
import witness.web.Uploads;

/**
 * Sources from a Zotero export: /films/{slug}/sources/import takes a CSL JSON, BibTeX or RIS file
 * (uploaded or pasted), shows what it holds, each item new or a duplicate, and creates the ticked items
 * once confirmed. The file travels back with the confirmation, so no instance keeps anything in between.
 */
@Path("/films/{slug}/sources/import")
@Produces(MediaType.TEXT_HTML)
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
public class SourceImportResource {
    @Inject SourceImporter importer;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance upload(Film film, String message, String format, String text,
                ZoteroFormat[] formats, int maxKilobytes);

        static native TemplateInstance preview(Film film, SourceImporter.Preview preview, String text,
                String fileName, String message);
    }

    @GET
    public TemplateInstance upload(@RestPath("slug") Film film) {
        return uploadPage(film, null, "", "");
    }

    /** The preview of an uploaded file (200), or the upload page again with what is wrong with it (422). */
    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response preview(@RestPath("slug") Film film, @RestForm("file") FileUpload file, @RestForm String format) {
        String fileName = file == null || file.fileName() == null || file.fileName().isBlank() ? null : file.fileName();
        try {
            if (fileName == null) {
                throw new SourceImportRefused("Choose a file exported from Zotero, or paste its text below.");
            }
            if (file.size() > SourceImportParser.MAX_BYTES) {
                throw new SourceImportRefused("The file " + fileName + " is too large (" + file.size() / 1024
                        + " KB): at most " + SourceImportParser.MAX_BYTES / 1024 + " KB can be imported at once.");
            }
            return previewOf(film, format, fileName, read(file));
        } catch (SourceImportRefused e) {
            return Html.render(422, uploadPage(film, e.getMessage(), format, ""));
        }
    }

    /**
     * The preview of pasted text. A form of its own, URL-encoded and read whole (not field by field with
     * {@code @RestForm}): form fields read that way, or in a multipart form, are capped at a few kilobytes.
     */
    @POST
    public Response previewPasted(@RestPath("slug") Film film, MultivaluedMap<String, String> form) {
        String format = form.getFirst("format");
        String content = form.getFirst("text") == null ? "" : form.getFirst("text");
        try {
            return previewOf(film, format, null, content);
        } catch (SourceImportRefused e) {
            return Html.render(422, uploadPage(film, e.getMessage(), format, content));
        }
    }

    private Response previewOf(Film film, String format, String fileName, String content) {
        ZoteroFormat chosen = format(format, fileName, content);
        SourceImporter.Preview preview = importer.preview(film, chosen, content);
        return Html.render(200, Templates.preview(film, preview, content, fileName, null));
    }

    /** Creates the ticked items and goes to the sources; 422 with the reason, nothing saved, otherwise. */
    @POST
    @Path("confirm")
    public Response confirm(@RestPath("slug") Film film, MultivaluedMap<String, String> form) {
        String text = form.getFirst("text") == null ? "" : form.getFirst("text");
        String format = form.getFirst("format");
        ZoteroFormat chosen;
        try {
            chosen = format(format, null, text);
        } catch (SourceImportRefused e) {
            return Html.render(422, uploadPage(film, e.getMessage(), format, text));
        }
        List<Integer> items = new ArrayList<>();
        for (String item : form.getOrDefault("item", List.of())) {
            try {
                items.add(Integer.parseInt(item.strip()));
            } catch (NumberFormatException e) {
                return Html.render(422, uploadPage(film, "item: '" + item + "' is not the number of an item.",
                        format, text));
            }
        }
        try {
            List<String> keys = importer.create(film, chosen, text, items);
            return Html.seeOther("/films/" + film.slug + "/sources", "Imported " + keys.size()
                    + (keys.size() == 1 ? " source" : " sources") + " from " + chosen.label() + ": "
                    + String.join(", ", keys) + ".");
        } catch (SourceImportRefused e) {
            try {
                SourceImporter.Preview preview = importer.preview(film, chosen, text);
                return Html.render(422, Templates.preview(film, preview, text, null, e.getMessage()));
            } catch (SourceImportRefused broken) {
                return Html.render(422, uploadPage(film, broken.getMessage(), format, text));
            }
        }
    }

    /** The format chosen, or the one the file name or text tells; a refusal when neither does. */
    static ZoteroFormat format(String code, String fileName, String text) {
        if (code != null && !code.isBlank() && !code.equals("detect")) {
            return Labelled.find(ZoteroFormat.class, code.strip()).orElseThrow(() -> new SourceImportRefused(
                    "format: " + Labelled.notOneOf(ZoteroFormat.class, code)));
        }
        if (text == null || text.isBlank()) {
            throw new SourceImportRefused("The file is empty: choose a file exported from Zotero or paste its text.");
        }
        return ZoteroFormat.detect(fileName, text).orElseThrow(() -> new SourceImportRefused(
                "The format of the file cannot be told from its name or its first characters: choose CSL JSON, "
                        + "BibTeX or RIS."));
    }

    private static TemplateInstance uploadPage(Film film, String message, String format, String text) {
        return Templates.upload(film, message, format == null ? "" : format, text == null ? "" : text,
                ZoteroFormat.values(), SourceImportParser.MAX_BYTES / 1024);
    }

    private static String read(FileUpload file) {
        return SourceImportParser.text(Uploads.bytes(file), "The file " + file.fileName());
    }
}
