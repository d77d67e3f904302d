package witness.film;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.FormElement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import witness.testing.FilmCopies;
import witness.testing.Pages;
import witness.testing.SergeFilm;

/** The shot list as the director edits it in the browser: htmx requests, and plain forms without script. */
@QuarkusTest
class ShotListEditingTest {
    private String slug;
    private String page;

    @BeforeEach
    void copyTheFilm() {
        slug = FilmCopies.ofSerge("shot-page");
        page = "http://localhost/films/" + slug + "/shots";
    }

    @Test
    void editingOpensAFormInPlaceWithAControlForEveryField() {
        String html = htmx().get("/films/{slug}/shots/orenburg-arrest-2/edit", slug).then().statusCode(200)
                .extract().asString();

        assertThat(html).startsWith("<tr id=\"shot-orenburg-arrest-2\"").doesNotContain("<html");
        Element form = editor(html);
        assertThat(form.select("select[name=kind] option[selected]").val()).isEqualTo(stored("orenburg-arrest-2").kind.code());
        for (String select : List.of("scene", "kind", "audio", "framing", "movement", "status", "location",
                "interviewee", "source")) {
            assertThat(form.select("select[name=" + select + "]")).as(select).hasSize(1);
        }
        assertThat(form.select("textarea[name=description], textarea[name=notes], input[name=seconds]")).hasSize(3);
        assertThat(form.select("select[name=scene] option[selected]").val()).isEqualTo("orenburg-arrest");
        assertThat(form.select("input[name=version]").val()).isEqualTo("0");
    }

    @Test
    void withoutScriptTheEditFormIsAPageOfItsOwn() {
        Document edit = Pages.get("/films/{slug}/shots/orenburg-arrest-2/edit", slug);
        assertThat(edit.title()).startsWith("Shot 2.1.2 — ");
        assertThat(edit.select("form select[name=kind]")).hasSize(1);
    }

    @Test
    void savingAnEditAnswersTheListWithTheChangeAndNewTotals() {
        Map<String, String> form = formOf("orenburg-arrest-2");
        int secondsBefore = stored("orenburg-arrest-2").seconds == null ? 0 : stored("orenburg-arrest-2").seconds;
        String totalBefore = Pages.get("/films/{slug}/shots", slug).select("#film-total").text();
        form.put("description", "Liuba at the window, 1932");
        form.put("seconds", "1:30");
        form.put("framing", "ecu");

        Document list = Jsoup.parse(htmx().formParams(form).post("/films/{slug}/shots/orenburg-arrest-2", slug)
                .then().statusCode(200).extract().asString());

        Element row = list.selectFirst("#shot-orenburg-arrest-2");
        assertThat(list.select("#shot-list")).hasSize(1);
        assertThat(row.select("td.description").text()).startsWith("Liuba at the window, 1932");
        assertThat(row.select("td.seconds").text()).isEqualTo("1 min 30 s");
        assertThat(stored("orenburg-arrest-2").framing).isEqualTo(Framing.ECU);
        assertThat(stored("orenburg-arrest-2").version).isEqualTo(1);
        if (secondsBefore != 90) {
            assertThat(list.select("#film-total").text()).isNotEqualTo(totalBefore);
        }
    }

    @Test
    void badFieldsComeBackWithTheMessageNextToTheFieldAndNothingIsSaved() {
        Map<String, String> form = formOf("orenburg-arrest-2");
        form.put("seconds", "a while");
        form.put("kind", "hologram");
        form.put("description", "x".repeat(4001));

        Response response = htmx().formParams(form).post("/films/{slug}/shots/orenburg-arrest-2", slug);

        response.then().statusCode(422).header("HX-Retarget", "#shot-orenburg-arrest-2");
        Element editor = editor(response.asString());
        assertThat(editor.selectFirst("input[name=seconds]").attr("aria-invalid")).isEqualTo("true");
        assertThat(editor.selectFirst("#shot-orenburg-arrest-2-seconds-error").text())
                .contains("must be a number of seconds or minutes:seconds");
        assertThat(editor.selectFirst("#shot-orenburg-arrest-2-kind-error").text()).contains("'hologram' is not one of");
        assertThat(editor.selectFirst("#shot-orenburg-arrest-2-description-error").text()).contains("size must be between 0 and 4000");
        // what was typed comes back beside its message, to be corrected rather than typed again
        assertThat(editor.selectFirst("input[name=seconds]").val()).isEqualTo("a while");
        assertThat(stored("orenburg-arrest-2").version).isZero();
    }

    @Test
    void aStaleEditIsRefusedWithAConflictAndTheOtherChangeStays() {
        Map<String, String> mine = formOf("orenburg-arrest-3");
        Map<String, String> theirs = formOf("orenburg-arrest-3");
        theirs.put("notes", "the researcher's note");
        htmx().formParams(theirs).post("/films/{slug}/shots/orenburg-arrest-3", slug).then().statusCode(200);

        mine.put("notes", "the director's note");
        htmx().formParams(mine).post("/films/{slug}/shots/orenburg-arrest-3", slug).then().statusCode(409)
                .header("HX-Retarget", "#flash").body(containsString("changed by someone else"));
        assertThat(stored("orenburg-arrest-3").notes).isEqualTo("the researcher's note");
    }

    @Test
    void aPlainFormPostRedirectsToTheShot() {
        Map<String, String> form = formOf("orenburg-arrest-2");
        form.put("notes", "saved without script");
        given().redirects().follow(false).formParams(form).post("/films/{slug}/shots/orenburg-arrest-2", slug)
                .then().statusCode(303).header("Location", endsWith("/films/" + slug + "/shots#shot-orenburg-arrest-2"));
        assertThat(stored("orenburg-arrest-2").notes).isEqualTo("saved without script");
    }

    @Test
    void movingAShotUpAndDownRenumbersTheScene() {
        Document list = post("/films/{slug}/shots/orenburg-arrest-3/move", Map.of("position", "1"));
        assertThat(numbers(list, "orenburg-arrest")).containsExactly(
                "orenburg-arrest-3=2.1.1", "orenburg-arrest-1=2.1.2", "orenburg-arrest-2=2.1.3",
                "orenburg-arrest-4=2.1.4", "orenburg-arrest-5=2.1.5");

        Element down = list.selectFirst("#shot-orenburg-arrest-3 #down-orenburg-arrest-3");
        assertThat(down.attr("formaction")).isEqualTo("/films/" + slug + "/shots/orenburg-arrest-3/move");
        assertThat(down.attr("name") + "=" + down.val()).isEqualTo("position=2");
        assertThat(list.select("#up-orenburg-arrest-3")).isEmpty();
        list = post("/films/{slug}/shots/orenburg-arrest-3/move", Map.of("position", "2"));
        assertThat(numbers(list, "orenburg-arrest").get(1)).isEqualTo("orenburg-arrest-3=2.1.2");
    }

    /** A row's moves, duplicate and drop are buttons of one form, which carries the CSRF token once. */
    @Test
    void eachRowSendsItsWritesFromOneFormWithItsButtonsAddresses() {
        Element row = Pages.get("/films/{slug}/shots", slug).selectFirst("#shot-orenburg-arrest-2");
        assertThat(row.select("form")).hasSize(1);
        Element form = row.selectFirst("form");
        assertThat(form.select("input[name=csrf-token]")).hasSize(1);
        assertThat(form.attr("hx-post")).isEqualTo(form.attr("action"));
        String shot = "/films/" + slug + "/shots/orenburg-arrest-2/";
        assertThat(form.select("button").stream()
                .map(b -> b.id() + " → " + (b.hasAttr("formaction") ? b.attr("formaction") : form.attr("action"))))
                .containsExactly("up-orenburg-arrest-2 → " + shot + "move", "down-orenburg-arrest-2 → " + shot + "move",
                        "duplicate-orenburg-arrest-2 → " + shot + "duplicate", "drop-orenburg-arrest-2 → " + shot + "drop");
    }

    @Test
    void draggingAShotIntoAnotherSceneRenumbersBoth() {
        Document list = post("/films/{slug}/shots/orenburg-arrest-1/move", Map.of("position", "2", "scene", "orenburg-arrival"));

        assertThat(numbers(list, "orenburg-arrest")).hasSize(4).first().isEqualTo("orenburg-arrest-2=2.1.1");
        assertThat(numbers(list, "orenburg-arrival").get(1)).isEqualTo("orenburg-arrest-1=2.2.2");
        assertThat(list.selectFirst("#scene-orenburg-arrival tbody").attr("data-parent")).isEqualTo("orenburg-arrival");
        assertThat(list.selectFirst("#shot-orenburg-arrest-1").attr("data-move"))
                .isEqualTo("/films/" + slug + "/shots/orenburg-arrest-1/move");
    }

    @Test
    void duplicatingPutsACopyRightAfterTheOriginal() {
        Document list = post("/films/{slug}/shots/orenburg-arrest-2/duplicate", Map.of());

        List<String> numbers = numbers(list, "orenburg-arrest");
        assertThat(numbers).hasSize(6).element(2).isEqualTo("orenburg-arrest-6=2.1.3");
        assertThat(list.select("#shot-orenburg-arrest-6 td.description").text())
                .isEqualTo(list.select("#shot-orenburg-arrest-2 td.description").text());
    }

    @Test
    void droppingAShotTakesItsTimeOutOfTheTotalsAndRestoringPutsItBack() {
        setSeconds("orenburg-arrest-4", "40");
        String before = Pages.get("/films/{slug}/shots", slug).selectFirst("#scene-orenburg-arrest .scene-total").text();

        Document dropped = post("/films/{slug}/shots/orenburg-arrest-4/drop", Map.of());
        assertThat(dropped.selectFirst("#shot-orenburg-arrest-4").hasClass("status-dropped")).isTrue();
        assertThat(dropped.select("#restore-orenburg-arrest-4")).hasSize(1);
        assertThat(dropped.selectFirst("#scene-orenburg-arrest .scene-total").text()).isNotEqualTo(before);

        Document restored = post("/films/{slug}/shots/orenburg-arrest-4/restore", Map.of());
        assertThat(restored.selectFirst("#shot-orenburg-arrest-4").hasClass("status-planned")).isTrue();
        assertThat(restored.selectFirst("#scene-orenburg-arrest .scene-total").text()).isEqualTo(before);
    }

    @Test
    void addingAShotFromTheSceneFooter() {
        String html = htmx().get("/films/{slug}/shots/new?scene=orenburg-arrest", slug).then().statusCode(200)
                .extract().asString();
        Map<String, String> form = fields(editor(html));
        assertThat(form).containsEntry("scene", "orenburg-arrest");
        form.put("kind", "archive-photograph");
        form.put("description", "Serge's arrest warrant");
        form.put("seconds", "8");

        Document list = post("/films/{slug}/shots", form);

        assertThat(numbers(list, "orenburg-arrest")).last().isEqualTo("orenburg-arrest-6=2.1.6");
        assertThat(list.select("#shot-orenburg-arrest-6 td.description").text()).isEqualTo("Serge's arrest warrant");
    }

    @Test
    void aNewShotWithoutAKindIsRefusedNextToTheKind() {
        Map<String, String> form = new LinkedHashMap<>(Map.of("scene", "orenburg-arrest", "kind", ""));
        Response response = htmx().formParams(form).post("/films/{slug}/shots", slug);
        response.then().statusCode(422).header("HX-Retarget", "#new-shot-orenburg-arrest");
        assertThat(editor(response.asString()).selectFirst("#new-shot-orenburg-arrest-kind-error").text())
                .isEqualTo("Kind must not be null");
    }

    @Test
    void afterAWriteTheListKeepsTheFilterOfThePage() {
        String filtered = page + "?sequence=orenburg&kind=interview";
        Document list = Jsoup.parse(htmx().header("HX-Current-URL", filtered)
                .post("/films/{slug}/shots/orenburg-arrest-2/duplicate", slug).then().statusCode(200).extract().asString());
        assertThat(list.select("tr.shot")).isNotEmpty().allSatisfy(row -> assertThat(row.attr("data-kind")).isEqualTo("interview"));
    }

    @Test
    void deletingAShotFromThePage() {
        Document list = post("/films/{slug}/shots/orenburg-arrest-5/delete", formOf("orenburg-arrest-5"));
        assertThat(list.select("#shot-orenburg-arrest-5")).isEmpty();
        assertThat(numbers(list, "orenburg-arrest")).hasSize(4);
    }

    @Test
    void filtersBySceneLocationIntervieweeAndText() {
        Document scene = Pages.get("/films/{slug}/shots?scene=orenburg-arrival", SergeFilm.SLUG);
        assertThat(scene.select("section.scene")).hasSize(1);
        assertThat(scene.select("td.number").eachText()).allMatch(n -> n.startsWith("2.2."));

        String location = SergeFilm.query(() -> Shot.<Shot>find("location is not null and scene.sequence.film.slug = ?1",
                SergeFilm.SLUG).firstResult().location.key);
        long atLocation = SergeFilm.query(() -> Shot.count("location.key = ?1 and scene.sequence.film.slug = ?2", location, SergeFilm.SLUG));
        assertThat(Pages.get("/films/{slug}/shots?location={l}", SergeFilm.SLUG, location).select("tr.shot")).hasSize((int) atLocation);

        long ofVlady = SergeFilm.query(() -> Shot.count("person.key = ?1 and scene.sequence.film.slug = ?2", "vlady", SergeFilm.SLUG));
        assertThat(ofVlady).isPositive();
        assertThat(Pages.get("/films/{slug}/shots?interviewee=vlady", SergeFilm.SLUG).select("tr.shot")).hasSize((int) ofVlady);

        Document text = Pages.get("/films/{slug}/shots?q=ORENBURG", SergeFilm.SLUG);
        assertThat(text.select("tr.shot")).isNotEmpty()
                .allSatisfy(row -> assertThat(row.select("td.description").text().toLowerCase()).contains("orenburg"));
        assertThat(text.select("[data-sortable]")).as("no dragging in a filtered list").isEmpty();

        given().get("/films/{slug}/shots?location=atlantis", SergeFilm.SLUG).then().statusCode(400)
                .body(containsString("location: this film has no location 'atlantis'"));
        given().get("/films/{slug}/shots?interviewee=nobody", SergeFilm.SLUG).then().statusCode(400)
                .body(containsString("interviewee:"));
    }

    @Test
    void theTotalsCompareTheFilmWithItsTarget() {
        Document list = Pages.get("/films/{slug}/shots", SergeFilm.SLUG);
        assertThat(list.select("#target-difference").text()).matches(".+ (over|under) the target|exactly the target");
        assertThat(list.select("section.sequence .sequence-total")).hasSize(3);
    }

    private Document post(String path, Map<String, String> form) {
        return Jsoup.parse(htmx().header("HX-Current-URL", page).formParams(form).post(path, slug)
                .then().statusCode(200).extract().asString());
    }

    private void setSeconds(String key, String seconds) {
        Map<String, String> form = formOf(key);
        form.put("seconds", seconds);
        htmx().formParams(form).post("/films/{slug}/shots/{key}", slug, key).then().statusCode(200);
    }

    private static RequestSpecification htmx() {
        return given().header("HX-Request", "true").contentType("application/x-www-form-urlencoded; charset=UTF-8");
    }

    private Map<String, String> formOf(String key) {
        return fields(editor(htmx().get("/films/{slug}/shots/{key}/edit", slug, key).then().statusCode(200)
                .extract().asString()));
    }

    private static FormElement editor(String html) {
        return (FormElement) Jsoup.parse("<table>" + html + "</table>").selectFirst("form");
    }

    private static Map<String, String> fields(FormElement form) {
        Map<String, String> fields = new LinkedHashMap<>();
        form.formData().forEach(field -> fields.put(field.key(), field.value()));
        return fields;
    }

    private static List<String> numbers(Document list, String scene) {
        return list.select("#scene-" + scene + " tr.shot").stream()
                .map(row -> row.id().substring("shot-".length()) + "=" + row.selectFirst("td.number").text()).toList();
    }

    private Shot stored(String key) {
        return SergeFilm.query(() -> Shot.<Shot>find("key = ?1 and scene.sequence.film.slug = ?2", key, slug).firstResult());
    }
}
