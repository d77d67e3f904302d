package witness.film;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import witness.testing.FilmCopies;
import witness.testing.LongScenes;
import witness.testing.Pages;
import witness.testing.SergeFilm;

/** The shot list on paper: a print page and the same as PDF, read back with PDFBox. */
@QuarkusTest
class ShotListPrintTest {

    @Test
    void thePrintPageListsEveryShotUnderItsSceneHeading() {
        Document page = Pages.get("/films/{slug}/shots/print", SergeFilm.SLUG);

        assertThat(page.select("tr.shot td.number").eachText())
                .hasSize(SergeFilm.query(() -> (int) Shot.count("scene.sequence.film.slug", SergeFilm.SLUG)))
                .startsWith("1.1.1");
        assertThat(page.select("h3").eachText()).anyMatch(h -> h.startsWith("2.1 Arrest, 1933"));
        assertThat(page.select("a[href=/films/victor-serge/shots.pdf]")).hasSize(1);
        assertThat(page.select("style").html()).contains("@page", "counter(pages)", "table-header-group");
    }

    @Test
    void theFiltersOfTheShotListApply() {
        Document page = Pages.get("/films/{slug}/shots/print?sequence=orenburg&kind=location", SergeFilm.SLUG);
        assertThat(page.select("tr.shot td.number").eachText()).isNotEmpty().allMatch(n -> n.startsWith("2."));
        assertThat(page.select("a[href*=shots.pdf]").attr("href")).endsWith("?sequence=orenburg&kind=location");
        given().get("/films/{slug}/shots/print?kind=hologram", SergeFilm.SLUG).then().statusCode(400)
                .body(containsString("kind: 'hologram' is not one of"));
        given().get("/films/{slug}/shots.pdf?status=lost", SergeFilm.SLUG).then().statusCode(400)
                .body(containsString("status:"));
    }

    @Test
    void droppedShotsAreStruckThroughOrLeftOut() {
        String slug = FilmCopies.ofSerge("print");
        Map<String, Object> shot = new HashMap<>(given().get("/api/films/{slug}/shots/orenburg-arrest-2", slug)
                .then().statusCode(200).extract().jsonPath().getMap(""));
        shot.put("status", "dropped");
        given().contentType(ContentType.JSON).body(shot).put("/api/films/{slug}/shots/orenburg-arrest-2", slug)
                .then().statusCode(200);

        assertThat(Pages.get("/films/{slug}/shots/print", slug).select("tr.dropped td.number").eachText())
                .containsExactly("2.1.2");
        assertThat(Pages.get("/films/{slug}/shots/print?dropped=false", slug).select("tr.shot td.number").eachText())
                .doesNotContain("2.1.2").contains("2.1.1", "2.1.3");
    }

    @Test
    void thePdfHoldsEverySceneHeadingAndPageNumbers() throws IOException {
        byte[] pdf = given().get("/films/{slug}/shots.pdf", SergeFilm.SLUG).then().statusCode(200)
                .contentType("application/pdf")
                .header("Content-Disposition", "attachment; filename=\"victor-serge-shots.pdf\"")
                .extract().asByteArray();

        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(document.getNumberOfPages()).isGreaterThan(1);
            List<String> headings = SergeFilm.query(() -> Scene.<Scene>list("sequence.film.slug = ?1", SergeFilm.SLUG)
                    .stream().map(s -> s.number() + " " + s.title).toList());
            assertThat(headings).hasSizeGreaterThan(10).allSatisfy(h -> assertThat(text).contains(h));
            assertThat(text).contains("Victor Serge", "2.1.1", "Page 1 of " + document.getNumberOfPages(),
                    "Page " + document.getNumberOfPages() + " of " + document.getNumberOfPages());
            List<String> numbers = SergeFilm.query(() -> Shot.<Shot>list("scene.sequence.film.slug", SergeFilm.SLUG)
                    .stream().map(Shot::number).toList());
            assertThat(numbers).isNotEmpty().allSatisfy(n -> assertThat(text).contains(n));
            // accents the dossier itself writes in shot descriptions
            assertThat(text.replaceAll("\\s+", " ")).contains("Les Années sans pardon", "Coyoacán", "André Breton");
        }
    }

    @Test
    void aSceneLongerThanAPageStillPrintsWhole() throws IOException {
        String slug = FilmCopies.ofSerge("print");
        int first = LongScenes.lengthenArrest(slug, 60);

        byte[] pdf = given().get("/films/{slug}/shots.pdf?scene=orenburg-arrest", slug).then().statusCode(200)
                .extract().asByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(document.getNumberOfPages()).isGreaterThan(1);
            for (int position = first; position < first + 60; position++) {
                assertThat(text).contains("2.1." + position + " ");
                assertThat(text.replace(" ", "")).contains("Longtake" + position + "of");
            }
        }
    }

    @Test
    void controlCharactersPastedIntoADescriptionDoNotBreakThePdf() throws IOException {
        String slug = FilmCopies.ofSerge("print");
        Map<String, Object> shot = new HashMap<>(given().get("/api/films/{slug}/shots/orenburg-arrest-1", slug)
                .then().statusCode(200).extract().jsonPath().getMap(""));
        shot.put("description", "Bell\u0007 and form feed\u000C pasted from a word processor");
        given().contentType(ContentType.JSON).body(shot).put("/api/films/{slug}/shots/orenburg-arrest-1", slug)
                .then().statusCode(200);

        byte[] pdf = given().get("/films/{slug}/shots.pdf?sequence=orenburg", slug).then().statusCode(200)
                .extract().asByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document)).contains("Bell and form feed pasted");
        }
    }

    @Test
    void accentsCyrillicAndMarkupPrintAsWritten() throws IOException {
        String slug = FilmCopies.ofSerge("print");
        String written = "Laurette Séjourné, Années — Виктор Серж <script>alert('x')</script> & \"quotes\"";
        Map<String, Object> shot = new HashMap<>(given().get("/api/films/{slug}/shots/orenburg-arrest-1", slug)
                .then().statusCode(200).extract().jsonPath().getMap(""));
        shot.put("description", written);
        given().contentType(ContentType.JSON).body(shot).put("/api/films/{slug}/shots/orenburg-arrest-1", slug)
                .then().statusCode(200);

        String html = given().get("/films/{slug}/shots/print", slug).then().statusCode(200).extract().asString();
        assertThat(html).contains("&lt;script&gt;").doesNotContain("<script>alert");
        assertThat(Jsoup.parse(html).select("script")).isEmpty();
        assertThat(Jsoup.parse(html).select("tr.shot td").eachText()).contains(written);
        byte[] pdf = given().get("/films/{slug}/shots.pdf?sequence=orenburg", slug).then().statusCode(200)
                .extract().asByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            // the narrow column may wrap the text anywhere, so compare without white space
            assertThat(text.replaceAll("\\s+", "")).contains(written.replaceAll("\\s+", ""));
            assertThat(text).contains("Séjourné", "Années", "Виктор", "Серж");
        }
    }
}
