package witness.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import witness.film.Sequence;
import witness.film.Shot;
import witness.film.ShotStatus;
import witness.location.LocationPhoto;
import witness.testing.CsrfTokens;
import witness.testing.FilmCopies;
import witness.testing.SergeFilm;

/**
 * A write from a page must carry the CSRF token of a Witness page, equal to the browser's csrf-token cookie:
 * a form as a field, htmx in the X-CSRF-TOKEN header. Without it, or with another, nothing changes and the
 * answer says why (403). The JSON API takes its JSON without one.
 */
@QuarkusTest
class CsrfTest {
    static final Path TEMPLATES = Path.of("src/main/resources/templates");
    static final String FORM_FORM = "application/x-www-form-urlencoded; charset=UTF-8";
    static final String OTHER_TOKEN = "QW5vdGhlciBzaXRlIHRva2Vu";
    static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R' };

    @Test
    void everyFormThatPostsInEveryTemplateCarriesTheToken() throws IOException {
        Pattern form = Pattern.compile("<form\\b[^>]*>(\\{#csrf /})?");
        List<String> missing = new ArrayList<>();
        int forms = 0;
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                Matcher m = form.matcher(Files.readString(file));
                while (m.find()) {
                    if (m.group().contains("method=\"post\"")) {
                        forms++;
                        if (m.group(1) == null) {
                            missing.add(TEMPLATES.relativize(file) + ": " + m.group());
                        }
                    } else {
                        assertThat(m.group()).as(file + ": a form that does not post says so")
                                .contains("method=\"get\"");
                    }
                }
            }
        }
        // the walk reached the templates (a form written once in a tag counts once, however many pages use it)
        assertThat(forms).isGreaterThan(40);
        assertThat(missing).isEmpty();
    }

    @Test
    void aPageGivesTheSameTokenToItsFormsItsHtmxMetaAndTheCookie() {
        Response response = given().get("/films/{slug}", SergeFilm.SLUG);
        String cookie = response.then().statusCode(200).extract().cookie(CsrfTokens.COOKIE);
        Document page = Jsoup.parse(response.asString());

        assertThat(cookie).matches("[A-Za-z0-9_-]{22}");
        List<Element> posting = page.select("form[method=post]");
        assertThat(posting).hasSizeGreaterThan(5);
        assertThat(posting).allSatisfy(f -> assertThat(f.select("input[type=hidden][name=csrf-token]").val())
                .isEqualTo(cookie));
        Element meta = page.selectFirst("meta[name=csrf-token]");
        assertThat(meta.attr("content")).isEqualTo(cookie);
        assertThat(meta.attr("data-header")).isEqualTo(CsrfTokens.HEADER);
        assertThat(response.getDetailedCookie(CsrfTokens.COOKIE).isHttpOnly()).isTrue();
    }

    @Test
    void aFormPostedWithThePagesTokenAndCookieIsAccepted() {
        String slug = FilmCopies.ofSerge("csrf");
        Response page = given().get("/films/{slug}", slug);
        String cookie = page.cookie(CsrfTokens.COOKIE);
        String field = Jsoup.parse(page.asString()).selectFirst("form.sequence-form input[name=csrf-token]").val();

        asIsForm().cookie(CsrfTokens.COOKIE, cookie).formParam(CsrfTokens.FIELD, field).formParam("title", "Paris, 1936")
                .post("/films/{slug}/sequences", slug).then().statusCode(303);

        assertThat(sequenceTitles(slug)).contains("Paris, 1936");
    }

    @Test
    void aFormPostedWithoutTheTokenOrWithAnotherIsRefusedAndNothingIsCreated() {
        String slug = FilmCopies.ofSerge("csrf");
        List<String> before = sequenceTitles(slug);

        refused(asIsForm().cookie(CsrfTokens.COOKIE, CsrfTokens.TOKEN).formParam("title", "Forged"), slug,
                "carries no CSRF token");
        refused(asIsForm().cookie(CsrfTokens.COOKIE, CsrfTokens.TOKEN).formParam(CsrfTokens.FIELD, OTHER_TOKEN)
                .formParam("title", "Forged"), slug, "does not match");
        refused(asIsForm().formParam(CsrfTokens.FIELD, CsrfTokens.TOKEN).formParam("title", "Forged"), slug,
                "has no CSRF cookie");
        // What another site's form would send: no cookie of Witness' and no field.
        refused(asIsForm().formParam("title", "Forged"), slug, "has no CSRF cookie");

        assertThat(sequenceTitles(slug)).isEqualTo(before);
    }

    @Test
    void aMultipartUploadWithoutTheTokenIsRefusedAndNothingIsStored() {
        String slug = FilmCopies.ofSerge("csrf");

        asIs().cookie(CsrfTokens.COOKIE, CsrfTokens.TOKEN).multiPart("photo", "street.png", PNG, "image/png")
                .post("/films/{slug}/locations/mexico-city/photos", slug)
                .then().statusCode(403).contentType(startsWith("text/plain"))
                .body(containsString("carries no CSRF token"), containsString("nothing was changed"));
        asIs().cookie(CsrfTokens.COOKIE, CsrfTokens.TOKEN).multiPart(CsrfTokens.FIELD, OTHER_TOKEN)
                .multiPart("photo", "street.png", PNG, "image/png")
                .post("/films/{slug}/locations/mexico-city/photos", slug)
                .then().statusCode(403).body(containsString("does not match"));
        assertThat(photoCount(slug)).isZero();

        asIs().cookie(CsrfTokens.COOKIE, CsrfTokens.TOKEN).multiPart(CsrfTokens.FIELD, CsrfTokens.TOKEN)
                .multiPart("photo", "street.png", PNG, "image/png").redirects().follow(false)
                .post("/films/{slug}/locations/mexico-city/photos", slug).then().statusCode(303);
        assertThat(photoCount(slug)).isOne();
    }

    @Test
    void anHtmxWriteCarriesTheTokenInItsHeaderAndIsRefusedWithAnother() {
        String slug = FilmCopies.ofSerge("csrf");

        asIs().cookie(CsrfTokens.COOKIE, CsrfTokens.TOKEN).header(CsrfTokens.HEADER, OTHER_TOKEN)
                .header("HX-Request", "true").post("/films/{slug}/shots/orenburg-arrest-1/drop", slug)
                .then().statusCode(403).body(containsString("does not match"));
        // A write with no body at all, as a button of another site's page could send.
        asIs().cookie(CsrfTokens.COOKIE, CsrfTokens.TOKEN).header("HX-Request", "true")
                .post("/films/{slug}/shots/orenburg-arrest-1/drop", slug)
                .then().statusCode(403).body(containsString("carries no CSRF token"));
        assertThat(dropped(slug, "orenburg-arrest-1")).isFalse();

        asIs().cookie(CsrfTokens.COOKIE, CsrfTokens.TOKEN).header(CsrfTokens.HEADER, CsrfTokens.TOKEN)
                .header("HX-Request", "true").post("/films/{slug}/shots/orenburg-arrest-1/drop", slug)
                .then().statusCode(200);
        assertThat(dropped(slug, "orenburg-arrest-1")).isTrue();
    }

    @Test
    void theJsonApiTakesJsonWithoutAToken() {
        String slug = FilmCopies.ofSerge("csrf");

        asIs().contentType("application/json").body("{\"title\": \"Brussels, 1890\"}")
                .post("/api/films/{slug}/sequences", slug).then().statusCode(201);

        assertThat(sequenceTitles(slug)).contains("Brussels, 1890");
    }

    @Test
    void aWriteTheBrowserSaysComesFromAnotherSiteIsRefusedEvenWithAToken() {
        String slug = FilmCopies.ofSerge("csrf");

        given().header("Sec-Fetch-Site", "cross-site").contentType(FORM_FORM).formParam("title", "Forged")
                .post("/films/{slug}/sequences", slug)
                .then().statusCode(403).body(containsString("comes from another site"));
        given().header("Sec-Fetch-Site", "cross-site").contentType("text/plain").body("00:00:01 Forged")
                .post("/api/films/{slug}/interviews/comrades-russia/transcript", slug).then().statusCode(403);
        given().header("Sec-Fetch-Site", "cross-site").contentType(FORM_FORM)
                .formParam("j_username", "admin").formParam("j_password", "anything")
                .post("/j_security_check").then().statusCode(403);

        assertThat(sequenceTitles(slug)).doesNotContain("Forged");
        given().header("Sec-Fetch-Site", "same-origin").contentType(FORM_FORM).formParam("title", "Mine")
                .redirects().follow(false).post("/films/{slug}/sequences", slug).then().statusCode(303);
    }

    // ---------------------------------------------------------------- helpers

    /** A request whose CSRF cookie, field and header are exactly those given (none by default). */
    static RequestSpecification asIs() {
        return given().header(CsrfTokens.AS_IS, "true").redirects().follow(false);
    }

    static RequestSpecification asIsForm() {
        return asIs().contentType(FORM_FORM);
    }

    static void refused(RequestSpecification request, String slug, String why) {
        request.post("/films/{slug}/sequences", slug).then().statusCode(403).contentType(startsWith("text/plain"))
                .body(containsString("Refused, nothing was changed"), containsString(why),
                        containsString("Reload the page"));
    }

    static List<String> sequenceTitles(String slug) {
        return SergeFilm.query(() -> Sequence.<Sequence>list("film.slug = ?1 order by position", slug).stream()
                .map(s -> s.title).toList());
    }

    static long photoCount(String slug) {
        return SergeFilm.query(() -> LocationPhoto.count("location.film.slug = ?1", slug));
    }

    static boolean dropped(String slug, String key) {
        return SergeFilm.query(() -> Shot.<Shot>find("scene.sequence.film.slug = ?1 and key = ?2", slug, key)
                .singleResult().status == ShotStatus.DROPPED);
    }
}
