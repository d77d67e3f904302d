package witness.interview;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import witness.testing.As;
import witness.testing.SilentMp3;
import witness.testing.CsrfTokens;
import witness.web.CachedPageFilter;
import witness.testing.FilmCopies;

/**
 * A clip's proxy: uploaded from the interview's page or by the API, refused by field when it is empty, too large or
 * no audio or video, served whole or by byte range to those who read interviews, and its file gone with it.
 */
@QuarkusTest
class ClipProxyTest {
    static final String FORM = "application/x-www-form-urlencoded; charset=UTF-8";
    static final Path FOLDER = Path.of("target/proxies");
    static final byte[] MP3 = SilentMp3.ofSeconds(20);
    private String slug;

    @BeforeEach
    void aClipOfJeannine() {
        slug = FilmCopies.ofSerge("clip-proxy");
        given(As.researcher()).contentType(FORM).formParam("reel", "SR-02").formParam("start", "10:00:00:00")
                .formParam("rate", "25").formParam("picture", "false").redirects().follow(false)
                .post("/films/{slug}/interviews/jeannine/clips", slug).then().statusCode(303);
    }

    private String proxyPath() {
        return "/films/" + slug + "/interviews/jeannine/clips/jeannine-sr-02/proxy";
    }

    private Response upload(io.restassured.specification.RequestSpecification as, String name, byte[] bytes) {
        return given(as).multiPart("proxy", name, bytes, "application/octet-stream").redirects().follow(false)
                .post(proxyPath());
    }

    private Document interviewPage() {
        return Jsoup.parse(given().get("/films/{slug}/interviews/jeannine", slug).then().statusCode(200).extract()
                .asString());
    }

    private static long filesInFolder() throws IOException {
        if (!Files.isDirectory(FOLDER)) {
            return 0;
        }
        try (var files = Files.list(FOLDER)) {
            return files.count();
        }
    }

    @Test
    void aProxyUploadedOnTheInterviewPageIsPlayedWholeOrByRange() {
        upload(As.researcher(), "jeannine-sr02.mp3", MP3).then().statusCode(303);
        Document page = interviewPage();
        assertThat(page.select("#clip-jeannine-sr-02 td.proxy").text()).contains("Play on the transcript")
                .contains("jeannine-sr02.mp3").contains(Math.round(MP3.length / 1024.0) + " KB");

        byte[] whole = given(As.viewer()).get(proxyPath()).then().statusCode(200).header("Accept-Ranges", "bytes")
                .contentType("audio/mpeg").extract().asByteArray();
        assertThat(whole).isEqualTo(MP3);

        Response part = given(As.viewer()).header("Range", "bytes=1000-1999").get(proxyPath());
        assertThat(part.statusCode()).isEqualTo(206);
        assertThat(part.header("Content-Range")).isEqualTo("bytes 1000-1999/" + MP3.length);
        assertThat(part.asByteArray()).isEqualTo(Arrays.copyOfRange(MP3, 1000, 2000));

        Response open = given(As.viewer()).header("Range", "bytes=" + (MP3.length - 10) + "-").get(proxyPath());
        assertThat(open.statusCode()).isEqualTo(206);
        assertThat(open.asByteArray()).isEqualTo(Arrays.copyOfRange(MP3, MP3.length - 10, MP3.length));
        Response suffix = given(As.viewer()).header("Range", "bytes=-96").get(proxyPath());
        assertThat(suffix.header("Content-Range")).isEqualTo("bytes " + (MP3.length - 96) + "-" + (MP3.length - 1)
                + "/" + MP3.length);
        Response beyond = given(As.viewer()).header("Range", "bytes=" + MP3.length + "-").get(proxyPath());
        assertThat(beyond.statusCode()).isEqualTo(416);
        assertThat(beyond.header("Content-Range")).isEqualTo("bytes */" + MP3.length);
        // a range of another version of the file, or several ranges: the whole file
        given(As.viewer()).header("Range", "bytes=0-9").header("If-Range", "\"another\"").get(proxyPath()).then()
                .statusCode(200);
        given(As.viewer()).header("Range", "bytes=0-9,20-29").get(proxyPath()).then().statusCode(200);
    }

    @Test
    void onlyThoseWhoReadInterviewsHearAProxyAndOnlyResearchersAndProducersAttachOne() {
        upload(As.viewer(), "x.mp3", MP3).then().statusCode(403);
        upload(As.director(), "x.mp3", MP3).then().statusCode(403);
        upload(As.researcher(), "x.mp3", MP3).then().statusCode(303);
        Response anonymous = given(As.anonymous()).redirects().follow(false).header("Range", "bytes=0-99")
                .get(proxyPath());
        assertThat(anonymous.statusCode()).isIn(302, 401);
        assertThat(anonymous.asByteArray()).doesNotContain(MP3[0]);
        given(As.director()).get(proxyPath()).then().statusCode(200);
    }

    @Test
    void aFileThatIsEmptyTooLargeOrNoAudioIsRefusedBesideItsField() throws IOException {
        long before = filesInFolder();
        String empty = upload(As.researcher(), "empty.mp3", new byte[0]).then().statusCode(422).extract().asString();
        assertThat(Jsoup.parse(empty).select("#proxy-jeannine-sr-02-error").text()).isEqualTo(
                "Proxy is empty: choose an audio or video file (MP4, M4A, WebM or MP3)");
        String pdf = upload(As.researcher(), "release.mp3", "%PDF-1.7 not a recording".getBytes()).then()
                .statusCode(422).extract().asString();
        assertThat(Jsoup.parse(pdf).select("#proxy-jeannine-sr-02-error").text())
                .startsWith("Proxy is not an MP4, M4A, WebM or MP3 file");
        String large = upload(As.researcher(), "long.mp3", SilentMp3.ofSeconds(600)).then().statusCode(422).extract()
                .asString();
        assertThat(Jsoup.parse(large).select("#proxy-jeannine-sr-02-error").text())
                .isEqualTo("Proxy is 2.3 MB: a proxy may be at most 2.0 MB (witness.proxies.max-size)");
        given(As.researcher()).contentType("audio/mpeg").body(SilentMp3.ofSeconds(600)).put("/api" + proxyPath())
                .then().statusCode(413).body("message", containsString("more than the 2.0 MB"));
        assertThat(filesInFolder()).isEqualTo(before);
        given().get(proxyPath()).then().statusCode(404);
    }

    @Test
    void theApiAttachesReplacesServesAndRemovesAProxyAndItsFileGoesWithIt() throws IOException {
        String api = "/api" + proxyPath();
        given(As.researcher()).contentType("audio/mpeg").queryParam("name", "first.mp3").body(MP3).put(api).then()
                .statusCode(200).body("proxy.fileName", org.hamcrest.Matchers.equalTo("first.mp3"))
                .body("proxy.contentType", org.hamcrest.Matchers.equalTo("audio/mpeg"))
                .body("proxy.size", org.hamcrest.Matchers.equalTo(MP3.length))
                .body("proxy.address", org.hamcrest.Matchers.equalTo(api));
        Path first = FOLDER.resolve(storedName());
        assertThat(first).exists();

        byte[] longer = SilentMp3.ofSeconds(30);
        given(As.researcher()).contentType("audio/mpeg").body(longer).put(api).then().statusCode(200);
        assertThat(first).doesNotExist();
        Path second = FOLDER.resolve(storedName());
        assertThat(given(As.viewer()).header("Range", "bytes=0-95").get(api).then().statusCode(206).extract()
                .asByteArray()).isEqualTo(Arrays.copyOf(longer, 96));

        given(As.researcher()).delete(api).then().statusCode(204);
        assertThat(second).doesNotExist();
        given(As.researcher()).delete(api).then().statusCode(404);
        given().get(api).then().statusCode(404);
    }

    @Test
    void aPageKeptFromBeforeAnUploadOrARemovalIsNotServedAgain() {
        String transcript = "/films/" + slug + "/interviews/jeannine/transcript";
        given(As.researcher()).contentType("text/plain").body(TRANSCRIPT).post("/api" + transcript).then()
                .statusCode(200);
        assertThat(asABrowser().get(transcript).header(CachedPageFilter.HEADER)).isEqualTo("miss");
        assertThat(asABrowser().get(transcript).header(CachedPageFilter.HEADER)).isEqualTo("hit");
        upload(As.researcher(), "x.mp3", MP3).then().statusCode(303);
        assertThat(Jsoup.parse(asABrowser().get(transcript).asString()).select("#player")).hasSize(1);
        given(As.researcher()).contentType(FORM).redirects().follow(false).post(proxyPath() + "/delete").then()
                .statusCode(303);
        assertThat(Jsoup.parse(asABrowser().get(transcript).asString()).select("#player")).isEmpty();
    }

    private static io.restassured.specification.RequestSpecification asABrowser() {
        return given().cookie(CsrfTokens.COOKIE, CsrfTokens.TOKEN);
    }

    @Test
    void deletingTheClipDeletesItsProxyFile() {
        upload(As.researcher(), "x.mp3", MP3).then().statusCode(303);
        Path file = FOLDER.resolve(storedName());
        String version = interviewPage().select("#clip-jeannine-sr-02 input[name=version]").attr("value");
        given(As.researcher()).contentType(FORM).formParam("version", version).redirects().follow(false)
                .post("/films/{slug}/interviews/jeannine/clips/jeannine-sr-02/delete", slug).then().statusCode(303);
        assertThat(file).doesNotExist();
    }

    static final String TRANSCRIPT = """
            [00:00:01] JEANNINE: We left Marseille on the Capitaine Paul-Lemerle.
            [00:00:04] JEANNINE: My father kept his manuscripts in a suitcase.
            [00:00:09] JEANNINE: Breton drew on the deck every evening.
            """;

    @Test
    void theTranscriptPagePlaysTheProxyAndAPassageQuotedWhileListeningIsCutToTheFrame() {
        upload(As.researcher(), "sr02.mp3", MP3).then().statusCode(303);
        given(As.researcher()).contentType("text/plain").body(TRANSCRIPT)
                .post("/api/films/{slug}/interviews/jeannine/transcript", slug).then().statusCode(200);
        Document page = Jsoup.parse(given().get("/films/{slug}/interviews/jeannine/transcript", slug).then()
                .statusCode(200).extract().asString());
        assertThat(page.select("audio#player").attr("src")).isEqualTo(proxyPath());
        assertThat(page.select("audio#player").attr("data-start-frames")).isEqualTo(String.valueOf(10 * 3600 * 25));
        assertThat(page.select("#line-2 button.seek").attr("data-seek")).isEqualTo("4.000");
        assertThat(page.select("select[name=clip] option[selected]").attr("value")).isEqualTo("jeannine-sr-02");

        String refused = quote("10:00:08:00", "10:00:04:12").statusCode(422).extract().asString();
        Document again = Jsoup.parse(refused);
        assertThat(again.select("#passage-clipOut-error").text()).isEqualTo("Out must come after the clip in (10:00:08:00)");
        assertThat(again.select("#passage-clipIn").attr("value")).isEqualTo("10:00:08:00");
        assertThat(again.select("#passage-first option[selected]").attr("value")).isEqualTo("2");

        quote("10:00:04:12", "10:00:08:24").statusCode(303);
        String cut = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> {
            Testimony t = Testimony.<Testimony>find("film.slug = ?1 and text = ?2", slug,
                    "My father kept his manuscripts in a suitcase.").singleResult();
            return t.clip.key + " " + t.clipIn + " " + t.clipOut;
        });
        assertThat(cut).isEqualTo("jeannine-sr-02 10:00:04:12 10:00:08:24");
    }

    private io.restassured.response.ValidatableResponse quote(String in, String out) {
        return given(As.researcher()).contentType(FORM).formParam("first", "2").formParam("last", "2")
                .formParam("clip", "jeannine-sr-02").formParam("clipIn", in).formParam("clipOut", out).redirects()
                .follow(false).post("/films/{slug}/interviews/jeannine/transcript/passage", slug).then();
    }

    /** The name the proxies folder keeps the clip's proxy under. */
    private String storedName() {
        return io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> ClipProxy.<ClipProxy>find(
                "clip.key = ?1 and clip.film.slug = ?2", "jeannine-sr-02", slug).singleResult().storedName);
    }
}
