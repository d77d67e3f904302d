package witness.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
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
import witness.testing.SergeFilm;

/**
 * Every answer tells the browser to run only Witness' own script and style files, never to sniff a type, to
 * send no referrer to other sites and never to show Witness in another site's frame.
 */
@QuarkusTest
class SecurityHeadersTest {
    static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; "
            + "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
            + "frame-ancestors 'none'";

    @Test
    void pagesStaticFilesTheApiErrorsRefusalsAndRedirectsCarryTheHeaders() {
        String film = "/films/" + SergeFilm.SLUG;
        List<Response> answers = List.of(
                given().get("/"),
                given().get(film + "/shots"),
                given().get("/login"),
                given().get("/witness.css"),
                given().get("/witness.js"),
                given().get("/webjars/htmx.org/dist/htmx.min.js"),
                given().get("/api" + film + "/sequences"),
                given().get(film + "/shots.csv"),
                given().get("/q/health"),
                given().get("/q/openapi"),
                given().get("/films/no-such-film"),
                given().get("/no/such/page"),
                given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                        .formParam("j_username", "nobody").formParam("j_password", "wrong").post("/j_security_check"),
                given().header(witness.testing.CsrfTokens.AS_IS, "true").contentType("application/x-www-form-urlencoded")
                        .formParam("title", "x").post(film + "/sequences"));

        assertThat(answers).extracting(Response::statusCode).containsExactly(200, 200, 200, 200, 200, 200, 200, 200,
                200, 200, 404, 404, 302, 403);
        assertThat(answers).allSatisfy(answer -> {
            assertThat(answer.header("Content-Security-Policy")).isEqualTo(POLICY);
            assertThat(answer.header("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(answer.header("X-Frame-Options")).isEqualTo("DENY");
            assertThat(answer.header("Referrer-Policy")).isEqualTo("same-origin");
        });
    }

    @Test
    void aPdfHasTheHeadersButThePolicyThatWouldStopTheBrowsersViewer() {
        Response pdf = given().get("/films/{slug}/shots.pdf", SergeFilm.SLUG);

        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.contentType()).startsWith("application/pdf");
        assertThat(pdf.header("Content-Security-Policy")).isNull();
        assertThat(pdf.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(pdf.header("X-Frame-Options")).isEqualTo("DENY");
    }

    @Test
    void aPrintPageMayUseItsOwnStyleBlockAndNoOther() {
        for (String path : List.of("/films/{slug}/shots/print", "/films/{slug}/script.html",
                "/films/{slug}/schedules/orenburg-shoot/days/1990-05-14/call-sheet")) {
            Response page = given().get(path, SergeFilm.SLUG);
            assertThat(page.statusCode()).as(path).isEqualTo(200);
            List<Element> styles = Jsoup.parse(page.asString()).select("style");
            assertThat(styles).as(path).hasSize(1);
            String nonce = styles.get(0).attr("nonce");
            assertThat(nonce).as(path).matches("[A-Za-z0-9+/]{22}==");
            assertThat(page.header("Content-Security-Policy")).as(path)
                    .isEqualTo(POLICY.replace("style-src 'self'", "style-src 'self' 'nonce-" + nonce + "'"));
        }
        String first = Jsoup.parse(given().get("/films/{slug}/shots/print", SergeFilm.SLUG).asString())
                .selectFirst("style").attr("nonce");
        String second = Jsoup.parse(given().get("/films/{slug}/shots/print", SergeFilm.SLUG).asString())
                .selectFirst("style").attr("nonce");
        assertThat(first).isNotEqualTo(second);
    }

    @Test
    void theApiExplorerAloneMayRunItsInlineStartUp() {
        Response explorer = given().get("/q/swagger-ui/");

        assertThat(explorer.statusCode()).isEqualTo(200);
        assertThat(Jsoup.parse(explorer.asString()).select("script:not([src])")).isNotEmpty();
        assertThat(explorer.header("Content-Security-Policy")).contains("script-src 'self' 'unsafe-inline'")
                .contains("frame-ancestors 'none'").contains("object-src 'none'");
        assertThat(explorer.header("X-Frame-Options")).isEqualTo("DENY");
    }

    @Test
    void theLayoutLoadsOnlyScriptFilesAndTellsHtmxToAddNoStyleAndEvalNothing() {
        Document page = Jsoup.parse(given().get("/films/{slug}", SergeFilm.SLUG).asString());

        assertThat(page.select("script")).extracting(s -> s.attr("src")).containsExactly(
                "/webjars/htmx.org/dist/htmx.min.js", "/webjars/sortablejs/Sortable.min.js", "/witness.js");
        assertThat(page.selectFirst("meta[name=htmx-config]").attr("content"))
                .contains("\"includeIndicatorStyles\":false", "\"allowEval\":false", "\"allowScriptTags\":false");
    }

    @Test
    void noTemplateHasInlineScriptStyleAttributesOrEventHandlers() throws IOException {
        Pattern inline = Pattern.compile("<script(?![^>]*\\bsrc=)[^>]*>|\\sstyle=|\\son[a-z]+=|<style(?![^>]*nonce=)"
                + "|javascript:");
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(CsrfTest.TEMPLATES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                Matcher m = inline.matcher(Files.readString(file));
                while (m.find()) {
                    found.add(CsrfTest.TEMPLATES.relativize(file) + ": " + m.group());
                }
            }
        }
        assertThat(found).isEmpty();
    }
}
