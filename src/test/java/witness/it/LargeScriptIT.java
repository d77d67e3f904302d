package witness.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shooting script of the benchmark's film, 6,000 shots made by {@code generate-film}, exported by the
 * packaged app in a 256 MB heap: issue 8 asks that a film of 6,000 shots export without running out of memory.
 */
@PackagedApp
class LargeScriptIT {
    static final String SLUG = "big-film";
    /** No dossier: the database holds the generated film alone. */
    static final Map<String, String> NO_DOSSIER = Map.of("WITNESS_DOSSIER_DIR", "/nonexistent-witness-dossier",
            "WITNESS_ADMIN_PASSWORD", "large-script-producer");
    /** On the JIT's first tier too: measured, the export then costs a third less CPU in the same time. */
    static final List<String> SMALL_HEAP = Stream.concat(AppProcess.QUICK_START.stream(),
            Stream.of("-Xmx256m", "-XX:+ExitOnOutOfMemoryError")).toList();

    @TempDir
    Path work;
    private static String cookie;

    @Test
    void theScriptOfASixThousandShotFilmIsMadeInA256MegabyteHeap() throws Exception {
        Path data = work.resolve("data");
        long start = System.nanoTime();
        AppProcess.Result generated = AppProcess.command(data, NO_DOSSIER, "generate-film", SLUG, "large");
        assertThat(generated.exitCode()).as(generated.output()).isZero();
        assertThat(generated.output()).contains("600 scenes, 6000 shots");
        log("generate-film (with the JVM's start)", start);

        try (AppProcess app = AppProcess.start(data, NO_DOSSIER, SMALL_HEAP)) {
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
            cookie = AdminLogin.cookie(app, "large-script-producer");

            start = System.nanoTime();
            HttpResponse<byte[]> html = get(http, app.url("/films/" + SLUG + "/script.html"));
            log("script.html", start);
            assertThat(html.statusCode()).isEqualTo(200);
            Elements headings = Jsoup.parse(new String(html.body(), StandardCharsets.UTF_8)).select(".scene-heading");
            assertThat(headings).hasSize(600);
            String first = headings.first().text();
            String last = headings.last().text();
            assertThat(first).startsWith("1.1 ");
            assertThat(last).startsWith("40.15 ");

            start = System.nanoTime();
            HttpResponse<byte[]> pdf = get(http, app.url("/films/" + SLUG + "/script.pdf"));
            log("script.pdf", start);
            assertThat(pdf.statusCode()).isEqualTo(200);
            assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
            assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
            try (PDDocument document = Loader.loadPDF(pdf.body())) {
                int pages = document.getNumberOfPages();
                System.out.printf("script.pdf: %d pages, %d KB%n", pages, pdf.body().length / 1024);
                assertThat(pages).isGreaterThan(500);
                assertThat(text(document, 1, 3)).contains(normal(first), "SHOOTING SCRIPT", "Whole film");
                // the last scene's footnotes may fill the last page; its heading is on one of the three before
                assertThat(text(document, pages - 3, pages)).contains(normal(last), "Page " + pages + " of " + pages);
            }
            assertThat(app.logText()).doesNotContain("OutOfMemoryError");
            assertThat(get(http, app.url("/q/health/ready")).statusCode()).isEqualTo(200);
        }
    }

    private static HttpResponse<byte[]> get(HttpClient http, String url) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(100))
                .header("Cookie", AdminLogin.COOKIE + "=" + cookie).build();
        return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    /** The text of some pages, spaces collapsed and ligatures (ﬁ) written as letters. */
    private static String text(PDDocument document, int from, int to) throws Exception {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(from);
        stripper.setEndPage(to);
        return normal(stripper.getText(document));
    }

    private static String normal(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("\\s+", " ");
    }

    private static void log(String what, long start) {
        System.out.printf("LargeScriptIT: %s took %.1f s%n", what, (System.nanoTime() - start) / 1e9);
    }
}
