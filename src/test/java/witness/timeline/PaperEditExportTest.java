package witness.timeline;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import witness.testing.As;
import witness.testing.FilmCopies;

/** The paper edit goes to the edit suite as an EDL or an OpenTimelineIO timeline, read back by their own readers. */
@QuarkusTest
class PaperEditExportTest {
    static final String FORM = "application/x-www-form-urlencoded; charset=UTF-8";
    private String slug;

    @BeforeEach
    void jeanninesBitesInTheArrest() {
        slug = FilmCopies.ofSerge("paper-edit-export");
        given(As.researcher()).contentType(ContentType.JSON).body(Map.of("reel", "A001_C003", "start", "10:00:00:00",
                "rate", "25", "fileName", "/rushes/day2/A001_C003.mov")).post("/api/films/{slug}/interviews/jeannine/clips",
                slug).then().statusCode(201);
        place("orenburg-arrest", quote("10:01:10:00", "10:01:15:10", "My father was taken in the night."));
        place("orenburg-arrest", quote("10:03:00:00", "10:03:04:00", "We did not know where he was."));
    }

    private String quote(String in, String out, String words) {
        Map<String, String> form = new HashMap<>(Map.of("person", "jeannine", "interview", "jeannine", "text", words));
        if (in != null) {
            form.putAll(Map.of("clip", "jeannine-a001-c003", "clipIn", in, "clipOut", out));
        }
        String location = given().contentType(FORM).formParams(form).redirects().follow(false)
                .post("/films/{slug}/testimonies", slug).then().statusCode(303).extract().header("Location");
        return location.substring(location.indexOf("#testimony-") + "#testimony-".length());
    }

    private void place(String scene, String testimony) {
        int version = given().get("/api/films/{slug}/scenes/{key}", slug, scene).then().extract().path("version");
        given().contentType(FORM).formParams(Map.of("testimony", testimony, "version", version)).redirects()
                .follow(false).post("/films/{slug}/scenes/{key}/testimonies", slug, scene).then().statusCode(303);
    }

    @Test
    void theEdlCutsEachBiteFromItsReelEndToEndFromOneHour() {
        String text = given().get("/films/{slug}/paper-edit.edl?scenes=orenburg-arrest", slug).then().statusCode(200)
                .extract().asString();
        CmxEdlReader.Edl edl = CmxEdlReader.read(text);
        assertThat(edl.fcm()).isEqualTo("NON-DROP FRAME");
        assertThat(edl.events()).hasSize(2);
        CmxEdlReader.Event first = edl.events().get(0), second = edl.events().get(1);
        assertThat(first.sourceIn()).isEqualTo("10:01:10:00");
        assertThat(first.sourceOut()).isEqualTo("10:01:15:10");
        assertThat(first.recordIn()).isEqualTo("01:00:00:00");
        assertThat(first.recordOut()).isEqualTo("01:00:05:10");
        assertThat(second.recordIn()).as("laid end to end").isEqualTo(first.recordOut());
        assertThat(second.recordOut()).isEqualTo("01:00:09:10");
        assertThat(first.channels()).isEqualTo("AA/V");
        assertThat(first.reel()).matches("[A-Z0-9_]{1,8}");
        assertThat(text).contains("* FROM CLIP NAME: jeannine-a001-c003", "A001_C003", "2.1");
    }

    @Test
    void theOtioTimelineHoldsTheSameBitesOnPictureAndSound() throws Exception {
        String json = given().get("/films/{slug}/paper-edit.otio?sequence=orenburg", slug).then().statusCode(200)
                .extract().asString();
        OtioReader.Timeline timeline = OtioReader.read(json);
        OtioReader.Track video = timeline.track("Video"), audio = timeline.track("Audio");
        assertThat(video.items()).hasSize(2);
        assertThat(video.frames()).isEqualTo(235).isEqualTo(audio.frames());
        assertThat(video.items().get(0).start().value()).isEqualTo(10 * 3600 * 25 + 70 * 25);
        assertThat(video.items().get(0).targetUrl()).isEqualTo("file:///rushes/day2/A001_C003.mov");
        assertThat(video.markers()).extracting(OtioReader.Marker::name).first().asString().startsWith("2.1");
    }

    @Test
    void theScenesPaperEditShowsEachBitesCutAndTheirRunningTime() {
        Document scene = Jsoup.parse(given().get("/films/{slug}/scenes/orenburg-arrest", slug).then().statusCode(200)
                .extract().asString());
        assertThat(scene.select("li.testimony .cut").eachText())
                .containsExactly("A001_C003 10:01:10:00\u201310:01:15:10", "A001_C003 10:03:00:00\u201310:03:04:00");
        assertThat(scene.select("li.testimony .running-time").eachText()).containsExactly("5 s", "4 s");
        assertThat(scene.select("#bite-total .total").text()).isEqualTo("9 s");
    }

    @Test
    void aBiteWithoutItsTimecodesIsListedNotWritten() {
        place("orenburg-arrival", quote(null, null, "The snow came in October."));
        String page = given().get("/films/{slug}/paper-edit.edl", slug).then().statusCode(422).extract().asString();
        Document shown = Jsoup.parse(page);
        assertThat(shown.select("ul.uncut li")).hasSize(1);
        assertThat(shown.select("ul.uncut li").text()).contains("Jeannine", "no clip");
        given().get("/films/{slug}/paper-edit.edl?scenes=orenburg-arrest", slug).then().statusCode(200);
        given().get("/films/{slug}/paper-edit.xml", slug).then().statusCode(400);
        assertThat(CmxEdlReader.read(given().get("/films/{slug}/paper-edit.edl?sequence=mexico", slug).then()
                .statusCode(200).extract().asString()).events()).as("no bite there yet: an empty list").isEmpty();
        given().get("/films/{slug}/paper-edit.edl?sequence=atlantis", slug).then().statusCode(400);
    }
}
