package witness.script;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static witness.script.ScriptJobs.awaitEnd;
import static witness.script.ScriptJobs.form;
import static witness.script.ScriptJobs.id;
import static witness.script.ScriptJobs.page;
import static witness.script.ScriptJobs.start;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import witness.core.Film;
import witness.testing.SergeFilm;

/** A script export asked for on the exports page is made in the background, watched, and downloaded. */
@Tag("slow")
@QuarkusTest
class ScriptExportJobTest {
    private static final String SERGE = SergeFilm.SLUG;
    private static final Pattern SCENES = Pattern.compile("(\\d+) of (\\d+) scenes");

    @Inject
    SlowTextFormat slow;
    @Inject
    ScriptExports exports;

    @AfterEach
    void fullSpeed() {
        slow.pauseEachScene(Duration.ZERO);
    }

    @Test
    void aJobFromTheFormEndsDoneAndItsFileDownloadsWithItsType() {
        var form = form(SlowTextFormat.EXTENSION);
        form.put("scope", List.of("sequence"));
        form.put("sequence", List.of("orenburg"));
        String path = start(SERGE, form);

        Document page = awaitEnd(path);

        assertThat(page.title()).contains("Shooting script", "Exports");
        assertThat(page.select(".script-export-facts").text()).contains("Sequence 2: Orenburg",
                "victor-serge-script.test-txt");
        assertThat(page.select(".status").text()).startsWith("Done");
        assertThat(page.select("progress").attr("value")).isEqualTo("8");
        assertThat(page.select("progress").attr("max")).isEqualTo("8");
        assertThat(page.select("#script-export-progress").text()).contains("8 of 8 scenes");
        assertThat(page.select("[hx-get], noscript")).as("no more polling once done").isEmpty();
        Element link = page.selectFirst("a.download");
        assertThat(link.attr("href")).isEqualTo(path + "/victor-serge-script.test-txt");
        assertThat(link.hasAttr("download")).isTrue();

        Response file = given().get(link.attr("href"));
        file.then().statusCode(200).contentType("text/plain")
                .header("Content-Disposition", "attachment; filename=\"victor-serge-script.test-txt\"");
        assertThat(file.asString().lines().toList()).hasSize(8).allMatch(l -> l.startsWith("2."))
                .first().asString().startsWith("2.1 ");
    }

    @Test
    void progressIsSeenBetweenStartAndEnd() {
        slow.pauseEachScene(Duration.ofMillis(150));
        String path = start(SERGE, form(SlowTextFormat.EXTENSION));

        List<Integer> seen = new ArrayList<>();
        List<Document> running = new ArrayList<>();
        Document end = awaitEnd(path, page -> {
            if (!page.select(".state-running").isEmpty()) {
                running.add(page);
                Matcher m = SCENES.matcher(page.select("#script-export-progress").text());
                if (m.find()) {
                    seen.add(Integer.parseInt(m.group(1)));
                    assertThat(m.group(2)).isEqualTo("17");
                }
            }
        });

        assertThat(seen).as("scenes written, seen while it ran").anyMatch(n -> n > 0 && n < 17);
        assertThat(seen).isSorted();
        Document page = running.get(running.size() - 1);
        Element poller = page.selectFirst("#script-export-progress");
        assertThat(poller.attr("hx-get")).isEqualTo(path + "/progress");
        assertThat(poller.attr("hx-trigger")).isEqualTo("every 1s");
        assertThat(poller.attr("hx-swap")).isEqualTo("outerHTML");
        assertThat(page.select("noscript").html()).contains("http-equiv=\"refresh\"", "content=\"2\"");
        assertThat(page.select("main script")).as("no inline scripts").isEmpty();
        assertThat(end.select("#script-export-progress").text()).contains("17 of 17 scenes");
    }

    @Test
    void theProgressFragmentIsWhatHtmxSwaps() {
        String path = start(SERGE, form(SlowTextFormat.EXTENSION));
        awaitEnd(path);

        String fragment = given().get(path + "/progress").then().statusCode(200).contentType("text/html")
                .extract().asString();

        assertThat(fragment.strip()).startsWith("<div id=\"script-export-progress\"").doesNotContain("<html", "<h1");
        assertThat(fragment).contains("17 of 17 scenes", "victor-serge-script.test-txt");
    }

    @Test
    void anExportWaitsWhileAnotherIsMade() {
        slow.pauseEachScene(Duration.ofMillis(100));
        String first = start(SERGE, form(SlowTextFormat.EXTENSION));
        String second = start(SERGE, form(SlowTextFormat.EXTENSION));

        Document waiting = page(second);

        assertThat(waiting.select(".state-waiting .status").text()).startsWith("Waiting");
        assertThat(waiting.select("#script-export-progress").attr("hx-trigger")).isEqualTo("every 1s");
        assertThat(awaitEnd(first).select(".status").text()).startsWith("Done");
        assertThat(awaitEnd(second).select(".status").text()).startsWith("Done");
    }

    @Test
    void uncheckedBoxesAndTheChosenScenesReachTheExport() {
        var form = form(SlowTextFormat.EXTENSION);
        form.put("scope", List.of("scenes"));
        form.put("sequence", List.of("orenburg"));
        form.put("scenes", List.of("prologue-taxi", "mexico-paricutin"));
        form.put("notes", List.of("false"));
        form.put("dropped", List.of("false", "true"));
        form.put("watermark", List.of("confidential"));
        form.put("version", List.of("Fine cut 2"));

        String path = start(SERGE, form);

        assertThat(options(id(path))).isEqualTo("scenes=prologue-taxi%2Cmexico-paricutin&dropped=true&notes=false"
                + "&watermark=confidential&version=Fine+cut+2");
        assertThat(awaitEnd(path).select(".script-export-facts").text()).contains("Scenes 1.1, 3.3");
    }

    @Test
    void badOptionsAreRefusedNamingTheFieldAndNothingIsSaved() {
        long before = exports();
        refused(Map.of("sequence", List.of("atlantis"), "scope", List.of("sequence")), "sequence");
        refused(Map.of("scope", List.of("sequence")), "sequence");
        refused(Map.of("scope", List.of("scenes"), "scenes", List.of("prologue-taxi", "nowhere")), "scenes");
        refused(Map.of("scope", List.of("scenes")), "scenes");
        refused(Map.of("scope", List.of("galaxy")), "scope");
        refused(Map.of("watermark", List.of("secret")), "watermark");
        refused(Map.of("version", List.of("v".repeat(101))), "version");
        refused(Map.of("notes", List.of("maybe")), "notes");
        refused(Map.of("format", List.of("docx")), "format");
        refused(Map.of("format", List.of("")), "format");

        assertThat(exports()).isEqualTo(before);
    }

    @Test
    void anUnknownExportOrAnotherFilmsIsNotFound() {
        String other = LargeFilms.build("script-export-other", 1, 2, 1);
        String path = start(other, form(SlowTextFormat.EXTENSION));
        awaitEnd(path);
        long id = id(path);

        given().get("/films/victor-serge/script-exports/987654321").then().statusCode(404)
                .body(org.hamcrest.Matchers.containsString("no script export 987654321"));
        given().get("/films/victor-serge/script-exports/{id}", id).then().statusCode(404);
        given().get("/films/victor-serge/script-exports/{id}/progress", id).then().statusCode(404);
        given().get("/films/victor-serge/script-exports/{id}/script-export-other-script.test-txt", id).then()
                .statusCode(404);
        given().get(path + "/victor-serge-script.pdf").then().statusCode(404);
        given().get("/films/victor-serge/script-exports/not-a-number").then().statusCode(404);
        given().get(path + "/script-export-other-script.test-txt").then().statusCode(200);
    }

    @Test
    void aFailingWriterLeavesTheExportFailedWithAMessage() {
        String path = start(SERGE, form(FailingFormat.EXTENSION));

        Document page = awaitEnd(path);

        assertThat(page.select(".status").text()).startsWith("Failed");
        assertThat(page.select("[role=alert]").text()).contains("could not be written", "No space left on device",
                "Start it again");
        assertThat(page.select("a.download")).isEmpty();
        Element again = page.selectFirst("#script-export-progress form");
        assertThat(again.attr("action")).isEqualTo("/films/victor-serge/script-exports");
        assertThat(again.select("input[name=format]").val()).isEqualTo(FailingFormat.EXTENSION);
        given().get(path + "/victor-serge-script." + FailingFormat.EXTENSION).then().statusCode(404);
    }

    @Test
    void anExportWhoseHeartbeatStoppedReadsAsInterrupted() {
        long id = saved(ScriptExport.Status.RUNNING, Instant.now().minus(Duration.ofMinutes(3)));

        Document page = page("/films/victor-serge/script-exports/" + id);

        assertThat(page.select(".status").text()).startsWith("Interrupted — start it again");
        assertThat(page.select("[hx-get], noscript")).isEmpty();
        assertThat(page.select("#script-export-progress form button").text()).isEqualTo("Start it again");
    }

    @Test
    void theInstanceMakingAnExportKeepsItsHeartbeatWhileItWaits() {
        slow.pauseEachScene(Duration.ofMillis(200));
        String first = start(SERGE, form(SlowTextFormat.EXTENSION));
        String second = start(SERGE, form(SlowTextFormat.EXTENSION));
        QuarkusTransaction.requiringNew().run(() -> ScriptExport.update("updatedAt = ?1 where id = ?2",
                Instant.now().minus(Duration.ofMinutes(3)), id(second)));
        assertThat(page(second).select(".status").text()).startsWith("Interrupted");

        exports.beat();

        assertThat(page(second).select(".status").text()).startsWith("Waiting");
        awaitEnd(first);
        assertThat(awaitEnd(second).select(".status").text()).startsWith("Done");
    }

    @Test
    void exportsOlderThanADayGoWhenANewOneStarts() {
        long old = saved(ScriptExport.Status.DONE, Instant.now().minus(Duration.ofHours(25)));
        long recent = saved(ScriptExport.Status.DONE, Instant.now().minus(Duration.ofHours(23)));

        awaitEnd(start(SERGE, form(SlowTextFormat.EXTENSION)));

        given().get("/films/victor-serge/script-exports/{id}", old).then().statusCode(404);
        given().get("/films/victor-serge/script-exports/{id}", recent).then().statusCode(200);
    }

    private static void refused(Map<String, List<String>> changes, String field) {
        var form = form(SlowTextFormat.EXTENSION);
        form.putAll(changes);
        String body = ScriptJobs.posting(form).post("/films/victor-serge/script-exports").then().statusCode(400)
                .extract().asString();
        assertThat(body).as("the 400 for %s", changes).startsWith(field + ":");
    }

    private static long exports() {
        return SergeFilm.query(() -> ScriptExport.count());
    }

    private static String options(long id) {
        return SergeFilm.query(() -> ScriptExport.<ScriptExport>findById(id).options);
    }

    /** A row as an export left it at that moment, on the Serge film. */
    private static long saved(ScriptExport.Status status, Instant at) {
        return QuarkusTransaction.requiringNew().call(() -> {
            ScriptExport export = ScriptExport.queued(Film.bySlug(SERGE).orElseThrow(), SlowTextFormat.EXTENSION,
                    "", at);
            export.status = status;
            export.content = status == ScriptExport.Status.DONE ? new byte[] { 'x' } : null;
            export.persist();
            return export.id;
        });
    }
}
