package witness.interview;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import witness.testing.FilmCopies;
import witness.testing.Pages;
import witness.testing.SergeFilm;

/** The director quotes a passage of a transcript, or a written source with its page, as a testimony. */
@QuarkusTest
class TestimonyEditingTest {
    static final String FORM = "application/x-www-form-urlencoded; charset=UTF-8";

    @Test
    void aPassageOfTimecodedTextBecomesATestimonyOfTheInterviewee() {
        String slug = FilmCopies.ofSerge("transcripts");
        TranscriptImportTest.postApi(slug, TranscriptImportTest.PLAIN, null).then().statusCode(200);
        Document page = Pages.get("/films/" + slug + "/interviews/vlady/transcript");
        assertThat(page.select("form#passage select[name=first] option").eachAttr("value")).containsExactly("1", "2", "3");

        String location = passage(slug, "1", "2").statusCode(303).extract().header("Location");

        Testimony made = testimonyOf(slug, "vlady-00-12-31");
        assertThat(location).endsWith("/films/" + slug + "/testimonies#testimony-vlady-00-12-31");
        assertThat(made.text).isEqualTo("My father wrote every night in Orenburg. He wrote by the light of a paraffin lamp."
                + " The manuscripts were taken at the border.");
        assertThat(made.timecodeIn).isEqualTo("00:12:31");
        assertThat(made.timecodeOut).as("the next line's start, as timecoded text gives no end").isEqualTo("00:13:05");
        assertThat(made.person.name).isEqualTo("Vlady Kibalchich");
        assertThat(made.interview.key).isEqualTo("vlady");
        assertThat(made.source).isNull();

        passage(slug, "3", "3").statusCode(303);
        Testimony last = testimonyOf(slug, "vlady-00-13-05");
        assertThat(last.timecodeOut).as("nothing after the last line").isNull();
    }

    @Test
    void aPassageKeepsTheIntervieweesLinesAndTheInterviewersOnlyAsMarkedQuestions() {
        String slug = FilmCopies.ofSerge("transcripts");
        TranscriptImportTest.postApi(slug, """
                [00:12:31] VLADY: My father wrote every night in Orenburg.
                [00:12:40] INTERVIEWER: Where did he keep the pages?
                [00:12:48] VLADY: Under the floor.
                """, null).then().statusCode(200);

        passage(slug, "1", "3").statusCode(303);
        assertThat(testimonyOf(slug, "vlady-00-12-31").text).as("the question is not credited to Vlady")
                .isEqualTo("My father wrote every night in Orenburg. Under the floor.");

        given().contentType(FORM).formParam("first", "1").formParam("last", "3").formParam("questions", "on")
                .redirects().follow(false).post("/films/{slug}/interviews/vlady/transcript/passage", slug).then()
                .statusCode(303);
        assertThat(testimonyOf(slug, "vlady-00-12-31-2").text)
                .isEqualTo("My father wrote every night in Orenburg. [Q: Where did he keep the pages?] Under the floor.");

        passage(slug, "2", "2").statusCode(422).body(containsString("holds no line of Vlady Kibalchich"));
    }

    @Test
    void aPassageOfSrtEndsAtTheEndOfItsLastCueRoundedUp() {
        String slug = FilmCopies.ofSerge("transcripts");
        TranscriptImportTest.postApi(slug, TranscriptImportTest.SRT, null).then().statusCode(200);

        passage(slug, "1", "1").statusCode(303);

        Testimony made = testimonyOf(slug, "vlady-00-00-01");
        assertThat(made.timecodeIn).isEqualTo("00:00:01");
        assertThat(made.timecodeOut).isEqualTo("00:00:05");
        assertThat(made.text).isEqualTo("We arrived in Mexico in 1941.");
        Element row = Pages.get("/films/" + slug + "/testimonies").selectFirst("tr#testimony-vlady-00-00-01");
        assertThat(row.select("td.speaker").text()).isEqualTo("Vlady Kibalchich");
        assertThat(row.select("td.from a").attr("href")).isEqualTo("/films/" + slug + "/interviews/vlady/transcript");
        assertThat(row.select("td.locator").text()).isEqualTo("00:00:01–00:00:05 (4 s)");
        assertThat(row.select("td.placed").text()).isEqualTo("not placed");
    }

    @Test
    void aPassageEndingBeforeItStartsOrOutsideTheTranscriptIsRefused() {
        String slug = FilmCopies.ofSerge("transcripts");
        TranscriptImportTest.postApi(slug, TranscriptImportTest.PLAIN, null).then().statusCode(200);
        long before = testimonies(slug);

        Document refused = Jsoup.parse(passage(slug, "3", "1").statusCode(422).extract().asString());
        assertThat(refused.select("#passage-last-error").text()).contains("must not come before the first line");
        passage(slug, "0", "9").statusCode(422).body(containsString("1 to 3"));
        passage(slug, "", "").statusCode(422).body(containsString("is required"));
        passage(slug, "one", "2").statusCode(422).body(containsString("whole number"));

        assertThat(testimonies(slug)).isEqualTo(before);
    }

    @Test
    void aTestimonyFromAWrittenSourceIsEnteredWithItsPage() {
        String slug = FilmCopies.ofSerge("transcripts");

        String location = create(slug, Map.of("person", "julian-gorkin", "source", "gorkin-testimony", "page", "212–213",
                "text", "He lay in a bare room; his face was stiffened in an expression of ironic protest."))
                .statusCode(303).extract().header("Location");

        String key = location.substring(location.indexOf("#testimony-") + "#testimony-".length());
        Testimony made = testimonyOf(slug, key);
        assertThat(key).isEqualTo("julian-gorkin-he-lay-in-a");
        assertThat(made.page).isEqualTo("212–213");
        assertThat(made.source.key).isEqualTo("gorkin-testimony");
        assertThat(made.interview).isNull();
        assertThat(made.timecodeIn).isNull();
        Element row = Pages.get("/films/" + slug + "/testimonies").selectFirst("tr#testimony-" + key);
        assertThat(row.select("td.speaker").text()).isEqualTo("Julian Gorkin");
        assertThat(row.select("td.from cite").text()).startsWith("[Written testimony on the death of Victor Serge");
        assertThat(row.select("td.locator").text()).isEqualTo("p. 212–213");
    }

    @Test
    void theTestimoniesPageListsEveryTestimonyAndWhereItIsPlaced() {
        Document page = Pages.get("/films/victor-serge/testimonies");

        assertThat(page.title()).startsWith("Testimonies — Victor Serge");
        long count = SergeFilm.query(() -> Testimony.count("film.slug", "victor-serge"));
        assertThat(page.select("tr.testimony")).hasSize((int) count);
        Element gorkin = page.selectFirst("tr#testimony-gorkin-corpse");
        assertThat(gorkin.select("td.speaker").text()).isEqualTo("Julian Gorkin");
        assertThat(gorkin.select("blockquote").text()).startsWith("His upturned soles had holes in them");
        Element five = page.selectFirst("tr#testimony-serge-five-years");
        assertThat(five.select("td.placed a").attr("href")).isEqualTo("/films/victor-serge/scenes/orenburg-arrest#paper-edit");
        assertThat(five.select("td.placed").text()).isEqualTo("2.1 Arrest, 1933 (bite 1)");
        assertThat(page.select("form#new-testimony select[name=source] option[value=gorkin-testimony]")).hasSize(1);
        assertThat(page.select("form#new-testimony select[name=person] option[value=julian-gorkin]")).hasSize(1);
        assertThat(page.select("a[href=/films/victor-serge/interviews/vlady/transcript]")).hasSize(1);
    }

    @Test
    void aRefusedTestimonyNamesEachFieldAtFaultAndKeepsWhatWasEntered() {
        String slug = FilmCopies.ofSerge("transcripts");
        long before = testimonies(slug);

        Document page = Jsoup.parse(create(slug, Map.of("person", "julian-gorkin", "source", "no-such-book", "page", "12",
                "text", "  ")).statusCode(422).extract().asString());
        assertThat(page.select("#new-testimony-source-error").text()).isEqualTo("Written source: this film has no source with the key 'no-such-book'");
        assertThat(page.select("#new-testimony-text-error").text()).startsWith("Text is required");
        assertThat(page.select("#new-testimony-page").val()).isEqualTo("12");
        assertThat(page.select("select[name=person] option[selected]").val()).isEqualTo("julian-gorkin");
        assertThat(page.select("textarea[name=text][aria-invalid=true]")).hasSize(1);

        Document timecodes = Jsoup.parse(create(slug, Map.of("person", "vlady", "interview", "vlady", "timecodeIn", "12:31",
                "timecodeOut", "00:12:99", "text", "Words")).statusCode(422).extract().asString());
        assertThat(timecodes.select("#new-testimony-timecodeIn-error").text()).contains("must be a timecode like 00:12:31");
        assertThat(timecodes.select("#new-testimony-timecodeOut-error").text()).contains("must be a timecode");

        Document neither = Jsoup.parse(create(slug, Map.of("person", "nobody", "text", "Words")).statusCode(422)
                .extract().asString());
        assertThat(neither.select("#new-testimony-person-error").text()).contains("no person with the key 'nobody'");
        assertThat(neither.select("#new-testimony-source-error").text()).startsWith("Written source is required");

        assertThat(testimonies(slug)).isEqualTo(before);
    }

    @Test
    void anInterviewTestimonyEnteredByHandKeepsItsTimecodes() {
        String slug = FilmCopies.ofSerge("transcripts");

        create(slug, Map.of("person", "vlady", "interview", "vlady", "timecodeIn", "00:12:31", "timecodeOut",
                "00:13:02,500", "text", "My father wrote every night.")).statusCode(303);

        Testimony made = SergeFilm.query(() -> Testimony.<Testimony>find("film.slug = ?1 and interview.key = ?2", slug,
                "vlady").firstResult());
        assertThat(made.timecodeIn).isEqualTo("00:12:31");
        assertThat(made.timecodeOut).isEqualTo("00:13:02");
        assertThat(made.seconds()).isEqualTo(31);
    }

    static ValidatableResponse passage(String slug, String first, String last) {
        return given().contentType(FORM).formParam("first", first).formParam("last", last).redirects().follow(false)
                .post("/films/{slug}/interviews/vlady/transcript/passage", slug).then();
    }

    static ValidatableResponse create(String slug, Map<String, String> form) {
        return given().contentType(FORM).formParams(form).redirects().follow(false)
                .post("/films/{slug}/testimonies", slug).then();
    }

    static long testimonies(String slug) {
        return SergeFilm.query(() -> Testimony.count("film.slug", slug));
    }

    static Testimony testimonyOf(String slug, String key) {
        return SergeFilm.query(() -> {
            Testimony t = Testimony.<Testimony>find("from Testimony t join fetch t.person left join fetch t.interview"
                    + " left join fetch t.source where t.film.slug = ?1 and t.key = ?2", slug, key).firstResult();
            assertThat(t).as("testimony " + key).isNotNull();
            return t;
        });
    }
}
