package witness.script;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import witness.testing.As;
import witness.testing.FilmCopies;

/** Drafts of the shooting script: issued as they are, in revision colours, kept as issued. */
@QuarkusTest
class ScriptDraftsTest {
    static final String FORM = "application/x-www-form-urlencoded; charset=UTF-8";
    private String slug;

    @BeforeEach
    void copyTheFilm() {
        slug = FilmCopies.ofSerge("script-drafts");
    }

    private Document draftsPage() {
        return Jsoup.parse(given().get("/films/{slug}/script/drafts", slug).then().statusCode(200).extract().asString());
    }

    private int issueByForm(String name, int expected) {
        return given(As.director()).contentType(FORM).formParams(Map.of("name", name, "expected", expected))
                .redirects().follow(false).post("/films/{slug}/script/drafts", slug).then().extract().statusCode();
    }

    @Test
    void aDraftIssuedFromThePageIsListedInWhiteAndLocksTheNumbers() {
        assertThat(draftsPage().select("#issue-draft").text()).isEqualTo("Issue draft 1 (White)");
        assertThat(issueByForm("Shooting script for the commissioning editor", 1)).isEqualTo(303);
        Document page = draftsPage();
        assertThat(page.select("#draft-1 .colour").text()).isEqualTo("White");
        assertThat(page.select("#draft-1 .name").text()).isEqualTo("Shooting script for the commissioning editor");
        assertThat(page.select("#draft-1 .by").text()).isEqualTo("test-director");
        assertThat(page.select("#draft-1 .files a").eachAttr("href")).contains(
                "/films/" + slug + "/script/drafts/1/script.pdf", "/films/" + slug + "/script/drafts/1/script.fdx");
        assertThat(page.select(".lock-state").text()).contains("locked");
        assertThat(page.select("#issue-draft").text()).isEqualTo("Issue draft 2 (Blue)");
        given().get("/api/films/{slug}/script/numbering", slug).then().body("locked", equalTo(true));
    }

    @Test
    void anIssuedDraftStaysAsIssuedWhileTheFilmChanges() {
        given(As.director()).contentType(ContentType.JSON).body(Map.of()).post("/api/films/{slug}/script/drafts", slug)
                .then().statusCode(201).body("number", equalTo(1)).body("colour", equalTo("White"))
                .body("name", equalTo("Draft 1"));
        Map<String, Object> scene = given().get("/api/films/{slug}/scenes/orenburg-arrest", slug).then().extract()
                .path("");
        Map<String, Object> changed = new java.util.HashMap<>(scene);
        changed.put("title", "The arrest, told again");
        changed.remove("number");
        changed.remove("omitted");
        given(As.director()).contentType(ContentType.JSON).body(changed)
                .put("/api/films/{slug}/scenes/orenburg-arrest", slug).then().statusCode(200);

        given().get("/films/{slug}/script/drafts/1/script.html", slug).then().statusCode(200)
                .body(containsString((String) scene.get("title"))).body(not(containsString("The arrest, told again")));
        given().get("/films/{slug}/script.html", slug).then().body(containsString("The arrest, told again"));
        given(As.director()).contentType(ContentType.JSON).body(Map.of("name", "Second revision"))
                .post("/api/films/{slug}/script/drafts", slug).then().statusCode(201).body("number", equalTo(2))
                .body("colour", equalTo("Blue")).body("compareWithPrevious",
                        equalTo("/films/" + slug + "/script/drafts/1/compare/2"));
        given().get("/films/{slug}/script/drafts/2/script.html", slug).then()
                .body(containsString("The arrest, told again"));
        given().get("/api/films/{slug}/script/drafts", slug).then().body("number", equalTo(List.of(1, 2)))
                .body("colour", equalTo(List.of("White", "Blue")));
        for (String format : List.of("pdf", "fountain", "fdx")) {
            given().get("/films/{slug}/script/drafts/2/script." + format, slug).then().statusCode(200);
        }
        given().get("/films/{slug}/script/drafts/2/script.pdf?pages=revised", slug).then().statusCode(200)
                .contentType("application/pdf");
    }

    @Test
    void aDraftIssuedByTwoAtOnceIsIssuedOnceAndTheOtherIsTold() throws Exception {
        ExecutorService two = Executors.newFixedThreadPool(2);
        List<Callable<Integer>> issues = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            issues.add(() -> given(As.director()).contentType(ContentType.JSON).body(Map.of("expected", 1))
                    .post("/api/films/{slug}/script/drafts", slug).then().extract().statusCode());
        }
        List<Integer> codes = new ArrayList<>();
        for (Future<Integer> f : two.invokeAll(issues)) {
            codes.add(f.get());
        }
        two.shutdown();
        assertThat(codes).containsExactlyInAnyOrder(201, 409);
        given().get("/api/films/{slug}/script/drafts", slug).then().body("number", equalTo(List.of(1)));
        assertThat(issueByForm("", 1)).as("the page still offering draft 1").isEqualTo(409);
    }

    @Test
    void badRequestsAreRefusedByName() {
        given(As.researcher()).contentType(ContentType.JSON).body(Map.of())
                .post("/api/films/{slug}/script/drafts", slug).then().statusCode(403);
        given(As.director()).contentType(ContentType.JSON).body(Map.of("name", "x".repeat(101)))
                .post("/api/films/{slug}/script/drafts", slug).then().statusCode(400)
                .body(containsString("name"));
        given().get("/films/{slug}/script/drafts/7/script.pdf", slug).then().statusCode(404);
        given(As.director()).contentType(ContentType.JSON).body("").post("/api/films/{slug}/script/drafts", slug).then()
                .statusCode(201)
                .body("name", equalTo("Draft 1"));
        given().get("/films/{slug}/script/drafts/1/script.html?pages=revised", slug).then().statusCode(400)
                .body(containsString("pages"));
        given(As.viewer()).get("/films/{slug}/script/drafts/1/script.html", slug).then().statusCode(200);
    }

    @Test
    void producersSetTheTitlePageOthersMayNot() {
        String version = draftsPage().select("#title-page-form input[name=version], form.title-page-form input[name=version]")
                .attr("value");
        Map<String, String> fields = Map.of("productionCompany", "Witness Films Ltd", "producer", "Ann Producer",
                "director", "Dan Director", "writer", "Wendy Writer", "contacts", "London\n+44 20 0000 0000",
                "version", version);
        given(As.director()).contentType(FORM).formParams(fields).redirects().follow(false)
                .post("/films/{slug}/script/title-page", slug).then().statusCode(403);
        given(As.producer()).contentType(FORM).formParams(fields).redirects().follow(false)
                .post("/films/{slug}/script/title-page", slug).then().statusCode(303);
        Document page = draftsPage();
        assertThat(page.select("form.title-page-form input[name=productionCompany]").attr("value"))
                .isEqualTo("Witness Films Ltd");
        given().get("/api/films/{slug}/script/title-page", slug).then().body("writer", equalTo("Wendy Writer"));

        Map<String, String> tooLong = new java.util.HashMap<>(fields);
        tooLong.put("producer", "p".repeat(201));
        tooLong.put("version", page.select("form.title-page-form input[name=version]").attr("value"));
        String refused = given(As.producer()).contentType(FORM).formParams(tooLong).redirects().follow(false)
                .post("/films/{slug}/script/title-page", slug).then().statusCode(422).extract().asString();
        assertThat(Jsoup.parse(refused).select("form.title-page-form .error").text()).contains("Producer");
        given().get("/api/films/{slug}/script/title-page", slug).then().body("producer", equalTo("Ann Producer"));
    }
}
