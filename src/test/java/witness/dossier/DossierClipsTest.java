package witness.dossier;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import witness.testing.As;
import witness.testing.Dossiers;
import witness.testing.FilmCopies;

/** The dossier carries the interviews' clips (not their proxy files) and the bites' cuts, and reads them back. */
@QuarkusTest
class DossierClipsTest {
    static final String FORM = "application/x-www-form-urlencoded; charset=UTF-8";

    private static String filmWithABite() {
        String slug = FilmCopies.ofSerge("dossier-clips");
        given(As.researcher()).contentType(ContentType.JSON).body(Map.of("reel", "A001_C003", "start", "10:00:00;00",
                "rate", "29.97df", "duration", "00:20:00;00", "fileName", "A001_C003.mov"))
                .post("/api/films/{slug}/interviews/jeannine/clips", slug).then().statusCode(201);
        given().contentType(FORM).formParams(Map.of("person", "jeannine", "interview", "jeannine", "text",
                "My father was taken in the night.", "clip", "jeannine-a001-c003", "clipIn", "10:00:59;20", "clipOut",
                "10:01:00;10")).redirects().follow(false).post("/films/{slug}/testimonies", slug).then()
                .statusCode(303);
        return slug;
    }

    @Test
    void clipsAndCutsGoOutAndComeBackAsTheyWere() {
        String slug = filmWithABite();
        Map<String, String> dossier = Dossiers.download(slug);
        assertThat(dossier.get("research/interviews.yaml")).contains("clips:", "reel: A001_C003", "rate: 29.97df",
                "start: 10:00:00;00");
        assertThat(dossier.get("research/testimonies.yaml")).contains("clip: jeannine-a001-c003",
                "clipIn: 10:00:59;20", "clipOut: 10:01:00;10");
        Dossiers.upload(dossier, slug + "-back").then().statusCode(201);
        given().get("/api/films/{slug}/interviews/jeannine/clips", slug + "-back").then()
                .body("key", equalTo(List.of("jeannine-a001-c003"))).body("duration", equalTo(List.of("00:20:00;00")))
                .body("fileName", equalTo(List.of("A001_C003.mov")));
        Map<String, String> again = Dossiers.download(slug + "-back");
        assertThat(again.get("research/testimonies.yaml")).isEqualTo(dossier.get("research/testimonies.yaml"));
        assertThat(again.get("research/interviews.yaml")).isEqualTo(dossier.get("research/interviews.yaml"));
    }

    @Test
    void aClipOrCutThatCannotBeIsRefusedWhereItIsWritten() {
        String slug = filmWithABite();
        Map<String, String> dossier = Dossiers.download(slug);
        dossier.put("research/interviews.yaml", dossier.get("research/interviews.yaml").replace("rate: 29.97df",
                "rate: \"50\""));
        Dossiers.upload(dossier, slug + "-bad-rate").then().statusCode(422)
                .body("errors.field", equalTo(List.of("[3].clips[0].rate")))
                .body("errors[0].file", equalTo("research/interviews.yaml"))
                .body("errors[0].message", equalTo("'50' is not one of: 23.976, 24, 25, 29.97df, 29.97, 30"));

        Map<String, String> cut = Dossiers.download(slug);
        cut.put("research/testimonies.yaml", cut.get("research/testimonies.yaml").replace("clipOut: 10:01:00;10",
                "clipOut: 10:00:59;00"));
        Dossiers.upload(cut, slug + "-bad-cut").then().statusCode(422)
                .body("errors.find { it.field.endsWith('clipOut') }.message",
                        equalTo("must come after the clip in (10:00:59;20)"));
        given().get("/api/films/{slug}/interviews", slug + "-bad-cut").then().statusCode(404);
    }
}
