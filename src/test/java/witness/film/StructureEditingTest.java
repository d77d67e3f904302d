package witness.film;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import java.util.Map;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import witness.core.Film;
import witness.testing.FilmBuilder;
import witness.testing.FilmCopies;
import witness.testing.Pages;
import witness.testing.SergeFilm;
import witness.web.Durations;
import witness.web.Flash;

/** The director shapes the film from the structure and scene pages, with or without JavaScript. */
@QuarkusTest
class StructureEditingTest {
    /** As browsers send forms: UTF-8 (REST Assured would otherwise encode ISO-8859-1 and lose the en dashes). */
    private static final String FORM = "application/x-www-form-urlencoded; charset=UTF-8";

    // ---- sequences

    @Test
    void aNewSequenceGoesLastAndTheBrowserIsSentToIt() {
        String slug = FilmCopies.ofSerge("structure");

        post(slug, "/sequences", Map.of("title", "Paris and Marseille (1936–41)", "period", "1936–1941",
                "synopsis", "Exile in France; the flight to *Marseille*."))
                .statusCode(303).header("Location", endsWith("/films/" + slug + "#sequence-paris-and-marseille-1936-41"));

        Sequence created = sequence(slug, "paris-and-marseille-1936-41");
        assertThat(created.position).isEqualTo(4);
        assertThat(created.period).isEqualTo("1936–1941");
        Document page = Pages.get("/films/" + slug);
        assertThat(page.select("section.sequence > h3").eachText()).hasSize(4).last().asString()
                .startsWith("4. Paris and Marseille (1936–41)");
        assertThat(page.select("#sequence-paris-and-marseille-1936-41 .synopsis em").text()).isEqualTo("Marseille");
        assertThat(page.select("#sequence-paris-and-marseille-1936-41 tr.empty").text())
                .contains("No scenes in this sequence yet");
    }

    @Test
    void aSequenceIsRenamedAndItsPeriodAndSynopsisChanged() {
        String slug = FilmCopies.ofSerge("structure");
        Document page = Pages.get("/films/" + slug);
        Element form = page.selectFirst("form#edit-sequence-orenburg");
        assertThat(form.select("input[name=title]").val()).isEqualTo("Orenburg exile (1933–36)");

        post(slug, "/sequences/orenburg", Map.of("title", "Exile in Orenburg", "period", "1933–36",
                "synopsis", "The famine and the books.", "version", form.select("input[name=version]").val()))
                .statusCode(303).header("Location", endsWith("/films/" + slug + "#sequence-orenburg"));

        Sequence renamed = sequence(slug, "orenburg");
        assertThat(renamed.title).isEqualTo("Exile in Orenburg");
        assertThat(renamed.period).isEqualTo("1933–36");
        assertThat(renamed.synopsis).isEqualTo("The famine and the books.");
        assertThat(renamed.position).isEqualTo(2);
        assertThat(Pages.get("/films/" + slug).select("#sequence-orenburg > h3").text())
                .isEqualTo("2. Exile in Orenburg 1933–36");
    }

    @Test
    void deletingASequenceIsConfirmedFirstSayingWhatGoesWithIt() {
        String slug = FilmCopies.ofSerge("structure");
        long scenes = SergeFilm.query(() -> Scene.count("sequence.key = ?1 and sequence.film.slug = ?2", "prologue", slug));
        long shots = SergeFilm.query(() -> Shot.count("scene.sequence.key = ?1 and scene.sequence.film.slug = ?2",
                "prologue", slug));
        Document structure = Pages.get("/films/" + slug);
        assertThat(structure.select("#sequence-prologue a[href=/films/" + slug + "/sequences/prologue/delete]")).hasSize(1);

        Document confirm = Pages.get("/films/" + slug + "/sequences/prologue/delete");
        assertThat(confirm.select("main h1").text()).startsWith("Delete sequence 1. Prologue");
        assertThat(confirm.select(".consequences").text()).startsWith("Deleting sequence 1. Prologue")
                .contains("also deletes " + scenes + " scenes, " + shots + " shots");
        assertThat(confirm.select("main form[method=post]").attr("action")).isEqualTo("/films/" + slug + "/sequences/prologue/delete");
        assertThat(confirm.select("a:contains(Cancel)").attr("href")).isEqualTo("/films/" + slug + "/sequences/prologue");
        assertThat(sequence(slug, "prologue")).as("showing the confirmation deletes nothing").isNotNull();

        String cookie = Pages.confirmDeletion("/films/{slug}/sequences/prologue/delete", slug)
                .statusCode(303).header("Location", endsWith("/films/" + slug)).extract().cookie(Flash.COOKIE);

        assertThat(SergeFilm.query(() -> Sequence.count("film.slug = ?1 and key = ?2", slug, "prologue"))).isZero();
        assertThat(SergeFilm.query(() -> Scene.count("sequence.film.slug = ?1", slug))).isPositive();
        assertThat(SergeFilm.query(() -> Sequence.list("film.slug = ?1 order by position", slug)).stream()
                .map(s -> ((Sequence) s).key + "@" + ((Sequence) s).position)).containsExactly("orenburg@1", "mexico@2");
        Document after = Jsoup.parse(given().cookie(Flash.COOKIE, cookie).get("/films/{slug}", slug).then()
                .statusCode(200).extract().asString());
        assertThat(after.select("#flash .notice").text()).startsWith("Deleted Sequence 1. Prologue")
                .contains(scenes + " scenes");
        assertThat(after.select("tr.scene td.number").first().text()).isEqualTo("1.1");
    }

    @Test
    void aFilmWithoutSequencesAndASequenceWithoutScenesSayWhatToDo() {
        String slug = FilmCopies.ofSerge("structure");
        for (String key : List.of("prologue", "orenburg", "mexico")) {
            Pages.confirmDeletion("/films/{slug}/sequences/{key}/delete", slug, key).statusCode(303);
        }
        Document empty = Pages.get("/films/" + slug);
        assertThat(empty.select("section.sequence")).isEmpty();
        assertThat(empty.select("#structure p.empty").text()).contains("no sequences yet").contains("Add the first sequence");
        assertThat(empty.select("#new-sequence-heading").text()).isEqualTo("Add the first sequence");
        assertThat(SergeFilm.query(() -> Shot.count("scene.sequence.film.slug", slug))).isZero();

        post(slug, "/sequences", Map.of("title", "Brussels")).statusCode(303);
        Document one = Pages.get("/films/" + slug);
        assertThat(one.select("#sequence-brussels tr.empty").text()).contains("add the first scene");
        assertThat(one.select("#sequence-brussels details.add").hasAttr("open")).isTrue();
    }

    // ---- scenes

    @Test
    void aNewSceneGoesLastInItsSequenceAsADraft() {
        String slug = FilmCopies.ofSerge("structure");
        int before = sceneCount(slug, "orenburg");

        post(slug, "/sequences/orenburg/scenes", Map.of("title", "Vlady's drawings", "setting", "Orenburg",
                "era", "1934", "estimatedSeconds", "1:45", "purpose", "The boy draws the town."))
                .statusCode(303).header("Location", endsWith("/films/" + slug + "#scene-vlady-s-drawings"));

        Scene scene = scene(slug, "vlady-s-drawings");
        assertThat(scene.position).isEqualTo(before + 1);
        assertThat(scene.estimatedSeconds).isEqualTo(105);
        assertThat(scene.status).isEqualTo(SceneStatus.DRAFT);
        assertThat(scene.setting).isEqualTo("Orenburg");
        Element row = Pages.get("/films/" + slug).selectFirst("tr#scene-vlady-s-drawings");
        assertThat(row.select("td.number").text()).isEqualTo("2." + (before + 1));
        assertThat(row.select("td.estimated").text()).isEqualTo("1 min 45 s");
        assertThat(row.select("td.shot-count").text()).isEqualTo("0");

        post(slug, "/sequences/orenburg/scenes", Map.of("title", "Only a title")).statusCode(303);
        assertThat(scene(slug, "only-a-title").estimatedSeconds).isNull();
    }

    @Test
    void theSceneFormChangesEveryFieldAndTheNarrationIsRenderedSafely() {
        String slug = FilmCopies.ofSerge("structure");
        Map<String, String> form = sceneForm(slug, "orenburg-arrival");
        form.put("title", "Arrival, 1933");
        form.put("purpose", "Orenburg on the map.");
        form.put("setting", "Orenburg station");
        form.put("era", "June 1933");
        form.put("narration", "He *arrived* in the famine. <script>alert('x')</script>");
        form.put("estimatedSeconds", "2:05");
        form.put("status", "approved");

        post(slug, "/scenes/orenburg-arrival", form).statusCode(303)
                .header("Location", endsWith("/films/" + slug + "/scenes/orenburg-arrival"));

        Scene scene = scene(slug, "orenburg-arrival");
        assertThat(scene.title).isEqualTo("Arrival, 1933");
        assertThat(scene.purpose).isEqualTo("Orenburg on the map.");
        assertThat(scene.setting).isEqualTo("Orenburg station");
        assertThat(scene.era).isEqualTo("June 1933");
        assertThat(scene.estimatedSeconds).isEqualTo(125);
        assertThat(scene.status).isEqualTo(SceneStatus.APPROVED);
        assertThat(scene.sequence.key).isEqualTo("orenburg");
        Document page = Pages.get("/films/" + slug + "/scenes/orenburg-arrival");
        assertThat(page.select("#scene-narration em").text()).isEqualTo("arrived");
        assertThat(page.select("#scene-narration script")).isEmpty();
        assertThat(page.select("#scene-narration").text()).contains("<script>");
        assertThat(page.select("#scene-duration").text()).isEqualTo("2 min 5 s");
        assertThat(page.select("#scene-status").text()).isEqualTo("approved");
    }

    @Test
    void theSceneFormMovesTheSceneToTheEndOfAnotherSequence() {
        String slug = FilmCopies.ofSerge("structure");
        int mexico = sceneCount(slug, "mexico");
        Map<String, String> form = sceneForm(slug, "orenburg-arrest");
        form.put("sequence", "mexico");

        post(slug, "/scenes/orenburg-arrest", form).statusCode(303);

        Scene moved = scene(slug, "orenburg-arrest");
        assertThat(moved.sequence.key).isEqualTo("mexico");
        assertThat(moved.position).isEqualTo(mexico + 1);
        Document page = Pages.get("/films/" + slug);
        assertThat(page.select("tr#scene-orenburg-arrest td.number").text()).isEqualTo("3." + (mexico + 1));
        assertThat(page.select("tr#scene-orenburg-arrival td.number").text()).isEqualTo("2.1");
        assertThat(Pages.get("/films/" + slug + "/scenes/orenburg-arrest").select("tr.shot td.number").first().text())
                .isEqualTo("3." + (mexico + 1) + ".1");
    }

    @Test
    void deletingASceneIsConfirmedFirstListingItsShotsCitationsAndTestimony() {
        String slug = FilmCopies.ofSerge("structure");
        String path = "/films/" + slug + "/scenes/orenburg-arrest/delete";
        assertThat(Pages.get("/films/" + slug).select("tr#scene-orenburg-arrest a[href=" + path + "]")).hasSize(1);
        assertThat(Pages.get("/films/" + slug + "/scenes/orenburg-arrest").select("a[href=" + path + "]")).hasSize(1);

        Document confirm = Pages.get(path);
        assertThat(confirm.select(".consequences").text())
                .startsWith("Deleting 2.1 Arrest, 1933 also deletes 5 shots, 4 citations, 1 placement of a testimony (the testimony stays)");
        assertThat(confirm.select("main form[method=post] button").text()).isEqualTo("Delete");
        assertThat(confirm.select("a:contains(Cancel)").attr("href")).isEqualTo("/films/" + slug + "/scenes/orenburg-arrest");

        String cookie = Pages.confirmDeletion(path).statusCode(303)
                .header("Location", endsWith("/films/" + slug + "#sequence-orenburg")).extract().cookie(Flash.COOKIE);

        assertThat(SergeFilm.query(() -> Scene.byKey(film(slug), "orenburg-arrest"))).isEmpty();
        assertThat(SergeFilm.query(() -> Shot.count("key like ?1 and scene.sequence.film.slug = ?2", "orenburg-arrest-%", slug)))
                .isZero();
        assertThat(SergeFilm.query(() -> Citation.count("scene.sequence.film.slug = ?1 and scene.key = ?2", slug,
                "orenburg-arrest"))).isZero();
        assertThat(scene(slug, "orenburg-arrival").position).isEqualTo(1);
        Document after = Jsoup.parse(given().cookie(Flash.COOKIE, cookie).get("/films/{slug}", slug).asString());
        assertThat(after.select("#flash .notice").text()).startsWith("Deleted Scene 2.1 Arrest, 1933, and with it 5 shots");
    }

    // ---- moves

    @Test
    void upAndDownButtonsMoveAndRenumber() {
        String slug = FilmCopies.ofSerge("structure");
        Document page = Pages.get("/films/" + slug);
        Element down = page.selectFirst("tr#scene-orenburg-arrest button.move-down");
        assertThat(down.parent().attr("action")).isEqualTo("/films/" + slug + "/scenes/orenburg-arrest/move");
        assertThat(down.attr("name") + "=" + down.val()).isEqualTo("position=2");
        assertThat(down.parent().select("button")).as("up and down: one form").hasSize(2);
        assertThat(page.selectFirst("tr#scene-orenburg-arrest button.move-up").hasAttr("disabled")).isTrue();

        post(slug, "/scenes/orenburg-arrest/move", Map.of("position", "2")).statusCode(303)
                .header("Location", endsWith("/films/" + slug + "#scene-orenburg-arrest"));

        page = Pages.get("/films/" + slug);
        assertThat(page.select("tr#scene-orenburg-arrival td.number").text()).isEqualTo("2.1");
        assertThat(page.select("tr#scene-orenburg-arrest td.number").text()).isEqualTo("2.2");

        Element up = page.selectFirst("#sequence-mexico button.move-up");
        assertThat(up.attr("name") + "=" + up.val()).isEqualTo("position=2");
        post(slug, "/sequences/mexico/move", Map.of("position", "2")).statusCode(303);

        page = Pages.get("/films/" + slug);
        assertThat(page.select("section.sequence > h3").eachText()).satisfies(h -> {
            assertThat(h.get(0)).startsWith("1. Prologue");
            assertThat(h.get(1)).startsWith("2. Mexico");
            assertThat(h.get(2)).startsWith("3. Orenburg");
        });
        assertThat(page.select("tr#scene-orenburg-arrival td.number").text()).isEqualTo("3.1");
        assertThat(page.select("#sequence-mexico tr.scene td.number").eachText()).allMatch(n -> n.startsWith("2."));
    }

    @Test
    void dragAndDropMovesASceneIntoAnotherSequenceAndAnswersTheStructureFragment() {
        String slug = FilmCopies.ofSerge("structure");
        Document page = Pages.get("/films/" + slug);
        Element scenes = page.selectFirst("#sequence-prologue tbody");
        assertThat(scenes.attr("data-sortable")).isEqualTo("scenes");
        assertThat(scenes.attr("data-parent-field")).isEqualTo("sequence");
        assertThat(scenes.attr("data-parent")).isEqualTo("prologue");
        assertThat(scenes.attr("data-target")).isEqualTo("#structure");
        assertThat(page.select("#structure > .sequences").attr("data-sortable")).isEqualTo("sequences");
        assertThat(page.selectFirst("section#sequence-orenburg").attr("data-move"))
                .isEqualTo("/films/" + slug + "/sequences/orenburg/move");
        assertThat(page.selectFirst("tr#scene-orenburg-border").attr("data-move"))
                .isEqualTo("/films/" + slug + "/scenes/orenburg-border/move");
        assertThat(page.select("tr#scene-orenburg-border .drag-handle")).hasSize(1);
        assertThat(page.select("section#sequence-orenburg > .drag-handle")).hasSize(1);

        String html = htmx().formParams(Map.of("position", "1", "sequence", "prologue"))
                .post("/films/{slug}/scenes/orenburg-border/move", slug)
                .then().statusCode(200).contentType("text/html").body(not(containsString("<html"))).extract().asString();

        Document fragment = Jsoup.parseBodyFragment(html);
        assertThat(fragment.body().child(0).id()).isEqualTo("structure");
        assertThat(fragment.select("tr#scene-orenburg-border td.number").text()).isEqualTo("1.1");
        Scene moved = scene(slug, "orenburg-border");
        assertThat(moved.sequence.key).isEqualTo("prologue");
        assertThat(moved.position).isEqualTo(1);
        assertThat(positions(slug, "prologue")).containsExactly(1, 2, 3, 4);
        assertThat(positions(slug, "orenburg")).isEqualTo(java.util.stream.IntStream
                .rangeClosed(1, positions(slug, "orenburg").size()).boxed().toList());

        htmx().formParam("position", "3").post("/films/{slug}/sequences/prologue/move", slug)
                .then().statusCode(200).body(containsString("id=\"structure\""));
        assertThat(sequence(slug, "prologue").position).isEqualTo(3);
        assertThat(sequence(slug, "orenburg").position).isEqualTo(1);
    }

    // ---- htmx

    @Test
    void htmxRequestsGetFragmentsInsteadOfRedirects() {
        String slug = FilmCopies.ofSerge("structure");

        String created = htmx().formParam("title", "Epilogue").post("/films/{slug}/sequences", slug)
                .then().statusCode(200).body(not(containsString("<html"))).extract().asString();
        assertThat(Jsoup.parseBodyFragment(created).select("#structure #sequence-epilogue > h3").text())
                .isEqualTo("4. Epilogue");

        String scene = htmx().formParam("title", "Vlady paints").post("/films/{slug}/sequences/epilogue/scenes", slug)
                .then().statusCode(200).body(not(containsString("<html"))).extract().asString();
        assertThat(Jsoup.parseBodyFragment(scene).select("tr#scene-vlady-paints td.number").text()).isEqualTo("4.1");

        Map<String, String> form = sceneForm(slug, "vlady-paints");
        form.put("setting", "Mexico City");
        String edited = htmx().formParams(form).post("/films/{slug}/scenes/vlady-paints", slug)
                .then().statusCode(200).body(not(containsString("<html"))).extract().asString();
        Document fragment = Jsoup.parseBodyFragment(edited);
        assertThat(fragment.body().child(0).id()).isEqualTo("scene");
        assertThat(fragment.select("#scene-setting").text()).isEqualTo("Mexico City");

        form.put("title", " ");
        form.put("version", Long.toString(scene(slug, "vlady-paints").version));
        String refused = htmx().formParams(form).post("/films/{slug}/scenes/vlady-paints", slug)
                .then().statusCode(422).body(not(containsString("<html"))).extract().asString();
        assertThat(Jsoup.parseBodyFragment(refused).select("#edit-scene-vlady-paints-title-error").text())
                .isEqualTo("Title must not be blank");
    }

    @Test
    void theFormsOfTheStructurePageWorkWithAndWithoutHtmx() {
        String slug = FilmCopies.ofSerge("structure");
        Document page = Pages.get("/films/" + slug);
        for (Element form : page.select("#structure form")) {
            assertThat(form.attr("method")).isEqualTo("post");
            assertThat(form.attr("hx-post")).isEqualTo(form.attr("action"));
            assertThat(form.attr("hx-target")).isEqualTo("#structure");
            assertThat(form.attr("hx-swap")).isEqualTo("outerHTML");
        }
        assertThat(page.select("form#edit-sequence-orenburg input[type=hidden][name=version]")).hasSize(1);
        assertThat(page.select("form#new-scene-orenburg input[name=title][required]")).hasSize(1);
    }

    // ---- refusals

    @Test
    void aBlankOrTooLongSequenceTitleIsRefusedBesideTheFieldAndNothingIsCreated() {
        String slug = FilmCopies.ofSerge("structure");
        long before = SergeFilm.query(() -> Sequence.count("film.slug", slug));

        Document blank = refused(post(slug, "/sequences", Map.of("title", "  ", "period", "1936")));
        assertFieldError(blank, "new-sequence-title", "must not be blank");
        assertThat(blank.select("#new-sequence-period").val()).isEqualTo("1936");
        assertThat(blank.select("main h1")).hasSize(1);

        Document tooLong = refused(post(slug, "/sequences", Map.of("title", "x".repeat(301))));
        assertFieldError(tooLong, "new-sequence-title", "size must be between 0 and 300");

        assertThat(SergeFilm.query(() -> Sequence.count("film.slug", slug))).isEqualTo(before);
    }

    @Test
    void aSequenceEditWithABlankTitleIsRefusedAndTheSequenceUnchanged() {
        String slug = FilmCopies.ofSerge("structure");
        Sequence before = sequence(slug, "mexico");

        Document page = refused(post(slug, "/sequences/mexico", Map.of("title", "", "period", "1941–1947",
                "version", Long.toString(before.version))));

        assertFieldError(page, "edit-sequence-mexico-title", "must not be blank");
        assertThat(page.select("#sequence-mexico details.edit").hasAttr("open")).isTrue();
        Sequence after = sequence(slug, "mexico");
        assertThat(after.title).isEqualTo(before.title);
        assertThat(after.version).isEqualTo(before.version);
    }

    @Test
    void eachBadSceneFieldIsRefusedBesideItAndTheSceneIsUnchanged() {
        String slug = FilmCopies.ofSerge("structure");
        Scene before = scene(slug, "orenburg-family");
        Map<String, String[]> cases = Map.of(
                "title", new String[] { "", "must not be blank" },
                "estimatedSeconds", new String[] { "-5", "must not be negative" },
                "status", new String[] { "finished", "'finished' is not one of: draft, researched, approved" },
                "sequence", new String[] { "atlantis", "this film has no sequence with the key 'atlantis'" });
        cases.forEach((field, c) -> {
            Map<String, String> form = sceneForm(slug, "orenburg-family");
            form.put(field, c[0]);
            Document page = refused(post(slug, "/scenes/orenburg-family", form));
            assertFieldError(page, "edit-scene-orenburg-family-" + field, c[1]);
        });
        Map<String, String> form = sceneForm(slug, "orenburg-family");
        form.put("estimatedSeconds", "two minutes");
        form.put("title", "T".repeat(301));
        Document page = refused(post(slug, "/scenes/orenburg-family", form));
        assertFieldError(page, "edit-scene-orenburg-family-estimatedSeconds", Durations.EXPECTED);
        assertFieldError(page, "edit-scene-orenburg-family-title", "size must be between 0 and 300");
        assertThat(page.select("#edit-scene-orenburg-family-estimatedSeconds").val()).isEqualTo("two minutes");

        Scene after = scene(slug, "orenburg-family");
        assertThat(after.title).isEqualTo(before.title);
        assertThat(after.estimatedSeconds).isEqualTo(before.estimatedSeconds);
        assertThat(after.status).isEqualTo(before.status);
        assertThat(after.version).isEqualTo(before.version);
    }

    @Test
    void aNewSceneWithANonNumericDurationIsRefusedAndNotCreated() {
        String slug = FilmCopies.ofSerge("structure");
        int before = sceneCount(slug, "mexico");

        Document page = refused(post(slug, "/sequences/mexico/scenes", Map.of("title", "Paricutin",
                "estimatedSeconds", "long")));

        assertFieldError(page, "new-scene-mexico-estimatedSeconds", Durations.EXPECTED);
        assertThat(page.select("#new-scene-mexico-title").val()).isEqualTo("Paricutin");
        assertThat(page.select("#sequence-mexico details.add").hasAttr("open")).isTrue();
        assertThat(sceneCount(slug, "mexico")).isEqualTo(before);
    }

    @Test
    void aMoveToPositionZeroOrNoNumberIsRefusedAndNothingMoves() {
        String slug = FilmCopies.ofSerge("structure");

        Document zero = refused(post(slug, "/scenes/orenburg-family/move", Map.of("position", "0")));
        assertThat(zero.select("#move-scene-orenburg-family-position-error").text()).contains("position: must be 1 or more");
        assertThat(zero.select("tr#scene-orenburg-family button.move-down").attr("aria-describedby"))
                .isEqualTo("move-scene-orenburg-family-position-error");
        Document word = refused(post(slug, "/sequences/orenburg/move", Map.of("position", "first")));
        assertThat(word.select("#move-sequence-orenburg-position-error").text()).contains("position: must be a whole number");
        refused(post(slug, "/sequences/orenburg/move", Map.of()));
        htmx().formParam("position", "0").post("/films/{slug}/scenes/orenburg-family/move", slug)
                .then().statusCode(422).body(not(containsString("<html")), containsString("must be 1 or more"));
        refused(post(slug, "/scenes/orenburg-family/move", Map.of("position", "1", "sequence", "atlantis")));

        assertThat(scene(slug, "orenburg-family").position).isEqualTo(3);
        assertThat(sequence(slug, "orenburg").position).isEqualTo(2);
    }

    @Test
    void aStaleVersionIsAConflictAndNothingIsSaved() {
        String slug = FilmCopies.ofSerge("structure");
        Map<String, String> stale = sceneForm(slug, "orenburg-exiles");
        Map<String, String> first = sceneForm(slug, "orenburg-exiles");
        first.put("era", "1934–1935");
        post(slug, "/scenes/orenburg-exiles", first).statusCode(303);

        stale.put("title", "Overwritten");
        post(slug, "/scenes/orenburg-exiles", stale).statusCode(409).body(containsString("changed by someone else"));
        htmx().formParams(stale).post("/films/{slug}/scenes/orenburg-exiles", slug).then().statusCode(409)
                .header("HX-Retarget", "#flash").body(containsString("role=\"alert\""));

        Scene scene = scene(slug, "orenburg-exiles");
        assertThat(scene.title).isNotEqualTo("Overwritten");
        assertThat(scene.era).isEqualTo("1934–1935");

        Sequence sequence = sequence(slug, "mexico");
        post(slug, "/sequences/mexico", Map.of("title", "Overwritten", "version", Long.toString(sequence.version - 1)))
                .statusCode(409);
        assertThat(sequence(slug, "mexico").title).isEqualTo(sequence.title);
    }

    @Test
    void unknownSequencesAndScenesAreNotFound() {
        String slug = FilmCopies.ofSerge("structure");
        post(slug, "/sequences/atlantis", Map.of("title", "X", "version", "0")).statusCode(404);
        post(slug, "/sequences/atlantis/move", Map.of("position", "1")).statusCode(404);
        post(slug, "/sequences/atlantis/scenes", Map.of("title", "X")).statusCode(404);
        post(slug, "/sequences/atlantis/delete", Map.of()).statusCode(404);
        given().get("/films/{slug}/sequences/atlantis/delete", slug).then().statusCode(404);
        post(slug, "/scenes/atlantis", Map.of("title", "X", "version", "0")).statusCode(404);
        post(slug, "/scenes/atlantis/move", Map.of("position", "1")).statusCode(404);
        post(slug, "/scenes/atlantis/delete", Map.of()).statusCode(404);
        given().get("/films/{slug}/scenes/atlantis", slug).then().statusCode(404);
        post("no-such-film", "/sequences", Map.of("title", "X")).statusCode(404);
    }

    // ---- scale

    @Inject
    EntityManagerFactory entityManagerFactory;

    @Test
    void theStructurePageIssuesAsManyStatementsForOneSceneAsForAHundred() {
        String small = FilmBuilder.withShots("structure-statements-10", 10);
        String large = FilmBuilder.withShots("structure-statements-1000", 1000);

        long forSmall = statements("/films/" + small, 1);
        long forLarge = statements("/films/" + large, 100);

        assertThat(forLarge).isEqualTo(forSmall);
        assertThat(forSmall).as("statistics are on, and the page needs only a few queries").isBetween(1L, 8L);
        assertThat(Pages.get("/films/" + large).select("tr.scene td.shot-count").eachText()).containsOnly("10");
    }

    private long statements(String path, int scenes) {
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();
        Document page = Pages.rendered(path);
        assertThat(page.select("tr.scene")).hasSize(scenes);
        return statistics.getPrepareStatementCount();
    }

    // ---- helpers

    private static ValidatableResponse post(String slug, String path, Map<String, String> form) {
        RequestSpecification request = given().redirects().follow(false).contentType(FORM);
        if (!form.isEmpty()) {
            request.formParams(form);
        }
        return request.post("/films/" + slug + path).then();
    }

    private static RequestSpecification htmx() {
        return given().redirects().follow(false).header("HX-Request", "true")
                .contentType(FORM);
    }

    /** A 422 answered with the whole page, parsed. */
    private static Document refused(ValidatableResponse response) {
        return Jsoup.parse(response.statusCode(422).contentType("text/html").extract().asString());
    }

    private static void assertFieldError(Document page, String controlId, String message) {
        Element control = page.getElementById(controlId);
        assertThat(control).as(controlId).isNotNull();
        assertThat(control.attr("aria-invalid")).as(controlId).isEqualTo("true");
        assertThat(control.attr("aria-describedby")).isEqualTo(controlId + "-error");
        Element error = page.getElementById(controlId + "-error");
        assertThat(error).as(controlId + "-error").isNotNull();
        assertThat(error.text()).as("the message names its field first").endsWith(" " + message)
                .doesNotStartWith(message);
        assertThat(error.parent()).as("the message is beside its control").isEqualTo(control.parent());
    }

    /** The scene's edit form as the page fills it in. */
    private static Map<String, String> sceneForm(String slug, String key) {
        Element form = Pages.get("/films/" + slug + "/scenes/" + key).selectFirst("form#edit-scene-" + key);
        Map<String, String> values = new java.util.LinkedHashMap<>();
        for (Element control : form.select("input[name], textarea[name], select[name]")) {
            String value = control.tagName().equals("select") ? control.select("option[selected]").val()
                    : control.tagName().equals("textarea") ? control.wholeText() : control.val();
            values.put(control.attr("name"), value);
        }
        return values;
    }

    private static Film film(String slug) {
        return Film.bySlug(slug).orElseThrow();
    }

    private static Sequence sequence(String slug, String key) {
        return SergeFilm.query(() -> Sequence.byKey(film(slug), key).orElse(null));
    }

    private static Scene scene(String slug, String key) {
        return SergeFilm.query(() -> {
            Scene scene = Scene.byKey(film(slug), key).orElse(null);
            if (scene != null) {
                scene.sequence.key.length();
            }
            return scene;
        });
    }

    private static int sceneCount(String slug, String sequence) {
        return SergeFilm.query(() -> (int) Scene.count("sequence.film.slug = ?1 and sequence.key = ?2", slug, sequence));
    }

    private static List<Integer> positions(String slug, String sequence) {
        return SergeFilm.query(() -> Scene.<Scene>list("sequence.film.slug = ?1 and sequence.key = ?2 order by position",
                slug, sequence).stream().map(s -> s.position).toList());
    }
}
