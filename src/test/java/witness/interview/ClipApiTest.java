package witness.interview;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import witness.testing.As;
import witness.testing.FilmCopies;
import witness.testing.Pages;

/** An interview's rushes, attached as clips with their reel, start timecode and frame rate. */
@QuarkusTest
class ClipApiTest {
    private String slug;

    @BeforeEach
    void copyTheFilm() {
        slug = FilmCopies.ofSerge("clips");
    }

    private static Map<String, Object> clip(String reel, String start, String rate) {
        Map<String, Object> clip = new HashMap<>();
        clip.put("reel", reel);
        clip.put("start", start);
        clip.put("rate", rate);
        return clip;
    }

    @Test
    void aResearcherAttachesClipsAndTheInterviewListsThemInTimecodeOrder() {
        Map<String, Object> second = clip("A001_C004", "14:40:00;00", "29.97df");
        second.put("fileName", "A001_C004_0614XY.mov");
        second.put("duration", "00:12:00;02");
        given(As.researcher()).contentType(ContentType.JSON).body(second)
                .post("/api/films/{slug}/interviews/jeannine/clips", slug).then().statusCode(201)
                .body("key", equalTo("jeannine-a001-c004")).body("rate", equalTo("29.97df"))
                .body("picture", equalTo(true));
        Map<String, Object> sound = clip("SR-02", "14:02:10:00", "25");
        sound.put("picture", false);
        given(As.researcher()).contentType(ContentType.JSON).body(sound)
                .post("/api/films/{slug}/interviews/jeannine/clips", slug).then().statusCode(201);
        given().get("/api/films/{slug}/interviews/jeannine/clips", slug).then().statusCode(200)
                .body("reel", equalTo(List.of("SR-02", "A001_C004"))).body("picture", equalTo(List.of(false, true)));
        given().get("/api/films/{slug}/interviews/comrades-russia/clips", slug).then().body("size()", equalTo(0));
    }

    @Test
    void anInterviewDeletedGoesWithItsClips() {
        given(As.researcher()).contentType(ContentType.JSON).body(clip("B001", "09:00:00:00", "24"))
                .post("/api/films/{slug}/interviews/relatives-russia/clips", slug).then().statusCode(201);
        Pages.confirmDeletion("/films/" + slug + "/interviews/relatives-russia/delete").statusCode(303);
        given().get("/api/films/{slug}/interviews/relatives-russia", slug).then().statusCode(404);
        given().get("/api/films/{slug}/interviews/relatives-russia/clips/relatives-russia-b001", slug).then()
                .statusCode(404);
    }

    @Test
    void aTimecodeThatDoesNotExistAtTheClipsRateIsRefusedByField() {
        given(As.researcher()).contentType(ContentType.JSON).body(clip("A002", "14:01:00;00", "29.97df"))
                .post("/api/films/{slug}/interviews/jeannine/clips", slug).then().statusCode(422)
                .body("errors.start", containsString("does not exist in drop-frame"));
        given(As.researcher()).contentType(ContentType.JSON).body(clip("A002", "14:01:00:25", "25"))
                .post("/api/films/{slug}/interviews/jeannine/clips", slug).then().statusCode(422)
                .body("errors.start", containsString("frames run 00 to 24"));
        given(As.researcher()).contentType(ContentType.JSON).body(clip("A002", "14:01:00:00", "50"))
                .post("/api/films/{slug}/interviews/jeannine/clips", slug).then().statusCode(422)
                .body("errors.rate", containsString("is not one of"));
        given(As.researcher()).contentType(ContentType.JSON).body(clip("", "14:01:00:00", "25"))
                .post("/api/films/{slug}/interviews/jeannine/clips", slug).then().statusCode(422)
                .body("errors", org.hamcrest.Matchers.hasKey("reel"));
        given().get("/api/films/{slug}/interviews/jeannine/clips", slug).then().body("size()", equalTo(0));
    }

    @Test
    void aClipIsChangedWithTheVersionReadAndDeleted() {
        Map<String, Object> created = given(As.researcher()).contentType(ContentType.JSON)
                .body(clip("A003", "10:00:00:00", "25")).post("/api/films/{slug}/interviews/jeannine/clips", slug)
                .then().statusCode(201).extract().path("");
        Map<String, Object> changed = new HashMap<>(created);
        changed.put("duration", "00:30:00:00");
        given(As.researcher()).contentType(ContentType.JSON).body(changed)
                .put("/api/films/{slug}/interviews/jeannine/clips/jeannine-a003", slug).then().statusCode(200)
                .body("duration", equalTo("00:30:00:00"));
        given(As.researcher()).contentType(ContentType.JSON).body(changed)
                .put("/api/films/{slug}/interviews/jeannine/clips/jeannine-a003", slug).then().statusCode(409);
        given(As.viewer()).delete("/api/films/{slug}/interviews/jeannine/clips/jeannine-a003?version=1", slug)
                .then().statusCode(403);
        given().get("/api/films/{slug}/interviews/comrades-russia/clips/jeannine-a003", slug).then().statusCode(404);
        given(As.researcher()).delete("/api/films/{slug}/interviews/jeannine/clips/jeannine-a003?version=1", slug)
                .then().statusCode(204);
        given().get("/api/films/{slug}/interviews/jeannine/clips", slug).then().body("size()", equalTo(0));
    }
}
