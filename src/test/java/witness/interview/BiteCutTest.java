package witness.interview;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.HashMap;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import witness.testing.As;
import witness.testing.FilmCopies;

/** A bite's clip, in and out at frame precision: taken from the transcript's times, adjustable, refused with the reason. */
@QuarkusTest
class BiteCutTest {
    static final String FORM = "application/x-www-form-urlencoded; charset=UTF-8";
    private String slug;

    @BeforeEach
    void aClipOfJeannine() {
        slug = FilmCopies.ofSerge("bite-cut");
        given(As.researcher()).contentType(ContentType.JSON).body(Map.of("reel", "A001", "start", "10:00:00:00",
                "rate", "25", "duration", "00:30:00:00")).post("/api/films/{slug}/interviews/jeannine/clips", slug)
                .then().statusCode(201).body("key", equalTo("jeannine-a001"));
        given(As.researcher()).contentType(ContentType.JSON).body(Map.of("reel", "B001", "start", "09:00:00:00",
                "rate", "25")).post("/api/films/{slug}/interviews/relatives-russia/clips", slug).then().statusCode(201);
    }

    private ValidatableResponse quote(Map<String, String> changes) {
        Map<String, String> form = new HashMap<>(Map.of("person", "jeannine", "interview", "jeannine",
                "timecodeIn", "00:01:10", "timecodeOut", "00:01:30", "clip", "jeannine-a001",
                "text", "My father left Orenburg with nothing but his manuscripts in his head."));
        form.putAll(changes);
        return given().contentType(FORM).formParams(form).redirects().follow(false)
                .post("/films/{slug}/testimonies", slug).then();
    }

    private Document testimonyPage(String location) {
        String key = location.substring(location.indexOf("#testimony-") + "#testimony-".length());
        return Jsoup.parse(given().get("/films/{slug}/testimonies/{key}", slug, key).then().statusCode(200).extract()
                .asString());
    }

    @Test
    void anEmptyInAndOutAreTheClipStartPlusTheTranscriptsTimes() {
        String location = quote(Map.of()).statusCode(303).extract().header("Location");
        Document page = testimonyPage(location);
        assertThat(page.select("input[name=clipIn]").attr("value")).isEqualTo("10:01:10:00");
        assertThat(page.select("input[name=clipOut]").attr("value")).isEqualTo("10:01:30:00");
        assertThat(page.select("select[name=clip] option[selected]").attr("value")).isEqualTo("jeannine-a001");
    }

    @Test
    void anInAndOutAreKeptToTheFrameAsWritten() {
        String location = quote(Map.of("clipIn", "10:01:09:13", "clipOut", "10:01:31:02")).statusCode(303).extract()
                .header("Location");
        Document page = testimonyPage(location);
        assertThat(page.select("input[name=clipIn]").attr("value")).isEqualTo("10:01:09:13");
        assertThat(page.select("input[name=clipOut]").attr("value")).isEqualTo("10:01:31:02");
    }

    @Test
    void aBadCutIsRefusedWhereItIsSetWithTheReason() {
        assertThat(error(quote(Map.of("clipIn", "10:01:30:00", "clipOut", "10:01:10:00")), "clipOut"))
                .contains("must come after the clip in (10:01:30:00)");
        assertThat(error(quote(Map.of("clipIn", "09:59:00:00", "clipOut", "10:00:10:00")), "clipIn"))
                .contains("is before the clip starts (10:00:00:00)");
        assertThat(error(quote(Map.of("clipIn", "10:29:00:00", "clipOut", "10:31:00:00")), "clipOut"))
                .contains("is after the clip ends (10:30:00:00)");
        assertThat(error(quote(Map.of("clipIn", "10:01:00:25")), "clipIn")).contains("frames run 00 to 24");
        assertThat(error(quote(Map.of("clip", "relatives-russia-b001")), "clip"))
                .contains("is a clip of another interview");
        assertThat(error(quote(Map.of("clip", "", "clipIn", "10:01:00:00")), "clip")).contains("is required");
    }

    @Test
    void aClipBitesAreCutFromIsNotDeleted() {
        quote(Map.of()).statusCode(303);
        int version = given().get("/api/films/{slug}/interviews/jeannine/clips/jeannine-a001", slug).then().extract()
                .path("version");
        given(As.researcher()).delete("/api/films/{slug}/interviews/jeannine/clips/jeannine-a001?version={v}", slug,
                version).then().statusCode(409);
    }

    private static String error(ValidatableResponse answer, String field) {
        Document page = Jsoup.parse(answer.statusCode(422).extract().asString());
        return page.select("[name=" + field + "] ~ .error, #" + "new-testimony-" + field + "-error").text();
    }
}
