package witness.source;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import de.undercouch.citeproc.helper.json.MapJsonBuilderFactory;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jboss.resteasy.reactive.RestPath;
import witness.core.Film;
import witness.web.Attachment;

/**
 * A film's sources as files Zotero imports (File › Import…): {@code /films/{slug}/sources.csl.json}
 * and {@code /films/{slug}/sources.bib}. Only the CSL fields travel; clearances and fees stay here.
 */
@Path("/films/{slug}")
public class SourceExport {
    static final String CSL_JSON = "application/vnd.citationstyles.csl+json; charset=UTF-8";
    static final String BIBTEX = "application/x-bibtex; charset=UTF-8";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.WRITE_ENUMS_USING_TO_STRING);

    @GET
    @Path("sources.csl.json")
    @Produces(CSL_JSON)
    public Response cslJson(@RestPath("slug") Film film) {
        return file(film, "sources.csl.json", cslJson(Source.withNames(film)), CSL_JSON);
    }

    @GET
    @Path("sources.bib")
    @Produces(BIBTEX)
    public Response bibtex(@RestPath("slug") Film film) {
        return file(film, "sources.bib", BibTeXWriter.write(CslItems.of(Source.withNames(film))), BIBTEX);
    }

    /** The sources as a pretty-printed CSL JSON array, ending with a newline. */
    static String cslJson(List<Source> sources) {
        List<Object> items = CslItems.of(sources).stream()
                .map(item -> item.toJson(new MapJsonBuilderFactory().createJsonBuilder())).toList();
        try {
            return JSON.writeValueAsString(items) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Response file(Film film, String name, String text, String type) {
        return Attachment.of(text.getBytes(StandardCharsets.UTF_8), type, film.slug + "-" + name).build();
    }
}
