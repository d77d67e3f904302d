package witness.script;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import witness.testing.As;
import witness.testing.FilmCopies;
import witness.testing.Pages;

/**
 * The comparison of two drafts as issued over HTTP: a scene added, a scene's narration and a shot's description
 * reworded and the shot's estimate lengthened between them show on the page, with the words marked and the running
 * time's difference; a draft compared with itself is
 * refused, a draft the film lacks is not found.
 */
@QuarkusTest
class DraftCompareResourceTest {
    private static final String ADDED = "The search at the border";
    private String slug;

    @BeforeEach
    void aFilmWithTwoDrafts() {
        slug = FilmCopies.ofSerge("draft-compare");
        issue("First cut");
        given(As.director()).contentType(ContentType.JSON)
                .body(Map.of("sequence", "orenburg", "title", ADDED, "estimatedSeconds", 75))
                .post("/api/films/{slug}/scenes", slug).then().statusCode(201);
        Map<String, Object> arrest = given(As.director()).get("/api/films/{slug}/scenes/orenburg-arrest", slug)
                .then().statusCode(200).extract().as(Map.class);
        String narration = (String) arrest.get("narration");
        assertThat(narration).contains("waged by a solitary man");
        arrest.put("narration", narration.replace("waged by a solitary man", "waged by one lonely <man>"));
        given(As.director()).contentType(ContentType.JSON).body(arrest)
                .put("/api/films/{slug}/scenes/orenburg-arrest", slug).then().statusCode(200);
        Map<String, Object> shot = given(As.director()).get("/api/films/{slug}/shots/orenburg-arrest-1", slug)
                .then().statusCode(200).extract().as(Map.class);
        assertThat(shot.get("seconds")).isEqualTo(15);
        shot.put("description", ((String) shot.get("description")).replace("slow tilt up", "slow pan across"));
        shot.put("seconds", 25);
        given(As.director()).contentType(ContentType.JSON).body(shot)
                .put("/api/films/{slug}/shots/orenburg-arrest-1", slug).then().statusCode(200);
        issue("Second cut");
    }

    @Test
    void showsTheSceneAddedTheWordsChangedAndTheTimeDifference() {
        Document page = Pages.get("/films/{slug}/script/drafts/1/compare/2", slug);

        assertThat(page.selectFirst("h1").text()).isEqualTo("From draft 1 to draft 2");
        assertThat(page.select("table.compared-drafts td.name").eachText()).containsExactly("First cut", "Second cut");
        assertThat(page.selectFirst("#scenes-added").text()).contains(ADDED);
        Element added = page.selectFirst("article#scene-the-search-at-the-border");
        assertThat(added).isNotNull();
        assertThat(added.hasClass("added")).isTrue();
        assertThat(added.selectFirst(".time-difference").text()).isEqualTo("+1:15");
        assertThat(page.selectFirst("#film-time .time-difference").text()).as("75 s more, and 10 s on a shot")
                .isEqualTo("+1:25");

        Element arrest = page.selectFirst("article#scene-orenburg-arrest");
        assertThat(arrest).isNotNull();
        Element paragraph = arrest.selectFirst("p.narration-change");
        assertThat(paragraph.select("del").eachText()).containsExactly("a solitary man");
        assertThat(paragraph.select("ins").eachText()).containsExactly("one lonely <man>");
        assertThat(paragraph.select("ins").html()).as("the words are escaped").isEqualTo("one lonely &lt;man&gt;");
        assertThat(paragraph.select("man")).isEmpty();
        assertThat(paragraph.text()).contains("against the overwhelming pressure");
        assertThat(arrest.selectFirst(".time-difference").text()).isEqualTo("+0:10");
        Element shot = arrest.selectFirst("table.shot-changes tr#shot-orenburg-arrest-1");
        assertThat(shot.selectFirst(".what").text()).isEqualTo("Description changed");
        assertThat(shot.select("td.words del").eachText()).containsExactly("tilt up");
        assertThat(shot.select("td.words ins").eachText()).containsExactly("pan across");
        assertThat(page.selectFirst("#scenes-reworded").text()).contains("Arrest, 1933");
    }

    @Test
    void theOtherWayRoundTheSceneIsOmittedAndTheWordsSwap() {
        Document page = Pages.get("/films/{slug}/script/drafts/2/compare/1", slug);

        assertThat(page.selectFirst("#scenes-omitted").text()).contains(ADDED);
        assertThat(page.selectFirst("article#scene-the-search-at-the-border").hasClass("omitted")).isTrue();
        assertThat(page.selectFirst("#film-time .time-difference").text()).isEqualTo("\u22121:25");
        Element paragraph = page.selectFirst("article#scene-orenburg-arrest p.narration-change");
        assertThat(paragraph.select("ins").eachText()).containsExactly("a solitary man");
    }

    @Test
    void everyRoleReadsItAndItLoadsNothingFromElsewhere() {
        Document page = Pages.get(As.viewer(), "/films/{slug}/script/drafts/1/compare/2", slug);

        assertThat(page.selectFirst("#scenes-added").text()).contains(ADDED);
        assertThat(page.select("script[src], link[href], img[src]"))
                .allSatisfy(e -> assertThat(e.hasAttr("src") ? e.attr("src") : e.attr("href")).startsWith("/")
                        .doesNotStartWith("//"));
        assertThat(Pages.get("/films/{slug}/script/drafts", slug)
                .select("a[href=/films/" + slug + "/script/drafts/1/compare/2]")).hasSize(1);
    }

    @Test
    void aDraftComparedWithItselfIsRefusedNamingTheField() {
        given().get("/films/{slug}/script/drafts/2/compare/2", slug).then().statusCode(400)
                .body(containsString("b: draft 2 is the draft it is compared with"));
    }

    @Test
    void aDraftTheFilmLacksIsNotFound() {
        given().get("/films/{slug}/script/drafts/1/compare/9", slug).then().statusCode(404);
        given().get("/films/{slug}/script/drafts/9/compare/1", slug).then().statusCode(404);
        String other = FilmCopies.ofSerge("draft-compare-other");
        given().get("/films/{slug}/script/drafts/1/compare/2", other).then().statusCode(404);
        given().get("/films/{slug}/script/drafts/1/compare/two", slug).then().statusCode(404);
    }

    private void issue(String name) {
        given().contentType("application/x-www-form-urlencoded; charset=UTF-8").formParam("name", name)
                .redirects().follow(false).post("/films/{slug}/script/drafts", slug).then().statusCode(303);
    }
}
