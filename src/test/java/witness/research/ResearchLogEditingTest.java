package witness.research;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import witness.testing.FilmCopies;
import witness.testing.Pages;
import witness.testing.SergeFilm;

/** The researcher's day: adding and editing log entries, ticking off follow-ups, finding entries again. */
@QuarkusTest
class ResearchLogEditingTest {
    private String slug;

    @BeforeEach
    void copyTheFilm() {
        slug = FilmCopies.ofSerge("log");
    }

    @Test
    void anEntryIsAddedWithFindingsFollowUpsAndLinks() {
        long id = add(Map.of("date", "1988-05-14", "researcher", "Susan Weissman", "kind", "archive-visit",
                "summary", "Hoover Institution: the Serge papers", "findings", "Found **letters** <script>x</script>",
                "followUps", "Ask Vlady about the 1936 search\n[x] Order photocopies", "person", "vlady",
                "scene", "orenburg-arrest"));

        Element entry = Pages.get("/films/{slug}/research-log", slug).selectFirst("#entry-" + id);
        assertThat(entry.select("h2").text()).isEqualTo("14 May 1988 — Hoover Institution: the Serge papers");
        assertThat(entry.select(".findings strong").text()).isEqualTo("letters");
        assertThat(entry.select(".findings").html()).contains("&lt;script&gt;").doesNotContain("<script>");
        assertThat(entry.select(".follow-ups li.open").text()).startsWith("Open: Ask Vlady about the 1936 search");
        assertThat(entry.select(".follow-ups li.done").text()).startsWith("Done: Order photocopies");
        assertThat(entry.select(".links").text()).contains("Vlady", "Arrest, 1933");
    }

    @Test
    void theLogLinksToAPageOfItsOwnForANewEntry() {
        Document log = Pages.get("/films/{slug}/research-log", slug);
        assertThat(log.select("main select[multiple]")).as("the log carries no entry form's choices").isEmpty();
        String href = log.selectFirst("main a#add-entry").attr("href");
        assertThat(href).isEqualTo("/films/" + slug + "/research-log/new");

        Document blank = Pages.get(href);
        assertThat(blank.select("h1").text()).isEqualTo("New research log entry");
        assertThat(blank.selectFirst("form#new-entry").attr("action")).isEqualTo("/films/" + slug + "/research-log");
        assertThat(blank.selectFirst("#new-entry-date").val()).isEqualTo(LocalDate.now().toString());
        assertThat(blank.select("#new-entry-source option").eachAttr("value")).contains("memoirs");
        assertThat(blank.select("#new-entry-person option").eachAttr("value")).contains("vlady");
        assertThat(blank.select("#new-entry-scene option").eachAttr("value")).contains("orenburg-arrest");
        assertThat(blank.select("#new-entry-location option").eachAttr("value")).contains("mexico-city");
        assertThat(blank.select("form#new-entry a").attr("href")).as("cancel").isEqualTo("/films/" + slug + "/research-log");
    }

    @Test
    void badFieldsAreRefusedBesideTheFieldAndNothingIsAdded() {
        long before = entries();
        String page = form().formParams(Map.of("date", "14/05/1988", "researcher", "", "kind", "seance",
                        "summary", "x".repeat(501), "source", "no-such-book"))
                .post("/films/{slug}/research-log", slug).then().statusCode(422).extract().asString();

        Document refused = Jsoup.parse(page);
        assertThat(refused.selectFirst("#new-entry-date-error").text()).contains("must be a date like 1990-06-14, not");
        assertThat(refused.selectFirst("#new-entry-researcher-error").text()).isEqualTo("Researcher must not be blank");
        assertThat(refused.selectFirst("#new-entry-kind-error").text()).contains("'seance' is not one of");
        assertThat(refused.selectFirst("#new-entry-summary-error").text()).contains("size must be between");
        assertThat(refused.selectFirst("#new-entry-source-error").text()).contains("no source with the key 'no-such-book'");
        assertThat(refused.select("h1").text()).as("the new entry's page again").isEqualTo("New research log entry");
        assertThat(refused.selectFirst("#new-entry-kind option[value=reading]")).isNotNull();
        assertThat(entries()).isEqualTo(before);
    }

    @Test
    void aFollowUpLongerThanItsLimitIsRefusedBesideTheFollowUps() {
        long before = entries();
        String page = form().formParams(Map.of("date", "1988-05-14", "researcher", "Susan Weissman",
                        "kind", "reading", "summary", "Notes on the Carnets",
                        "followUps", "Ask Vlady\n" + "y".repeat(2001)))
                .post("/films/{slug}/research-log", slug).then().statusCode(422).extract().asString();

        assertThat(Jsoup.parse(page).selectFirst("#new-entry-followUps-error").text())
                .contains("item 2: size must be between");
        assertThat(entries()).isEqualTo(before);
    }

    @Test
    void anEntryIsEditedAndAStaleEditIsRefused() {
        long id = add(Map.of("date", "1988-06-01", "researcher", "Research team", "kind", "reading",
                "summary", "Reading the Carnets"));
        Document edit = Pages.get("/films/{slug}/research-log/{id}", slug, id);
        assertThat(edit.select("input[name=summary]").val()).isEqualTo("Reading the Carnets");
        String version = edit.select("input[name=version]").val();

        form().formParams(Map.of("date", "1988-06-02", "researcher", "Research team", "kind", "reading",
                        "summary", "Reading the Carnets, 1944", "version", version))
                .redirects().follow(false).post("/films/{slug}/research-log/{id}", slug, id)
                .then().statusCode(303).header("Location", matchesPattern(".*/research-log#entry-" + id));
        form().formParams(Map.of("date", "1988-06-03", "researcher", "Research team", "kind", "reading",
                        "summary", "An old version", "version", version))
                .post("/films/{slug}/research-log/{id}", slug, id).then().statusCode(409)
                .body(containsString("changed by someone else"));

        assertThat(Pages.get("/films/{slug}/research-log", slug).select("#entry-" + id + " h2").text())
                .isEqualTo("2 June 1988 — Reading the Carnets, 1944");
    }

    @Test
    void aFollowUpIsTickedOffAndTheOpenFilterFollows() {
        long id = add(Map.of("date", "1988-07-01", "researcher", "Research team", "kind", "phone-call",
                "summary", "Called the Orenburg archive", "followUps", "Send the written request"));
        assertThat(Pages.get("/films/{slug}/research-log?followUps=open", slug).select("#entry-" + id)).hasSize(1);
        String version = Pages.get("/films/{slug}/research-log", slug)
                .selectFirst("#entry-" + id + " form[action$=/follow-ups/1/done] input[name=version]").val();

        form().formParam("version", version).redirects().follow(false)
                .post("/films/{slug}/research-log/{id}/follow-ups/1/done", slug, id).then().statusCode(303);

        assertThat(Pages.get("/films/{slug}/research-log?followUps=open", slug).select("#entry-" + id)).isEmpty();
        assertThat(Pages.get("/films/{slug}/research-log", slug).select("#entry-" + id + " li.done").text())
                .startsWith("Done: Send the written request");
        form().formParam("version", version).post("/films/{slug}/research-log/{id}/follow-ups/1/open", slug, id)
                .then().statusCode(409);
    }

    @Test
    void entriesAreFoundByKindAndDateRange() {
        long id = add(Map.of("date", "1989-03-10", "researcher", "Research team", "kind", "recce",
                "summary", "Recce of Orenburg station"));

        Document recces = Pages.get("/films/{slug}/research-log?kind=recce&from=1989-03-01&to=1989-03-31", slug);
        assertThat(recces.select("article.log-entry")).isNotEmpty()
                .allSatisfy(e -> assertThat(e.select(".meta").text()).contains("recce"));
        assertThat(recces.select("#entry-" + id)).hasSize(1);
        assertThat(Pages.get("/films/{slug}/research-log?to=1989-03-09", slug).select("#entry-" + id)).isEmpty();
        given().get("/films/{slug}/research-log?from=yesterday", slug).then().statusCode(400)
                .body(containsString("from: 'yesterday' is not a date"));
        given().get("/films/{slug}/research-log?kind=seance", slug).then().statusCode(400)
                .body(containsString("kind:"));
    }

    private long add(Map<String, String> fields) {
        String location = form().formParams(fields).redirects().follow(false)
                .post("/films/{slug}/research-log", slug).then().statusCode(303).extract().header("Location");
        return Long.parseLong(location.substring(location.indexOf("#entry-") + "#entry-".length()));
    }

    private long entries() {
        return SergeFilm.query(() -> ResearchLogEntry.count("film.slug", slug));
    }

    private static RequestSpecification form() {
        return given().contentType("application/x-www-form-urlencoded; charset=UTF-8");
    }
}
