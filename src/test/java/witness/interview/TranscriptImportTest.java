package witness.interview;

import static io.restassured.RestAssured.given;
import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import witness.testing.FilmCopies;
import witness.testing.Pages;
import witness.testing.SergeFilm;
import witness.web.Flash;

/** The researcher brings an interview's transcript in as timecoded text, SRT or WebVTT; a faulty one changes nothing. */
@QuarkusTest
class TranscriptImportTest {
    static final String PLAIN = """
            [00:12:31] VLADY: My father wrote every night in Orenburg.
            He wrote by the light of a paraffin lamp.
            [00:12:48] VLADY: The manuscripts were taken at the border.
            00:13:05 Nobody has seen them since.
            """;
    static final String SRT = """
            1
            00:00:01,000 --> 00:00:04,500
            VLADY: We arrived in Mexico in 1941.

            2
            00:00:05,000 --> 00:00:09,000
            The city was full of refugees,
            Spanish and German.
            """;
    static final String VTT = """
            WEBVTT - Vlady, Cuernavaca

            NOTE recorded 1989

            intro
            00:01.000 --> 00:04.000
            <v Vlady Kibalchich>He painted every day.</v>

            00:00:04.500 --> 00:00:08.000
            <v.loud Interviewer>And you?
            &lt;laughs&gt;
            """;

    // ---------------------------------------------------------------- the API, each format

    @Test
    void timecodedTextIsImportedThroughTheApiAndLinesWithoutTimecodeContinueTheOneBefore() {
        String slug = FilmCopies.ofSerge("transcripts");

        JsonPath answer = postApi(slug, PLAIN, null).then().statusCode(200).extract().jsonPath();

        assertThat(answer.getString("format")).isEqualTo("plain");
        assertThat(answer.getInt("lines")).isEqualTo(3);
        List<TranscriptLine> lines = lines(slug, "vlady");
        assertThat(lines).extracting(l -> l.start().format()).containsExactly("00:12:31", "00:12:48", "00:13:05");
        assertThat(lines).extracting(l -> l.speaker).containsExactly("VLADY", "VLADY", null);
        assertThat(lines.get(0).text).isEqualTo("My father wrote every night in Orenburg. He wrote by the light of a paraffin lamp.");
        assertThat(lines.get(0).endMillis).isNull();
        JsonPath read = given().get("/api/films/{slug}/interviews/vlady/transcript", slug).then().statusCode(200)
                .extract().jsonPath();
        assertThat(read.getList("lines.start")).containsExactly("00:12:31", "00:12:48", "00:13:05");
    }

    @Test
    void srtIsDetectedAndImportedThroughTheApi() {
        String slug = FilmCopies.ofSerge("transcripts");

        postApi(slug, SRT, null).then().statusCode(200);

        List<TranscriptLine> lines = lines(slug, "vlady");
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0).startMillis).isEqualTo(1000);
        assertThat(lines.get(0).endMillis).isEqualTo(4500);
        assertThat(lines.get(0).speaker).isEqualTo("VLADY");
        assertThat(lines.get(0).text).isEqualTo("We arrived in Mexico in 1941.");
        assertThat(lines.get(1).text).isEqualTo("The city was full of refugees, Spanish and German.");
        assertThat(transcript(slug, "vlady").format).isEqualTo("srt");
    }

    @Test
    void webVttWithCueIdsNotesAndVoiceTagsIsImportedThroughTheApi() {
        String slug = FilmCopies.ofSerge("transcripts");

        postApi(slug, VTT, "vtt").then().statusCode(200);

        List<TranscriptLine> lines = lines(slug, "vlady");
        assertThat(lines).extracting(l -> l.speaker).containsExactly("Vlady Kibalchich", "Interviewer");
        assertThat(lines).extracting(l -> l.text).containsExactly("He painted every day.", "And you? <laughs>");
        assertThat(lines).extracting(l -> l.startMillis).containsExactly(1000L, 4500L);
        assertThat(lines).extracting(l -> l.endMillis).containsExactly(4000L, 8000L);
    }

    @Test
    void importingAgainReplacesTheTranscript() {
        String slug = FilmCopies.ofSerge("transcripts");
        postApi(slug, PLAIN, null).then().statusCode(200);

        postApi(slug, SRT, "srt").then().statusCode(200);

        assertThat(lines(slug, "vlady")).extracting(l -> l.text).containsExactly("We arrived in Mexico in 1941.",
                "The city was full of refugees, Spanish and German.");
        assertThat(SergeFilm.query(() -> Transcript.count("interview.film.slug", slug))).isEqualTo(1);
    }

    // ---------------------------------------------------------------- faults: 422 by line, nothing imported

    @Test
    void everyKindOfFaultIsRefusedWithItsLineAndNothingIsImported() {
        String slug = FilmCopies.ofSerge("transcripts");
        postApi(slug, PLAIN, null).then().statusCode(200);

        refused(slug, "[00:12:31] fine\n[00:72:10] bad minutes\n", null, 2, "bad timecode");
        refused(slug, "1\n00:00:05,000 --> 00:00:04,000\nends before it starts\n", null, 2, "ends");
        refused(slug, "00:00:01.000 --> 00:00:02.000\nno header\n", "vtt", 1, "WEBVTT");
        refused(slug, "1\n00:00:01,000 --> 00:00:02,000\nfine\n\n2\n00:00:03,000 --> 00:00:04,000\n\n", null, 6,
                "without text");
        refused(slug, "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<v Vlady></v>\n", null, 3, "without text");
        refused(slug, "[00:00:10] first\n[00:00:20] second\n[00:00:15] third\n", null, 3, "backwards");
        refused(slug, "1\n00:00:10,000 --> 00:00:12,000\na\n\n2\n00:00:05,000 --> 00:00:06,000\nb\n", null, 6,
                "backwards");
        refused(slug, "", null, 1, "empty");
        refused(slug, "  \n\n", null, 1, "empty");
        refused(slug, "just some words\n[00:00:01] then a timecode\n", null, 1, "before the first timecode");
        refused(slug, "[00:00:01] fine\n", "docx", 1, "not one of: plain, srt, vtt");
        byte[] latin1 = "[00:00:01] fine\n[00:00:02] Vlady à Mexico\n".getBytes(ISO_8859_1);
        JsonPath notUtf8 = given().contentType("text/plain").body(latin1)
                .post("/api/films/{slug}/interviews/vlady/transcript", slug).then().statusCode(422).extract().jsonPath();
        assertThat(notUtf8.getInt("line")).isEqualTo(2);
        assertThat(notUtf8.getString("errors[0].message")).contains("not UTF-8");

        assertThat(lines(slug, "vlady")).hasSize(3);
        assertThat(lines(slug, "vlady").get(0).text).startsWith("My father wrote");
    }

    @Test
    void aRefusedFileOnAnInterviewWithoutTranscriptLeavesItWithout() {
        String slug = FilmCopies.ofSerge("transcripts");

        refused(slug, "[00:00:20] second\n[00:00:10] first\n", null, 2, "backwards");

        assertThat(SergeFilm.query(() -> Transcript.count("interview.film.slug", slug))).isZero();
        assertThat(SergeFilm.query(() -> TranscriptLine.count("transcript.interview.film.slug", slug))).isZero();
    }

    @Test
    void anUnknownInterviewIsNotFound() {
        given().contentType("text/plain; charset=UTF-8").body(PLAIN)
                .post("/api/films/victor-serge/interviews/atlantis/transcript").then().statusCode(404);
        given().get("/films/victor-serge/interviews/atlantis/transcript").then().statusCode(404);
    }

    // ---------------------------------------------------------------- the page

    @Test
    void aFileUploadedOnThePageIsShownWithTimecodesAndSpeakers() {
        String slug = FilmCopies.ofSerge("transcripts");
        String page = "/films/" + slug + "/interviews/vlady/transcript";
        assertThat(Pages.get(page).select("#no-transcript").text()).contains("No transcript");

        String notice = given().multiPart("file", "vlady.srt", SRT.getBytes(UTF_8), "application/x-subrip")
                .redirects().follow(false).post(page)
                .then().statusCode(303).header("Location", endsWith(page)).extract().cookie(Flash.COOKIE);

        Document shown = Jsoup.parse(given().cookie(Flash.COOKIE, notice).get(page).then().statusCode(200)
                .extract().asString());
        assertThat(shown.title()).startsWith("Transcript of Vlady Kibalchich");
        assertThat(shown.select("#flash .notice").text()).isEqualTo("Imported vlady.srt: 2 lines.");
        assertThat(shown.select("tr#line-1 td").eachText()).containsExactly("1", "00:00:01", "00:00:04.500", "VLADY",
                "We arrived in Mexico in 1941.");
        assertThat(shown.select("tr.line")).hasSize(2);
        assertThat(shown.select("#transcript-facts").text()).contains("2 lines", "vlady.srt", "srt");
    }

    @Test
    void pastedTextIsImportedOnThePageInTheFormatChosen() {
        String slug = FilmCopies.ofSerge("transcripts");
        String page = "/films/" + slug + "/interviews/vlady/transcript";

        given().multiPart("text", VTT, "text/plain; charset=UTF-8").multiPart("format", "vtt").redirects().follow(false)
                .post(page).then().statusCode(303);

        Document shown = Pages.get(page);
        assertThat(shown.select("tr.line td.speaker").eachText()).containsExactly("Vlady Kibalchich", "Interviewer");
        assertThat(shown.select("tr#line-1 td.start").text()).isEqualTo("00:00:01");
    }

    @Test
    void aFaultyUploadShowsEveryFaultByLineAndImportsNothing() {
        String slug = FilmCopies.ofSerge("transcripts");
        String page = "/films/" + slug + "/interviews/vlady/transcript";
        given().multiPart("file", "v.txt", PLAIN.getBytes(UTF_8), "text/plain").post(page).then().statusCode(200);
        String bad = "1\n00:00:01,000 --> 00:00:0x,000\nbad\n\n2\n00:00:05,000 --> 00:00:04,000\nworse\n";

        Document shown = Jsoup.parse(given().multiPart("file", "bad.srt", bad.getBytes(UTF_8), "text/plain").post(page)
                .then().statusCode(422).contentType("text/html").extract().asString());

        assertThat(shown.select("[role=alert]").text()).contains("not imported", "2 errors", "Nothing was changed");
        assertThat(shown.select(".import-errors li .line").eachText()).containsExactly("line 2", "line 6");
        assertThat(shown.select(".import-errors li").eachText().get(0)).contains("bad timecode");
        assertThat(shown.select("tr.line")).hasSize(3);
        assertThat(lines(slug, "vlady")).hasSize(3);

        given().multiPart("file", "empty.txt", new byte[0], "text/plain").post(page).then().statusCode(422);
        assertThat(lines(slug, "vlady")).hasSize(3);
    }

    @Test
    void searchHighlightsMatchesCountsTheLinesAndEscapesTheTranscript() {
        String slug = FilmCopies.ofSerge("transcripts");
        String page = "/films/" + slug + "/interviews/vlady/transcript";
        postApi(slug, """
                [00:00:01] VLADY: Orenburg was cold. In Orenburg we starved.
                [00:00:05] VLADY: <script>alert('x')</script> is what he wrote about <b>censors</b>.
                [00:00:09] VLADY: Nothing more.
                """, null).then().statusCode(200);

        Document shown = Pages.get(page + "?q=orenburg");
        assertThat(shown.select("#search-result").text()).isEqualTo("1 line matches “orenburg”.");
        assertThat(shown.select("tr#line-1 mark").eachText()).containsExactly("Orenburg", "Orenburg");
        assertThat(shown.select("tr#line-1").hasClass("match")).isTrue();
        assertThat(shown.select("tr#line-3 mark")).isEmpty();
        assertThat(shown.select("#transcript-q").val()).isEqualTo("orenburg");

        Document script = Pages.get(page + "?q=<script>");
        assertThat(script.select("script:not([src])")).isEmpty();
        assertThat(script.select("tr#line-2 b")).isEmpty();
        assertThat(script.select("tr#line-2 mark").text()).isEqualTo("<script>");
        assertThat(script.select("tr#line-2 td.text").text()).isEqualTo(
                "<script>alert('x')</script> is what he wrote about <b>censors</b>.");
        assertThat(script.select("#search-result").text()).startsWith("1 line matches");
        assertThat(Pages.get(page + "?q=e").select("#search-result").text()).isEqualTo("3 lines match “e”.");
    }

    // ---------------------------------------------------------------- helpers

    static io.restassured.response.Response postApi(String slug, String body, String format) {
        var request = given().contentType("text/plain; charset=UTF-8").body(body.getBytes(UTF_8));
        if (format != null) {
            request.queryParam("format", format);
        }
        return request.post("/api/films/{slug}/interviews/vlady/transcript", slug);
    }

    static void refused(String slug, String body, String format, int line, String message) {
        long before = SergeFilm.query(() -> TranscriptLine.count("transcript.interview.film.slug", slug));
        JsonPath answer = postApi(slug, body, format).then().statusCode(422).contentType("application/json")
                .extract().jsonPath();
        assertThat(answer.getInt("line")).as(body).isEqualTo(line);
        assertThat(answer.getInt("errors[0].line")).isEqualTo(line);
        assertThat(answer.getString("errors[0].message")).as(body).containsIgnoringCase(message);
        assertThat(answer.getString("message")).contains("not imported");
        assertThat(SergeFilm.query(() -> TranscriptLine.count("transcript.interview.film.slug", slug))).isEqualTo(before);
    }

    static Transcript transcript(String slug, String interview) {
        return SergeFilm.query(() -> Transcript.<Transcript>find("interview.film.slug = ?1 and interview.key = ?2", slug,
                interview).firstResult());
    }

    static List<TranscriptLine> lines(String slug, String interview) {
        return SergeFilm.query(() -> TranscriptLine.<TranscriptLine>list(
                "transcript.interview.film.slug = ?1 and transcript.interview.key = ?2 order by position", slug,
                interview));
    }
}
