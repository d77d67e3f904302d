package witness.interview;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import witness.testing.BrokenFiles;
import witness.testing.FilmCopies;

/**
 * Every broken transcript of src/test/resources/broken/transcripts/ is refused by the API and by the
 * transcript page with a 422 naming the line, and the interview keeps the transcript it had, line for line.
 */
@QuarkusTest
class BrokenTranscriptFilesTest {
    private static final String CASES = """
            bad-timecode.srt         | 10 | bad timecode: '00:00:1O,000'
            out-of-order.srt         | 10 | the timecodes go backwards
            ends-before-it-starts.srt| 10 | the cue ends (00:00:10) before it starts (00:00:12)
            last-cue-broken.srt      | 14 | expected a timing line
            no-header.vtt            | 1  | a WebVTT file starts with the line WEBVTT
            empty.srt                | 1  | the file is empty
            binary-junk.srt          | 1  | not UTF-8 text
            utf-16.srt               | 1  | not UTF-8 text
            huge-line.txt            | 1  | at most 20,000 characters
            long-speaker.vtt         | 3  | at most 200 characters
            text-before-timecode.txt | 1  | text before the first timecode
            """;
    private static final String KEY = "vlady";
    private static final String TRANSCRIPT = "1\n00:00:01,000 --> 00:00:02,000\nVLADY: The transcript we keep.\n";
    private static String slug;

    @BeforeEach
    void copyTheSergeFilmWithATranscriptOnce() {
        if (slug == null) {
            slug = FilmCopies.ofSerge("broken-transcripts");
            given().contentType("text/plain").body(TRANSCRIPT.getBytes(StandardCharsets.UTF_8))
                    .post("/api/films/{slug}/interviews/{key}/transcript", slug, KEY).then().statusCode(200);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = CASES)
    void aBrokenTranscriptIsRefusedByLineAndTheOldOneKept(String file, int line, String reason) {
        byte[] bytes = BrokenFiles.bytes("transcripts", file);
        String format = file.substring(file.lastIndexOf('.') + 1).replace("txt", "plain");

        Response api = given().contentType("application/octet-stream").body(bytes).queryParam("format", format)
                .post("/api/films/{slug}/interviews/{key}/transcript", slug, KEY);

        api.then().statusCode(422);
        List<Map<String, Object>> errors = api.jsonPath().getList("errors");
        assertThat(errors).as(api.asString()).anySatisfy(e -> {
            assertThat(e.get("line")).isEqualTo(line);
            assertThat((String) e.get("message")).contains(reason);
        });
        assertKept();

        Response page = given().multiPart("file", file, bytes, "application/octet-stream").multiPart("format", format)
                .post("/films/{slug}/interviews/{key}/transcript", slug, KEY);

        page.then().statusCode(422);
        assertThat(Jsoup.parse(page.asString()).select(".error").text()).contains("line " + line).contains(reason);
        assertKept();
    }

    @Test
    void everyBrokenTranscriptIsTried() {
        assertThat(BrokenFiles.names("transcripts")).containsExactlyInAnyOrderElementsOf(
                CASES.lines().map(line -> line.split("\\|")[0].strip()).toList());
    }

    @Test
    void aTranscriptOfMoreThanTwentyThousandLinesIsRefusedAtTheFirstLineTooMany() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 25_000; i++) {
            text.append(new Timecode(i * 1000L).format()).append(" VLADY: yes\n");
        }

        Response api = given().contentType("text/plain").body(text.toString().getBytes(StandardCharsets.UTF_8))
                .post("/api/films/{slug}/interviews/{key}/transcript", slug, KEY);

        api.then().statusCode(422);
        assertThat(api.jsonPath().getInt("line")).isEqualTo(20_001);
        assertThat(api.jsonPath().getString("errors[0].message")).contains("more than 20,000 lines");
        assertKept();
    }

    private static void assertKept() {
        given().get("/api/films/{slug}/interviews/{key}/transcript", slug, KEY).then().statusCode(200)
                .body("lines.size()", org.hamcrest.Matchers.equalTo(1))
                .body("lines[0].text", org.hamcrest.Matchers.equalTo("The transcript we keep."));
    }
}
