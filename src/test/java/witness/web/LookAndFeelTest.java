package witness.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;

import io.quarkus.arc.Arc;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.FormElement;
import org.junit.jupiter.api.Test;
import witness.dossier.DossierFiles;
import witness.dossier.DossierImporter;
import witness.testing.FilmCopies;
import witness.testing.Pages;

/**
 * The finish of the pages (issue 10): Pico from its webjar, empty lists that say what to do next, a notice after
 * every save, a question before a delete, a busy state on long imports, dates and durations for people.
 */
@QuarkusTest
class LookAndFeelTest {
    private static final String FORM = "application/x-www-form-urlencoded; charset=UTF-8";
    private static final AtomicInteger EMPTY_FILMS = new AtomicInteger();
    private static final Pattern ISO_DATE = Pattern.compile("\\b\\d{4}-\\d{2}-\\d{2}\\b");
    private static final Pattern HUMAN_DATE = Pattern.compile("\\b\\d{1,2} (January|February|March|April|May|June|July"
            + "|August|September|October|November|December) \\d{4}\\b");

    @Test
    void picoComesFromItsWebjarBeforeTheAppsOwnStyle() {
        given().get("/webjars/picocss__pico/css/pico.min.css").then().statusCode(200)
                .contentType(containsString("text/css")).body(containsString("Pico CSS"));
        Document page = Pages.get("/films/victor-serge/shots");
        List<String> sheets = page.select("link[rel=stylesheet]").eachAttr("href");
        assertThat(sheets).containsExactly("/webjars/picocss__pico/css/pico.min.css", "/witness.css");
        assertThat(page.selectFirst("html").attr("data-theme")).as("no dark scheme the app's colours were not made for")
                .isEqualTo("light");
    }

    @Test
    void picosIconsComeFromTheAppNotFromDataAddresses() throws Exception {
        String css = Files.readString(Path.of("src/main/resources/META-INF/resources/witness.css"));
        for (String icon : List.of("checkbox", "minus", "chevron", "date", "time", "search", "close", "valid", "invalid")) {
            assertThat(css).contains("--pico-icon-" + icon + ": url(\"/icons/" + icon + ".svg\")");
            given().get("/icons/" + icon + ".svg").then().statusCode(200).body(containsString("<svg"));
        }
        given().redirects().follow(false).cookies(Map.of()).header("Cookie", "").get("/icons/chevron.svg").then()
                .statusCode(200);
    }

    @Test
    void printPagesAndPdfsKeepTheirOwnStyle() {
        for (String path : List.of("/films/victor-serge/shots/print",
                "/films/victor-serge/schedules/orenburg-shoot/days/1990-05-14/call-sheet")) {
            Document print = Pages.get(path);
            assertThat(print.select("link[href*=pico]")).as(path).isEmpty();
        }
    }

    @Test
    void everyListOfAnEmptyFilmSaysWhatToDoNext() {
        String slug = emptyFilm();
        String film = "/films/" + slug;
        Map<String, String> linkOf = new LinkedHashMap<>();
        linkOf.put(film + "/shots", film);
        linkOf.put(film + "/people", film + "/people/new");
        linkOf.put(film + "/sources", "#add-source");
        linkOf.put(film + "/research-log", film + "/research-log/new");
        linkOf.put(film + "/locations", "#add-location");
        linkOf.put(film + "/chronology", "#add-event");
        linkOf.put(film + "/testimonies", "#new-testimony-title");
        linkOf.put(film + "/interviews", film + "/interviews/new");
        linkOf.put(film + "/clearances", film + "/shots");
        linkOf.put(film + "/bibliography", film + "/sources");
        for (var e : linkOf.entrySet()) {
            assertThat(Pages.get(e.getKey()).select("main .empty a").eachAttr("href")).as(e.getKey())
                    .contains(e.getValue());
        }
        assertThat(Pages.get(film).select("main p.empty").text()).contains("Add the first sequence below");
        assertThat(Pages.get(film + "/schedules").select("main p.empty").text()).contains("Add a schedule");
        assertThat(Pages.get(film + "/schedules").select("details#add-schedule[open]")).as("the form to fill is open")
                .hasSize(1);
        assertThat(Pages.get(film + "/deleted").select("main p.empty").text()).contains("can be restored");
        // The first column of the board says how to start; the others how a card gets there.
        Document board = Pages.get(film + "/interviews");
        assertThat(board.select(".board-column").first().select("p.empty").text()).contains("add an interview");
        assertThat(board.select(".board-column").last().select("p.empty").text()).contains("drag a card here");
    }

    @Test
    void aFilteredListSaysNothingMatchesAndHowToSeeEverything() {
        Document log = Pages.get("/films/victor-serge/research-log?researcher=nobody-at-all");
        assertThat(log.select("main p.empty").text()).startsWith("No entries match.");
        assertThat(log.select("main p.empty a").attr("href")).isEqualTo("/films/victor-serge/research-log");
    }

    @Test
    void movingAndRemovingHaveOneWordingOnEveryPage() {
        String slug = FilmCopies.ofSerge("finish-wording");
        for (String path : List.of("/films/" + slug, "/films/" + slug + "/shots", "/films/" + slug + "/scenes/orenburg-arrest",
                "/films/" + slug + "/schedules/mexico-shoot", "/films/" + slug + "/interviews/vlady")) {
            Document page = Pages.get(path);
            assertThat(page.select("button.move-up, button.move-down")).as(path).isNotEmpty();
            for (Element button : page.select("button")) {
                String shown = button.ownText().strip();
                assertThat(shown).as(path + ": " + button.outerHtml()).isNotIn("Up", "Down", "Move up", "Move down",
                        "Unschedule", "×");
                if (button.hasClass("move-up") || button.hasClass("move-down")) {
                    assertThat(shown).as(path + ": " + button.outerHtml()).isEqualTo(button.hasClass("move-up") ? "↑" : "↓");
                    assertThat(button.attr("title")).isEqualTo(button.hasClass("move-up") ? "Move up" : "Move down");
                }
            }
        }
    }

    @Test
    void anEmptySceneOffersItsFirstShot() {
        String slug = FilmCopies.ofSerge("finish-shots");
        for (String key : List.of("orenburg-arrest-1", "orenburg-arrest-2", "orenburg-arrest-3", "orenburg-arrest-4",
                "orenburg-arrest-5")) {
            Pages.confirmDeletion("/films/{slug}/shots/{key}/delete", slug, key).statusCode(303);
        }
        Element empty = Pages.get("/films/{slug}/shots", slug).selectFirst("#scene-orenburg-arrest tr.empty");
        assertThat(empty.text()).startsWith("No shots in this scene yet — add the first shot of this scene");
        assertThat(empty.select("a").attr("href")).isEqualTo("/films/" + slug + "/shots/new?scene=orenburg-arrest");
        Element scene = Pages.get("/films/{slug}/scenes/orenburg-arrest", slug).selectFirst("main p.empty:contains(No shots)");
        assertThat(scene.select("a").attr("href")).isEqualTo("/films/" + slug + "/shots/new?scene=orenburg-arrest");
    }

    @Test
    void savingAShotWithoutScriptShowsANoticeOnTheNextPage() {
        String slug = FilmCopies.ofSerge("finish-flash");
        Map<String, String> form = shotForm(slug, "orenburg-arrest-2");
        form.put("notes", "saved by a form");
        String cookie = given().redirects().follow(false).contentType(FORM).formParams(form).post("/films/{slug}/shots/orenburg-arrest-2", slug)
                .then().statusCode(303).header("Location", endsWith("#shot-orenburg-arrest-2")).extract().cookie(Flash.COOKIE);
        Response next = given().cookie(Flash.COOKIE, cookie).get("/films/{slug}/shots", slug);
        Document page = Jsoup.parse(next.asString());
        assertThat(page.select("#flash[role=status] p.notice").text()).isEqualTo("Saved shot 2.1.2.");
        assertThat(next.getDetailedCookie(Flash.COOKIE).getMaxAge()).as("shown once").isZero();
    }

    @Test
    void anHtmxSaveNamesWhatItSavedInAHeader() {
        String slug = FilmCopies.ofSerge("finish-htmx");
        Map<String, String> form = shotForm(slug, "orenburg-arrest-3");
        String header = given().header("HX-Request", "true").contentType(FORM).formParams(form)
                .post("/films/{slug}/shots/orenburg-arrest-3", slug).then().statusCode(200).extract()
                .header(Flash.HEADER);
        assertThat(URLDecoder.decode(header, StandardCharsets.UTF_8)).isEqualTo("Saved shot 2.1.3.");
        String structure = given().header("HX-Request", "true").contentType(FORM)
                .formParams(Map.of("title", "Épilogue “Mexico”", "period", "1947"))
                .post("/films/{slug}/sequences", slug).then().statusCode(200).extract().header(Flash.HEADER);
        assertThat(URLDecoder.decode(structure, StandardCharsets.UTF_8)).startsWith("Added the sequence ")
                .endsWith(". Épilogue “Mexico”.");
    }

    @Test
    void tickingAFollowUpAndSavingQuestionsShowANotice() {
        String slug = FilmCopies.ofSerge("finish-follow");
        Document log = Pages.get("/films/{slug}/research-log", slug);
        FormElement tick = (FormElement) log.selectFirst("ul.follow-ups li.open form");
        Map<String, String> fields = new LinkedHashMap<>();
        tick.formData().forEach(kv -> fields.put(kv.key(), kv.value()));
        String cookie = given().redirects().follow(false).contentType(FORM).formParams(fields).post(tick.attr("action")).then()
                .statusCode(303).extract().cookie(Flash.COOKIE);
        assertThat(Jsoup.parse(given().cookie(Flash.COOKIE, cookie).get("/films/{slug}/research-log", slug).asString())
                .select("#flash .notice").text()).isEqualTo("Marked the follow-up done.");
    }

    @Test
    void deletingAShotWithoutScriptGoesThroughAPageThatAsks() {
        String slug = FilmCopies.ofSerge("finish-delete");
        String html = given().header("HX-Request", "true").get("/films/{slug}/shots/orenburg-arrest-2/edit", slug)
                .then().statusCode(200).extract().asString();
        Element delete = Jsoup.parse("<table>" + html + "</table>").selectFirst("a.danger");
        assertThat(delete.attr("href")).isEqualTo("/films/" + slug + "/shots/orenburg-arrest-2/delete");
        assertThat(delete.attr("hx-confirm")).startsWith("Delete shot 2.1.2 for good?");

        Document confirm = Pages.get(delete.attr("href"));
        assertThat(confirm.select("h1").text()).isEqualTo("Delete shot 2.1.2?");
        assertThat(confirm.select(".consequences").text()).startsWith("Shot 2.1.2 of scene 2.1 ");
        assertThat(confirm.select("main form[method=post]").attr("action")).isEqualTo(delete.attr("href"));
        assertThat(confirm.select("main form button.danger").text()).isEqualTo("Delete shot 2.1.2");
        assertThat(confirm.select("main a:contains(Cancel)").attr("href")).endsWith("/shots/orenburg-arrest-2");
        // Only the page's own button deletes: looking at the page changed nothing.
        assertThat(Pages.get("/films/{slug}/shots", slug).select("#shot-orenburg-arrest-2")).hasSize(1);

        String cookie = Pages.confirmDeletion(delete.attr("href")).statusCode(303)
                .extract().cookie(Flash.COOKIE);
        Document after = Jsoup.parse(given().cookie(Flash.COOKIE, cookie).get("/films/{slug}/shots", slug).asString());
        assertThat(after.select("#flash .notice").text()).isEqualTo("Deleted shot 2.1.2.");
        assertThat(after.select("#shot-orenburg-arrest-2")).isEmpty();
    }

    @Test
    void deleteButtonsWithoutAPageOfTheirOwnAskInTheBrowser() {
        Document day = Pages.get(Pages.get("/films/victor-serge/schedules/orenburg-shoot").selectFirst(".day-card a[href*=/days/]:not([href*=call-sheet])").attr("href"));
        assertThat(day.select("form[action$=/delete]").attr("data-confirm")).startsWith("Delete the shoot day of ");
        Document scene = Pages.get("/films/victor-serge/scenes/orenburg-arrest");
        assertThat(scene.select("form[action*=/citations/][action$=/delete]")).isNotEmpty()
                .allSatisfy(f -> assertThat(f.attr("data-confirm")).startsWith("Delete footnote "));
        Document interview = Pages.get("/films/victor-serge/interviews/comrades-russia");
        assertThat(interview.select("form[action*=/questions/][action$=/delete]"))
                .allSatisfy(f -> assertThat(f.attr("data-confirm")).startsWith("Delete question "));
        // Bigger things go through a page of their own that says what goes with them.
        assertThat(Pages.get("/films/victor-serge").select("a.delete").eachAttr("href"))
                .allSatisfy(href -> assertThat(href).endsWith("/delete"));
    }

    @Test
    void longImportsAndExportsSayTheyAreWorking() {
        String film = "/films/victor-serge";
        assertThat(Pages.get(film + "/shots/import").select("form.csv-import").attr("data-progress")).isEqualTo("Importing…");
        assertThat(Pages.get(film + "/sources/import").select("form[data-progress]")).hasSize(2);
        assertThat(Pages.get(film + "/interviews/comrades-russia/transcript").select("form.transcript-import")
                .attr("data-progress")).isEqualTo("Importing…");
        assertThat(Pages.get(film + "/exports").select("form.script-export-form").attr("data-progress")).isEqualTo("Exporting…");
        assertThat(Pages.get("/backups").select("#restore-form").attr("data-progress")).isEqualTo("Restoring…");
    }

    @Test
    void datesAndDurationsAreWrittenForPeople() {
        String film = "/films/victor-serge";
        for (String path : List.of(film + "/research-log", film + "/schedules", film + "/schedules/orenburg-shoot",
                film + "/locations/mexico-city", film + "/chronology", film + "/shots", film, "/?film=victor-serge")) {
            Document page = Pages.get(path);
            page.select("main form").remove(); // a form's fields and hints keep ISO dates, as an input of type date
            var iso = ISO_DATE.matcher(page.select("main").text());
            assertThat(iso.find() ? iso.group() : null).as(path + " shows an ISO date").isNull();
            for (Element time : page.select("main time[datetime]")) {
                if (time.attr("datetime").matches("\\d{4}-\\d{2}-\\d{2}")) {
                    assertThat(time.text()).as(path).matches(HUMAN_DATE);
                }
            }
        }
        assertThat(Pages.get(film + "/research-log").select("main time[datetime]")).isNotEmpty();
        Document shots = Pages.get(film + "/shots");
        assertThat(shots.select("#film-total").text()).matches("\\d+ h \\d+ min|\\d+ min( \\d+ s)?|\\d+ s");
        assertThat(shots.select(".scene-total").eachText())
                .allSatisfy(t -> assertThat(t).matches("(\\d+ h \\d+ min|\\d+ min( \\d+ s)?|\\d+ s)( of .+ estimated)?"));
    }

    private static Map<String, String> shotForm(String slug, String key) {
        String html = given().header("HX-Request", "true").get("/films/{slug}/shots/{key}/edit", slug, key).then()
                .statusCode(200).extract().asString();
        FormElement form = (FormElement) Jsoup.parse("<table>" + html + "</table>").selectFirst("form");
        Map<String, String> fields = new LinkedHashMap<>();
        form.formData().forEach(kv -> fields.put(kv.key(), kv.value()));
        return fields;
    }

    /** A film with nothing in it yet: a dossier of its film.yaml alone. */
    private static String emptyFilm() {
        String slug = "empty-" + EMPTY_FILMS.incrementAndGet();
        DossierFiles files = new DossierFiles(Map.of("research/film.yaml", "slug: " + slug + "\ntitle: An empty film\n"));
        Arc.container().instance(DossierImporter.class).get().importFilm(files, slug);
        return slug;
    }

    @Test
    void theMenuMarksTheAreaOfThePageAndOnlyIt() {
        assertThat(Pages.get("/films/victor-serge/shots").select(".site-nav a[aria-current=page]").eachText())
                .containsExactly("Shot list");
        assertThat(Pages.get("/films/victor-serge/interviews/vlady").select(".site-nav a[aria-current=page]")
                .eachText()).as("a page below an area").containsExactly("Interviews");
        assertThat(Pages.get("/films/victor-serge").select(".site-nav a[aria-current=page]").eachText())
                .containsExactly("Structure");
        assertThat(Pages.get("/?film=victor-serge").select(".site-nav a[aria-current=page]").eachText())
                .containsExactly("Dashboard");
    }
}
