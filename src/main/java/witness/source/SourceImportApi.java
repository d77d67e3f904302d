package witness.source;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import witness.core.Film;
import witness.web.BadRequest;
import witness.web.Labelled;

/** Imports sources from a Zotero export through the API; the rules are those of {@link SourceImporter}. */
@Path("/api/films/{slug}/sources/import")
@Tag(name = "Sources")
public class SourceImportApi {
    @Inject SourceImporter importer;

    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Import sources from a Zotero export (CSL JSON, BibTeX or RIS, UTF-8, as the request body)."
            + " dryRun=true (the default) only answers what the file holds, each item new or duplicate; dryRun=false"
            + " creates the new items, or those numbered by item=…, all or none")
    @APIResponse(responseCode = "200", description = "The preview: {format, items: [{number, id, title, authors, year,"
            + " type, doi, isbn, status: new|duplicate, duplicateOf: {source|item, reason}}]}")
    @APIResponse(responseCode = "201", description = "Created: {created: [keys]}")
    @APIResponse(responseCode = "400", description = "Unknown format or dryRun value")
    @APIResponse(responseCode = "404", description = "No such film")
    @APIResponse(responseCode = "422", description = "Broken file, nothing saved: {message, errors}")
    public Response importSources(@RestPath("slug") Film film, @RestQuery String format, @RestQuery String dryRun,
            @RestQuery List<Integer> item, byte[] body) {
        boolean dry = dryRun == null || dryRun.isBlank() || dryRun.equals("true");
        if (!dry && !dryRun.equals("false")) {
            throw new BadRequest("dryRun", "'" + dryRun + "' is not one of: true, false");
        }
        ZoteroFormat chosen = Labelled.parse(ZoteroFormat.class, "format", format);
        try {
            String text = SourceImportParser.text(body == null ? new byte[0] : body, "The file");
            if (chosen == null) {
                chosen = SourceImportResource.format(null, null, text);
            }
            if (dry) {
                return Response.ok(preview(importer.preview(film, chosen, text))).build();
            }
            List<String> keys = importer.create(film, chosen, text, item == null || item.isEmpty() ? null : item);
            return Response.status(201).entity(Map.of("created", keys)).build();
        } catch (SourceImportRefused e) {
            return Response.status(422).type(MediaType.APPLICATION_JSON)
                    .entity(Map.of("message", e.getMessage(), "errors", Map.of("file", e.getMessage()))).build();
        }
    }

    private static Map<String, Object> preview(SourceImporter.Preview preview) {
        List<Map<String, Object>> items = preview.rows().stream().map(row -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("number", row.number());
            m.put("id", row.id());
            m.put("title", row.source().title);
            m.put("authors", row.source().names.stream().filter(n -> SourceName.AUTHOR.equals(n.role))
                    .map(SourceName::display).toList());
            m.put("year", row.year().isEmpty() ? null : row.year());
            m.put("type", row.source().type);
            m.put("doi", row.source().doi);
            m.put("isbn", row.source().isbn);
            m.put("status", row.status());
            if (row.match() != null) {
                Map<String, Object> of = new LinkedHashMap<>();
                if (row.match().sourceKey() != null) {
                    of.put("source", row.match().sourceKey());
                } else {
                    of.put("item", row.match().itemNumber());
                }
                of.put("reason", row.match().reason());
                m.put("duplicateOf", of);
            }
            return m;
        }).toList();
        return Map.of("format", preview.format().code(), "items", items);
    }
}
