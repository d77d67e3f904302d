package witness.script;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import witness.core.Film;
import witness.film.Scene;
import witness.film.Shot;
import witness.film.ShotStatus;
import witness.interview.Interview;
import witness.interview.Testimony;
import witness.person.Person;
import witness.testing.FilmCopies;
import witness.testing.LongScenes;
import witness.testing.Pages;
import witness.testing.SergeFilm;

/** The shooting script as HTML and PDF: what the crew and the commissioning editor read. */
@QuarkusTest
class ShootingScriptTest {

    @Test
    void theHtmlScriptIsATwoColumnTablePerSceneUnderATitlePage() {
        Document script = Pages.get("/films/{slug}/script.html", SergeFilm.SLUG);

        Element title = script.selectFirst(".title-page");
        assertThat(title.select("h1").text()).isEqualTo("Victor Serge — the Incomparable Witness");
        assertThat(title.text()).contains("Channel Four", "Shooting script", "Draft", "Whole film");
        assertThat(script.select("h2.sequence").eachText()).first().asString().startsWith("1 Prologue");
        assertThat(script.select("th.heading .scene-heading").eachText()).containsAll(sceneHeadings(SergeFilm.SLUG));
        Element firstScene = script.selectFirst("section.scene");
        assertThat(firstScene.select("thead th.column").eachText()).containsExactly("VIDEO", "AUDIO");
        assertThat(firstScene.select("td.video .shot-number").eachText()).startsWith("1.1.1", "1.1.2");
        assertThat(firstScene.select("td.audio .narration .words").text()).contains("Mexico City, Monday the seventeenth");
        assertThat(firstScene.select("td.audio .cue").eachText()).contains("MUSIC");
        assertThat(firstScene.select("th.heading .running").text()).matches("\\d+.* · film .*");
        assertThat(firstScene.select("ol.footnotes li").first().text()).startsWith("1.");
        assertThat(script.select("td.video .archive").eachText()).isNotEmpty().allMatch(a -> a.startsWith("Archive: "));
        assertThat(script.select("style").html()).contains("table-header-group", "@page");
    }

    @Test
    void aShotShowingAWrittenTestimonyCarriesItsReadingAndNarrationContinuesOnlyAfterNarration() {
        Document script = Pages.get("/films/{slug}/script.html", SergeFilm.SLUG);

        Element gorkinsPage = row(script, "1.2.2");
        assertThat(gorkinsPage.select("td.audio .bite .speaker").text()).isEqualTo("Julian Gorkin (read)");
        assertThat(gorkinsPage.select("td.audio .bite .words").text()).startsWith("“His upturned soles");
        Element corpse = script.select("section.scene").get(1);
        assertThat(corpse.select("td.video .no-shot")).isEmpty();
        assertThat(row(script, "1.2.1").select("td.audio .narration .words").text()).startsWith("One of his closest friends");
        // 1.1.4 is a voice-over after a wild-track shot, with the scene's one paragraph spoken over 1.1.2
        assertThat(row(script, "1.1.4").select("td.audio .cue").text()).isEqualTo("VOICE-OVER (no narration written)");
        for (Element scene : script.select("section.scene")) {
            boolean narrated = false;
            for (Element row : scene.select("tbody tr")) {
                boolean continues = row.select("td.audio .cue").text().equals("VOICE-OVER (narration continues)");
                assertThat(!continues || narrated).as("narration continues after narration: %s", row.text()).isTrue();
                narrated = continues || !row.select("td.audio .narration").isEmpty();
            }
        }
    }

    @Test
    void aFootnoteMarkSitsOnTheNarrationThatMakesItsClaim() {
        Document script = Pages.get("/films/{slug}/script.html", SergeFilm.SLUG);

        Element taxi = script.selectFirst("section.scene");
        // "Serge died of a heart attack in a Mexico City taxi…": the first paragraph of narration says so
        Element narration = taxi.selectFirst("td.audio .narration");
        assertThat(narration.select(".words").text()).contains("dies of a heart attack");
        assertThat(narration.select("sup.mark a")).hasSize(1);
        String mark = narration.selectFirst("sup.mark a").text();
        assertThat(narration.selectFirst("sup.mark a").attr("href")).isEqualTo("#note-" + mark);
        assertThat(taxi.select("ol.footnotes li#note-" + mark).text()).contains("The Life of Victor Serge");
        // the other citation of the scene (his age, his publishers, his exile) matches no paragraph: on the heading
        assertThat(taxi.select("th.heading sup.mark a").eachText()).hasSize(1).doesNotContain(mark);
        // notes are numbered in the order a reader meets their marks
        List<Integer> marks = taxi.select("sup.mark a").stream().map(a -> Integer.parseInt(a.text())).toList();
        assertThat(marks).isSorted();
    }

    private static Element row(Document script, String shotNumber) {
        return script.select("td.video .shot-number").stream().filter(n -> n.text().equals(shotNumber)).findFirst()
                .orElseThrow(() -> new AssertionError("no shot " + shotNumber)).closest("tr");
    }

    @Test
    void thePdfHoldsEverySceneHeadingABiteWithItsTimecodesAndFootnotes() throws IOException {
        String slug = FilmCopies.ofSerge("script");
        placeBite(slug, "Vlady Kibalchich");

        byte[] pdf = given().get("/films/{slug}/script.pdf", slug).then().statusCode(200)
                .contentType("application/pdf")
                .header("Content-Disposition", "attachment; filename=\"" + slug + "-script.pdf\"")
                .extract().asByteArray();

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(sceneHeadings(slug)).allSatisfy(h -> assertThat(text).contains(h));
            assertThat(text).contains("VLADY KIBALCHICH 00:12:30–00:13:05", "My mother could no longer");
            assertThat(text).contains("Channel Four", "SHOOTING SCRIPT", "Whole film");
            // accents and dashes of citeproc's notes print (PDFBox reads an italic title after the rest of its line)
            assertThat(text).contains("Memoirs of a Revolutionary, 1901–1941", "trans. Peter Sedgwick (Oxford",
                    "Newsreel of the Eruption of Paricutin, Michoacán, 1943");
            // a Chicago note of the talk the research comes from, as the bibliography writes it
            assertThat(text).contains("1. ", "The Life of Victor Serge");
            int pages = document.getNumberOfPages();
            assertThat(text).contains("Page 2 of " + pages, "Page " + pages + " of " + pages).doesNotContain("Page 1 of");
        }
    }

    @Test
    void accentsAndCyrillicNamesPrintAsWritten() throws IOException {
        String slug = FilmCopies.ofSerge("script");
        placeBite(slug, "Влади Кибальчич");
        QuarkusTransaction.requiringNew().run(() -> {
            Scene scene = Scene.byKey(film(slug), "orenburg-family").orElseThrow();
            scene.title = "Les Années de Séjourné & <Orenburg>";
        });

        byte[] pdf = given().get("/films/{slug}/script.pdf?sequence=orenburg", slug).then().statusCode(200)
                .extract().asByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("ВЛАДИ КИБАЛЬЧИЧ", "Les Années de Séjourné & <Orenburg>");
        }
        assertThat(Pages.get("/films/{slug}/script.html?sequence=orenburg", slug).select(".scene-heading").eachText())
                .anyMatch(h -> h.endsWith("Les Années de Séjourné & <Orenburg>"));
    }

    @Test
    void aSceneHeadingIsRepeatedWhereItsTableBreaksOntoANewPage() throws IOException {
        String slug = FilmCopies.ofSerge("script");
        LongScenes.lengthenArrest(slug, 60);

        byte[] pdf = given().get("/films/{slug}/script.pdf?scenes=orenburg-arrest", slug).then().statusCode(200)
                .extract().asByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isGreaterThan(2);
            PDFTextStripper stripper = new PDFTextStripper();
            for (int page = 2; page <= document.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                assertThat(stripper.getText(document)).as("page %d", page).contains("2.1 Arrest, 1933", "VIDEO", "AUDIO");
            }
        }
    }

    @Test
    void theOptionsChooseWhatIsExported() {
        String slug = FilmCopies.ofSerge("script");
        QuarkusTransaction.requiringNew().run(() -> {
            Shot shot = Shot.byKey(film(slug), "orenburg-arrest-2").orElseThrow();
            shot.status = ShotStatus.DROPPED;
        });

        Document whole = Pages.get("/films/{slug}/script.html", slug);
        assertThat(shotNumbers(whole)).doesNotContain("2.1.2").contains("2.1.1", "1.1.1");
        assertThat(whole.select(".shot-notes")).isNotEmpty();
        assertThat(whole.select("ol.footnotes li")).isNotEmpty();
        assertThat(whole.select(".watermark")).isEmpty();

        Document orenburg = Pages.get("/films/{slug}/script.html?sequence=orenburg&dropped=true", slug);
        assertThat(shotNumbers(orenburg)).isNotEmpty().allMatch(n -> n.startsWith("2.")).contains("2.1.2");
        assertThat(orenburg.select("tr.dropped .status").text()).isEqualTo("DROPPED");
        assertThat(orenburg.select(".title-page .scope").text()).startsWith("Sequence 2: Orenburg");

        Document two = Pages.get("/films/{slug}/script.html?scenes=prologue-taxi,orenburg-family", slug);
        assertThat(two.select(".scene-heading").eachText()).hasSize(2);
        assertThat(two.select(".title-page .scope").text()).isEqualTo("Scenes 1.1, 2.3");
        assertThat(Pages.get("/films/{slug}/script.html?scenes=prologue-taxi&scenes=orenburg-family", slug)
                .select(".scene-heading")).hasSize(2);

        Document bare = Pages.get("/films/{slug}/script.html?notes=false&citations=false&watermark=confidential"
                + "&version=Shooting draft 3", slug);
        assertThat(bare.select(".shot-notes")).isEmpty();
        assertThat(bare.select("ol.footnotes, sup.mark")).isEmpty();
        assertThat(bare.select(".watermark").text()).isEqualTo("CONFIDENTIAL");
        assertThat(bare.select(".title-page .version").text()).isEqualTo("Shooting draft 3");
    }

    @Test
    void theScriptDownloadsForScreenwritingTools() {
        String fountain = given().get("/films/{slug}/script.fountain?sequence=orenburg", SergeFilm.SLUG).then()
                .statusCode(200).contentType("text/plain")
                .header("Content-Disposition", "attachment; filename=\"victor-serge-script.fountain\"")
                .extract().asString();
        assertThat(fountain).startsWith("Title: Victor Serge").contains("#2.1#", "NARRATOR (V.O.)");
        String fdx = given().get("/films/{slug}/script.fdx", SergeFilm.SLUG).then().statusCode(200)
                .contentType("application/xml")
                .header("Content-Disposition", "attachment; filename=\"victor-serge-script.fdx\"")
                .extract().asString();
        assertThat(fdx).contains("<FinalDraft", "Type=\"Scene Heading\"");
        given().get("/films/{slug}/script.html", SergeFilm.SLUG).then().statusCode(200)
                .header("Content-Disposition", "inline; filename=\"victor-serge-script.html\"");
    }

    @Test
    void theWatermarkIsOnThePdfPages() throws IOException {
        byte[] pdf = given().get("/films/{slug}/script.pdf?sequence=prologue&watermark=draft", SergeFilm.SLUG)
                .then().statusCode(200).extract().asByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(document.getNumberOfPages());
            assertThat(stripper.getText(document)).contains("DRAFT");
        }
    }

    @Test
    void badOptionsAreRefusedNamingTheField() {
        given().get("/films/{slug}/script.pdf?sequence=berlin", SergeFilm.SLUG).then().statusCode(400)
                .body(containsString("sequence: the film has no sequence 'berlin'"));
        given().get("/films/{slug}/script.html?scenes=prologue-taxi,nowhere", SergeFilm.SLUG).then().statusCode(400)
                .body(containsString("scenes: the film has no scene 'nowhere'"));
        given().get("/films/{slug}/script.html?sequence=orenburg&scenes=prologue-taxi", SergeFilm.SLUG).then()
                .statusCode(400).body(containsString("scenes: choose either one sequence or some scenes"));
        given().get("/films/{slug}/script.html?watermark=secret", SergeFilm.SLUG).then().statusCode(400)
                .body(containsString("watermark: 'secret' is not one of: none, draft, confidential"));
        given().get("/films/{slug}/script.html?version=" + "v".repeat(101), SergeFilm.SLUG).then().statusCode(400)
                .body(containsString("version: must be at most 100 characters"));
        given().get("/films/{slug}/script.docx", SergeFilm.SLUG).then().statusCode(400)
                .body(containsString("format: 'docx' is not one of: html, pdf, fountain, fdx"));
        given().get("/films/{slug}/script.pdf", "no-such-film").then().statusCode(404);
    }

    /** Vlady's words from his interview, placed in the Orenburg family scene, which has a sync shot of him. */
    static void placeBite(String slug, String name) {
        QuarkusTransaction.requiringNew().run(() -> {
            Film film = film(slug);
            Person vlady = Person.byKey(film, "vlady").orElseThrow();
            vlady.name = name;
            Testimony bite = new Testimony();
            bite.film = film;
            bite.key = "vlady-orenburg-illness";
            bite.person = vlady;
            bite.interview = Interview.byKey(film, "vlady").orElseThrow();
            bite.timecodeIn = "00:12:30";
            bite.timecodeOut = "00:13:05";
            bite.text = "My mother could no longer bear the cold, nor the hunger.";
            bite.persist();
            Scene.byKey(film, "orenburg-family").orElseThrow().testimonies.add(0, bite);
        });
    }

    private static Film film(String slug) {
        return Film.bySlug(slug).orElseThrow();
    }

    private static List<String> shotNumbers(Document script) {
        return script.select("td.video .shot-number").eachText();
    }

    private static List<String> sceneHeadings(String slug) {
        return SergeFilm.query(() -> Scene.<Scene>list("sequence.film.slug = ?1", slug).stream()
                .map(s -> s.number() + " " + s.title).toList());
    }
}
