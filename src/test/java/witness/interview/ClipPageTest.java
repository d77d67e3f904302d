package witness.interview;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import witness.testing.As;
import witness.testing.FilmCopies;

/** A researcher attaches an interview's rushes from its page, and takes one off again. */
@QuarkusTest
class ClipPageTest {
    static final String FORM = "application/x-www-form-urlencoded; charset=UTF-8";
    private String slug;

    @BeforeEach
    void copyTheFilm() {
        slug = FilmCopies.ofSerge("clip-page");
    }

    private Document page() {
        return Jsoup.parse(given().get("/films/{slug}/interviews/jeannine", slug).then().statusCode(200).extract()
                .asString());
    }

    private static Map<String, String> clip(String reel, String start, String rate) {
        return new HashMap<>(Map.of("reel", reel, "start", start, "rate", rate, "picture", "false",
                "fileName", "SR-02.wav"));
    }

    @Test
    void aClipAddedOnTheInterviewsPageIsListedThereAndDeletedFromIt() {
        assertThat(page().select("#rushes .empty").text()).contains("No clip");
        given(As.researcher()).contentType(FORM).formParams(clip("SR-02", "14:02:10:00", "25")).redirects()
                .follow(false).post("/films/{slug}/interviews/jeannine/clips", slug).then().statusCode(303);
        Document page = page();
        assertThat(page.select("#clip-jeannine-sr-02 td.reel, #clip-jeannine-sr-02 td.file, #clip-jeannine-sr-02 td.start,"
                + " #clip-jeannine-sr-02 td.rate, #clip-jeannine-sr-02 td.picture").eachText())
                .containsExactly("SR-02", "SR-02.wav", "14:02:10:00", "25", "sound only");
        String version = page.select("#clip-jeannine-sr-02 input[name=version]").attr("value");
        given(As.viewer()).contentType(FORM).formParam("version", version).redirects().follow(false)
                .post("/films/{slug}/interviews/jeannine/clips/jeannine-sr-02/delete", slug).then().statusCode(403);
        given(As.researcher()).contentType(FORM).formParam("version", version).redirects().follow(false)
                .post("/films/{slug}/interviews/jeannine/clips/jeannine-sr-02/delete", slug).then().statusCode(303);
        assertThat(page().select("#clip-jeannine-sr-02")).isEmpty();
    }

    @Test
    void aStartThatDoesNotExistComesBackBesideItsField() {
        String refused = given(As.researcher()).contentType(FORM).formParams(clip("A001", "14:01:00;00", "29.97df"))
                .redirects().follow(false).post("/films/{slug}/interviews/jeannine/clips", slug).then().statusCode(422)
                .extract().asString();
        Document page = Jsoup.parse(refused);
        assertThat(page.select("#new-clip-start-error").text()).contains("does not exist in drop-frame");
        assertThat(page.select("#new-clip-reel").attr("value")).isEqualTo("A001");
        assertThat(page.select("#new-clip-rate option[selected]").attr("value")).isEqualTo("29.97df");
        assertThat(page().select("table.clips")).isEmpty();
    }
}
