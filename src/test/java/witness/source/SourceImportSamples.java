package witness.source;

import static io.restassured.RestAssured.given;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.response.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import witness.core.Film;

/** The Zotero exports of src/test/resources/zotero and the requests that import them. */
final class SourceImportSamples {
    private SourceImportSamples() {
    }

    static String text(String name) {
        try (InputStream in = SourceImportSamples.class.getResourceAsStream("/zotero/" + name)) {
            return new String(Objects.requireNonNull(in, name).readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Uploads a file as the import page does: multipart, with the format select ("" to tell from the file). */
    static Response upload(String slug, String fileName, String content, String format) {
        return given().multiPart("file", fileName, content.getBytes(StandardCharsets.UTF_8), "application/octet-stream")
                .multiPart("format", format).post("/films/{slug}/sources/import", slug);
    }

    /** Pastes the text into the import page's text area. */
    static Response paste(String slug, String content, String format) {
        return given().contentType("application/x-www-form-urlencoded; charset=UTF-8").formParam("text", content)
                .formParam("format", format).post("/films/{slug}/sources/import", slug);
    }

    static Document previewOf(String slug, String fileName, String content) {
        return Jsoup.parse(upload(slug, fileName, content, "").then().statusCode(200).extract().asString());
    }

    /** Confirms a preview page with the given items ticked (null: those the page ticked). */
    static Response confirm(String slug, Document preview, List<String> items) {
        var request = given().contentType("application/x-www-form-urlencoded; charset=UTF-8").redirects().follow(false)
                .formParam("format", preview.selectFirst("input[name=format]").val())
                .formParam("text", preview.selectFirst("input[name=text]").val());
        List<String> ticked = items != null ? items
                : preview.select("input[name=item][checked]").stream().map(e -> e.val()).toList();
        for (String item : ticked) {
            request.formParam("item", item);
        }
        return request.post("/films/{slug}/sources/import/confirm", slug);
    }

    static long sourceCount(String slug) {
        return QuarkusTransaction.requiringNew().call(() -> Source.count("film.slug", slug));
    }

    /** A source of the film with its names loaded, or null. */
    static Source source(String slug, String key) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Film film = Film.bySlug(slug).orElseThrow();
            Source s = Source.byKey(film, key).orElse(null);
            if (s != null) {
                s.names.size();
            }
            return s;
        });
    }

    static List<Source> sources(String slug) {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<Source> list = Source.ofFilm(Film.bySlug(slug).orElseThrow());
            list.forEach(s -> s.names.size());
            return list;
        });
    }

    /** A film of its own with no sources at all. */
    static String emptyFilm(String slug) {
        QuarkusTransaction.requiringNew().run(() -> {
            Film film = new Film();
            film.slug = slug;
            film.title = "An empty film";
            film.targetMinutes = 60;
            film.persist();
        });
        return slug;
    }

    static Map<String, String> row(Document preview, int number) {
        var tr = preview.selectFirst("#item-" + number);
        return Map.of("title", tr.select(".title cite").text(), "authors", tr.select(".authors").text(),
                "year", tr.select(".year").text(), "type", tr.select(".type").text(), "status",
                tr.select(".status").text(), "checked", String.valueOf(tr.selectFirst("input[name=item]").hasAttr("checked")));
    }
}
