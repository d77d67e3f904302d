package witness.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.FormElement;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import witness.film.Sequence;
import witness.film.ShotCsv;
import witness.interview.TranscriptLine;
import witness.interview.TranscriptParser;
import witness.testing.FilmCopies;
import witness.testing.NoErrorLogged;
import witness.testing.SergeFilm;

/**
 * What Witness accepts at once: a body of 11 MB, a form field of 3 MB, an import file of its stated size, a
 * text field of its column's length. Beyond, the answer says so (413 or 422, naming the field), never a 500,
 * and nothing is written.
 */
@Tag("slow")
@QuarkusTest
@ExtendWith(NoErrorLogged.class)
class SizeLimitsTest {
    static final String FORM = "application/x-www-form-urlencoded; charset=UTF-8";

    @Test
    void aBodyLargerThanTheLimitIsRefusedWith413SayingSoBeforeItIsRead() {
        String slug = FilmCopies.ofSerge("limits");
        byte[] big = new byte[12 * 1024 * 1024];

        given().contentType("application/json").body(big).post("/api/films/{slug}/sequences", slug)
                .then().statusCode(413).contentType("application/json")
                .body("message", containsString("more than the 11.0 MB Witness accepts at once"));
        given().contentType(FORM).body("title=" + "x".repeat(big.length)).post("/films/{slug}/sequences", slug)
                .then().statusCode(413).contentType(startsWith("text/plain"))
                .body(containsString("the request is 12.0 MB, more than the 11.0 MB Witness accepts at once"));
        // Sent in chunks, without announcing its length (as no browser sends a form): Quarkus' own bare 413.
        given().multiPart("photo", "huge.png", big, "image/png")
                .post("/films/{slug}/locations/mexico-city/photos", slug).then().statusCode(413);
        assertThat(CsrfTest.photoCount(slug)).isZero();
    }

    @Test
    void aFormFieldLongerThanTheFormReaderTakesIsRefusedWith413SayingSo() {
        String slug = FilmCopies.ofSerge("limits");
        List<String> before = CsrfTest.sequenceTitles(slug);

        given().contentType(FORM).formParam("title", "Long").formParam("synopsis", "x".repeat(3 * 1024 * 1024 + 1))
                .post("/films/{slug}/sequences", slug)
                .then().statusCode(413).body(containsString("a field of this form is longer than the 3.0 MB"));

        assertThat(CsrfTest.sequenceTitles(slug)).isEqualTo(before);
    }

    @Test
    void aPastedTranscriptOrExportLongerThanAFewKilobytesIsReadWhole() {
        String slug = FilmCopies.ofSerge("limits");
        StringBuilder transcript = new StringBuilder();
        for (int second = 1; second < 400; second++) {
            transcript.append(String.format("[00:%02d:%02d] VLADY: Line %d of a long afternoon.%n", second / 60,
                    second % 60, second));
        }
        assertThat(transcript.length()).isGreaterThan(10_000);

        given().multiPart("text", transcript.toString()).multiPart("format", "plain").redirects().follow(false)
                .post("/films/{slug}/interviews/comrades-russia/transcript", slug).then().statusCode(303);

        assertThat(SergeFilm.query(() -> TranscriptLine.count("transcript.interview.film.slug = ?1", slug)))
                .isEqualTo(399);
    }

    @Test
    void aShotListOrTranscriptFileLargerThanItsLimitIsRefusedSayingSoAndNothingIsImported() {
        String slug = FilmCopies.ofSerge("limits");
        byte[] csv = new byte[ShotCsv.MAX_BYTES + 1];
        java.util.Arrays.fill(csv, (byte) 'a');

        given().multiPart("file", "shots.csv", csv, "text/csv").post("/films/{slug}/shots/import", slug)
                .then().statusCode(422).body(containsString("The file is too large"), containsString("at most 5 MB"));
        given().contentType("text/csv").body(csv).post("/api/films/{slug}/shots.csv", slug)
                .then().statusCode(422).body("errors[0].message", containsString("at most 5 MB"));

        byte[] transcript = ("[00:00:01] VLADY: " + "a".repeat(TranscriptParser.MAX_BYTES)).getBytes(StandardCharsets.UTF_8);
        given().multiPart("file", "long.txt", transcript, "text/plain").multiPart("format", "plain")
                .post("/films/{slug}/interviews/comrades-russia/transcript", slug)
                .then().statusCode(422).body(containsString("too large"), containsString("at most 2 MB"));
        given().contentType("text/plain").body(transcript)
                .post("/api/films/{slug}/interviews/comrades-russia/transcript", slug)
                .then().statusCode(422).body(containsString("at most 2 MB"));

        assertThat(SergeFilm.query(() -> TranscriptLine.count("transcript.interview.film.slug = ?1", slug))).isZero();
    }

    @Test
    void everyTextFieldOfEveryFormRefusesTooLongATextBesideTheFieldNeverWithA500() {
        String slug = FilmCopies.ofSerge("limits");
        String film = "/films/" + slug;
        List<String> pages = new ArrayList<>(List.of(film, film + "/scenes/orenburg-arrest",
                film + "/shots/new?scene=orenburg-arrest", film + "/shots/orenburg-arrest-1/edit", film + "/people/new",
                film + "/people/vlady", film + "/interviews", film + "/interviews/comrades-russia",
                film + "/interviews/comrades-russia/transcript", film + "/testimonies", film + "/sources",
                film + "/sources/memoirs", film + "/research-log", film + "/chronology",
                film + "/chronology/birth-brussels", film + "/locations", film + "/locations/mexico-city",
                film + "/schedules", film + "/schedules/orenburg-shoot", film + "/exports"));
        pages.add(firstLink(film + "/scenes/orenburg-arrest", "a[href*=/citations/]"));
        pages.add(firstLink(film + "/research-log", "a[href~=/research-log/\\d+$]"));

        List<String> accepted = new ArrayList<>();
        int tried = 0;
        for (String path : pages) {
            Document page = Jsoup.parse(given().get(path).then().statusCode(200).extract().asString(),
                    "http://localhost" + path);
            for (FormElement form : page.select("form[method=post]").forms()) {
                if (form.attr("enctype").startsWith("multipart") || form.attr("action").endsWith("/sources/import")) {
                    continue;
                }
                for (Element field : form.select("textarea, input:not([type]), input[type=text], input[type=search], "
                        + "input[type=email], input[type=tel], input[type=url], input[type=date], input[type=time], "
                        + "input[type=number]")) {
                    tried++;
                    String name = field.attr("name");
                    Map<String, String> values = new LinkedHashMap<>();
                    form.formData().forEach(kv -> values.putIfAbsent(kv.key(), kv.value()));
                    values.put(name, "x".repeat(20_001));
                    Response answer = given().contentType(FORM).formParams(values).redirects().follow(false)
                            .post(form.attr("action"));
                    String where = path + " form " + form.attr("action") + " field " + name;
                    assertThat(answer.statusCode()).as(where + ": " + answer.asString()).isBetween(400, 499);
                    String body = answer.asString();
                    if (!body.contains(name) && Jsoup.parse(body).select("[aria-invalid=true]").isEmpty()) {
                        accepted.add(where + " answered " + answer.statusCode() + " without naming the field");
                    }
                }
            }
        }
        assertThat(tried).isGreaterThan(100);
        assertThat(accepted).isEmpty();
        assertThat(SergeFilm.query(() -> Sequence.count("film.slug = ?1 and length(title) > 20000", slug))).isZero();
    }

    static String firstLink(String path, String selector) {
        Document page = Jsoup.parse(given().get(path).then().statusCode(200).extract().asString());
        Element link = page.selectFirst(selector);
        assertThat(link).as(path + " " + selector).isNotNull();
        return link.attr("href");
    }
}
