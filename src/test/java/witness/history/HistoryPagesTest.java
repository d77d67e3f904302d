package witness.history;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import witness.interview.Interview;
import witness.interview.ReleaseForm;
import witness.testing.FilmCopies;
import witness.testing.Pages;
import witness.testing.SergeFilm;

/** The history of a scene, an interview and a source: who changed what, when, from what to what. */
@QuarkusTest
@TestSecurity(user = "vlady-producer", roles = "producer")
class HistoryPagesTest {
    static final String MOMENT = "\\d{1,2} [A-Z][a-z]+ \\d{4}, \\d{2}:\\d{2} .+";

    @Test
    void theSceneHistoryShowsItsChangesAndThoseOfItsShotsNewestFirst() {
        String slug = FilmCopies.ofSerge("history");
        Map<String, Object> scene = json("/api/films/" + slug + "/scenes/prologue-taxi");
        scene.put("title", "The last ride");
        scene.put("status", "approved");
        put("/api/films/" + slug + "/scenes/prologue-taxi", scene);
        Map<String, Object> shot = json("/api/films/" + slug + "/shots/prologue-taxi-1");
        String description = (String) shot.get("description");
        shot.put("description", "Black card: Mexico City, 1947.");
        put("/api/films/" + slug + "/shots/prologue-taxi-1", shot);

        Document page = Pages.get("/films/" + slug + "/scenes/prologue-taxi");
        assertThat(page.select("a.history").attr("href")).isEqualTo("/films/" + slug + "/scenes/prologue-taxi/history");
        Document history = Pages.get("/films/" + slug + "/scenes/prologue-taxi/history");
        assertThat(history.select("h1").text()).isEqualTo("History of the scene 1.1 The last ride");

        List<Element> revisions = history.select("li.revision");
        assertThat(revisions).hasSizeGreaterThanOrEqualTo(3);
        Element shotChange = revisions.get(0);
        assertThat(shotChange.select(".who").text()).isEqualTo("vlady-producer");
        assertThat(shotChange.select("time.when").text()).matches(MOMENT);
        assertThat(change(shotChange, "Shot prologue-taxi-1", "Description")).containsExactly(description,
                "Black card: Mexico City, 1947.");

        Element sceneChange = revisions.get(1);
        assertThat(sceneChange.select(".subject").text()).isEqualTo("The scene");
        assertThat(sceneChange.select(".kind").text()).isEqualTo("changed");
        assertThat(change(sceneChange, "The scene", "Title")).containsExactly("The last taxi ride", "The last ride");
        assertThat(change(sceneChange, "The scene", "Status")).containsExactly("researched", "approved");
        assertThat(sceneChange.select("dt").eachText()).as("only what changed, by its label")
                .contains("Title", "Status").doesNotContain("Setting", "Era", "Purpose", "Sequence");

        Element created = revisions.get(revisions.size() - 1);
        assertThat(created.select(".item-change.created .subject").eachText()).contains("The scene",
                "Shot prologue-taxi-1", "Citation (footnote 1)");
    }

    @Test
    void theInterviewHistoryShowsItsChangesAndItsTranscript() {
        String slug = FilmCopies.ofSerge("history");
        Map<String, Object> vlady = json("/api/films/" + slug + "/interviews/vlady");
        given().contentType(ContentType.JSON).body(Map.of("place", "Paris, his studio", "status", "agreed",
                "version", vlady.get("version"))).put("/api/films/{slug}/interviews/vlady", slug).then().statusCode(200);
        given().contentType("text/plain; charset=UTF-8").body("[00:00:05] VLADY: My father wrote every night.\n")
                .post("/api/films/{slug}/interviews/vlady/transcript?format=plain", slug).then().statusCode(200);

        Document page = Pages.get("/films/" + slug + "/interviews/vlady");
        assertThat(page.select("a.history").attr("href")).isEqualTo("/films/" + slug + "/interviews/vlady/history");
        Document history = Pages.get("/films/" + slug + "/interviews/vlady/history");
        List<Element> revisions = history.select("li.revision");
        assertThat(revisions.get(0).select(".subject").eachText()).contains("Transcript", "Transcript lines");
        assertThat(revisions.get(0).select(".note").text()).isEqualTo("1 line added");
        Element change = revisions.get(1);
        assertThat(change.select(".who").text()).isEqualTo("vlady-producer");
        assertThat(change.select("time.when").text()).matches(MOMENT);
        assertThat(change(change, "The interview", "Place")).containsExactly(
                (String) (vlady.get("place") == null ? "—" : vlady.get("place")), "Paris, his studio");
        assertThat(change(change, "The interview", "Status").get(1)).isEqualTo("agreed");
    }

    @Test
    void theSourceHistoryShowsItsFieldsAndAuthors() {
        String slug = FilmCopies.ofSerge("history");
        Map<String, Object> source = json("/api/films/" + slug + "/sources/tulayev");
        source.put("title", "The Case of Comrade Tulayev (new translation)");
        source.put("clearance", "requested");
        source.put("translators", List.of("Greeman, Richard"));
        put("/api/films/" + slug + "/sources/tulayev", source);

        assertThat(Pages.get("/films/" + slug + "/sources/tulayev").select("a.history").attr("href"))
                .isEqualTo("/films/" + slug + "/sources/tulayev/history");
        Element newest = Pages.get("/films/" + slug + "/sources/tulayev/history").selectFirst("li.revision");
        assertThat(newest.select(".who").text()).isEqualTo("vlady-producer");
        assertThat(change(newest, "The source", "Title").get(1)).isEqualTo("The Case of Comrade Tulayev (new translation)");
        assertThat(change(newest, "The source", "Clearance").get(1)).isEqualTo("requested");
        List<String> names = change(newest, "The source", "Authors, editors and translators");
        assertThat(names.get(0)).contains("Victor Serge (author)").doesNotContain("Greeman");
        assertThat(names.get(1)).contains("Victor Serge (author)", "Richard Greeman (translator)");
    }

    @Test
    void aProducerSeesTheReleaseFormScanInTheInterviewHistory() {
        String slug = FilmCopies.ofSerge("history");
        storeScan(slug);
        Document history = Pages.get("/films/" + slug + "/interviews/vlady/history");
        assertThat(history.select(".subject").eachText()).contains("Release form scan");
        assertThat(history.text()).contains("vlady-release.pdf");
        assertThat(history.select(".withheld")).isEmpty();
    }

    @Test
    @TestSecurity(user = "vlady-viewer", roles = "viewer")
    void personalDataIsHiddenFromAViewerWhoStillReadsTheRestOfTheHistory() {
        String slug = FilmCopies.ofSerge("history");
        storeScan(slug);
        String html = given().get("/films/{slug}/interviews/vlady/history", slug).then().statusCode(200).extract()
                .asString();
        assertThat(html).doesNotContain("vlady-release.pdf").doesNotContain("Release form scan");
        Document history = org.jsoup.Jsoup.parse(html);
        assertThat(history.select(".withheld").text()).contains("only producers");
        assertThat(history.select(".item-change .subject").eachText()).contains("The interview");
        given().get("/films/{slug}/scenes/prologue-taxi/history", slug).then().statusCode(200);
        given().get("/films/{slug}/sources/tulayev/history", slug).then().statusCode(200);
    }

    @Test
    void anUnknownItemHasNoHistory() {
        given().get("/films/victor-serge/scenes/no-such-scene/history").then().statusCode(404);
        given().get("/films/victor-serge/interviews/nobody/history").then().statusCode(404);
        given().get("/films/no-such-film/sources/tulayev/history").then().statusCode(404);
    }

    /** The old and new value of a field in an item's change, as the page shows them. */
    static List<String> change(Element revision, String subject, String label) {
        for (Element item : revision.select(".item-change")) {
            if (item.select(".subject").text().equals(subject)) {
                for (Element change : item.select(".change")) {
                    if (change.select("dt").text().equals(label)) {
                        return List.of(change.select("del.old").text(), change.select("ins.new").text());
                    }
                }
            }
        }
        throw new AssertionError("No change of " + label + " for " + subject + " in " + revision.outerHtml());
    }

    static Map<String, Object> json(String path) {
        return new HashMap<>(given().get(path).then().statusCode(200).extract().jsonPath().getMap(""));
    }

    static void put(String path, Map<String, Object> body) {
        given().contentType(ContentType.JSON).body(body).put(path).then().statusCode(200);
    }

    static void storeScan(String slug) {
        SergeFilm.query(() -> {
            ReleaseForm form = new ReleaseForm();
            form.interview = Interview.find("film.slug = ?1 and key = ?2", slug, "vlady").firstResult();
            form.fileName = "vlady-release.pdf";
            form.contentType = "application/pdf";
            byte[] pdf = "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1);
            form.fileSize = pdf.length;
            form.content = pdf;
            form.uploadedAt = LocalDateTime.now();
            form.persist();
            return null;
        });
    }
}
