package witness.interview;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import witness.testing.As;
import witness.testing.FilmCopies;
import witness.testing.SilentMp3;

/**
 * A transcript's times are into a clip: named at import or on its page (else the interview's only clip), shown
 * there, and a bite cut from another clip then needs its in and out written rather than taken from those times.
 */
@QuarkusTest
class TranscriptClipTest {
    static final String FORM = "application/x-www-form-urlencoded; charset=UTF-8";
    private String slug;

    @BeforeEach
    void jeannineWithTwoCards() {
        slug = FilmCopies.ofSerge("transcript-clip");
        clip("A001", "10:00:00:00");
        clip("A002", "11:00:00:00");
    }

    private void clip(String reel, String start) {
        given(As.researcher()).contentType(FORM).formParam("reel", reel).formParam("start", start)
                .formParam("rate", "25").redirects().follow(false)
                .post("/films/{slug}/interviews/jeannine/clips", slug).then().statusCode(303);
    }

    private Document transcriptPage() {
        return Jsoup.parse(given().get("/films/{slug}/interviews/jeannine/transcript", slug).then().statusCode(200)
                .extract().asString());
    }

    @Test
    void theClipNamedAtImportIsWhereTheTimesAreAndWhereAPassageIsCut() {
        given(As.researcher()).contentType("text/plain").queryParam("clip", "jeannine-a002")
                .body("[00:01:10] JEANNINE: We left Marseille in March.\n[00:01:30] JEANNINE: The boat was full.\n")
                .post("/api/films/{slug}/interviews/jeannine/transcript", slug).then().statusCode(200);
        Document page = transcriptPage();
        assertThat(page.select("#transcript-facts").text()).contains("its times are into the clip A002, from 11:00:00:00");
        assertThat(page.select("#times-into-clip option[selected]").attr("value")).isEqualTo("jeannine-a002");
        assertThat(page.select("#passage-clip option[selected]").attr("value")).isEqualTo("jeannine-a002");

        quote("jeannine-a002").statusCode(303);
        String refused = quote("jeannine-a001").statusCode(422).extract().asString();
        assertThat(Jsoup.parse(refused).select("#passage-clipIn-error").text())
                .isEqualTo("In is required: the transcript's times are into the clip A002, not A001");

        given(As.researcher()).contentType(FORM).formParam("clip", "jeannine-a001").redirects().follow(false)
                .post("/films/{slug}/interviews/jeannine/transcript/clip", slug).then().statusCode(303);
        assertThat(transcriptPage().select("#transcript-facts").text()).contains("into the clip A001, from 10:00:00:00");
    }

    @Test
    void aClipPlayedThatTheTimesAreNotIntoLeavesTheLinesAloneAndThePassageCutFromTheirClip() {
        given(As.researcher()).contentType("text/plain").queryParam("clip", "jeannine-a002")
                .body("[00:01:10] JEANNINE: We left Marseille in March.\n")
                .post("/api/films/{slug}/interviews/jeannine/transcript", slug).then().statusCode(200);
        given(As.researcher()).multiPart("proxy", "a001.mp3", SilentMp3.ofSeconds(5), "audio/mpeg").redirects()
                .follow(false).post("/films/{slug}/interviews/jeannine/clips/jeannine-a001/proxy", slug).then()
                .statusCode(303);
        Document page = transcriptPage();
        assertThat(page.select("#player").attr("data-clip")).isEqualTo("jeannine-a001");
        assertThat(page.select("#not-synced").text()).contains("into the clip A002, not this one");
        assertThat(page.select("button.seek, tr[data-seconds]")).isEmpty();
        assertThat(page.select("#passage-clip option[selected]").attr("value")).isEqualTo("jeannine-a002");
    }

    @Test
    void aClipOfAnotherInterviewIsRefusedAndNothingImported() {
        given(As.researcher()).contentType("text/plain").queryParam("clip", "vlady-a001")
                .body("[00:01:10] JEANNINE: We left Marseille in March.\n")
                .post("/api/films/{slug}/interviews/jeannine/transcript", slug).then().statusCode(422)
                .body("errors.clip", org.hamcrest.Matchers.equalTo("is not a clip of this interview: 'vlady-a001'"));
        assertThat(transcriptPage().select("#no-transcript")).hasSize(1);
    }

    private io.restassured.response.ValidatableResponse quote(String clip) {
        return given(As.researcher()).contentType(FORM).formParam("first", "1").formParam("last", "1")
                .formParam("clip", clip).redirects().follow(false)
                .post("/films/{slug}/interviews/jeannine/transcript/passage", slug).then();
    }
}
