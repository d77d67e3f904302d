package witness.interview;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import witness.testing.As;
import witness.testing.FilmCopies;
import witness.testing.Pages;
import witness.testing.SergeFilm;

/** Release form scans are personal data: producers upload and download them, no one else sees them. */
@QuarkusTest
class InterviewReleaseTest {
    static final byte[] PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n%%EOF\n"
            .getBytes(StandardCharsets.ISO_8859_1);
    static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R' };
    static final byte[] EXE = { 'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0 };

    @Test
    @TestSecurity(user = "producer", roles = "producer")
    void aProducerUploadsASignedPdfAndDownloadsIt() {
        String slug = FilmCopies.ofSerge("interviews");
        Document page = Pages.get("/films/" + slug + "/interviews/vlady");
        assertThat(page.select("form#release-scan").attr("enctype")).isEqualTo("multipart/form-data");
        assertThat(page.select("form#release-scan input[type=file]").attr("name")).isEqualTo("scan");

        upload(slug, "vlady", "Vlady release.pdf", PDF, "application/pdf", "2026-03-02").statusCode(303);

        Interview vlady = InterviewBoardTest.stored(slug, "vlady");
        assertThat(vlady.release).isEqualTo(ReleaseStatus.SIGNED);
        assertThat(vlady.releaseSignedOn).isEqualTo(LocalDate.of(2026, 3, 2));
        ReleaseForm stored = scan(slug, "vlady");
        assertThat(stored.fileName).isEqualTo("Vlady release.pdf");
        assertThat(stored.contentType).isEqualTo("application/pdf");
        assertThat(stored.fileSize).isEqualTo(PDF.length);

        Document after = Pages.get("/films/" + slug + "/interviews/vlady");
        assertThat(after.select(".release-scan").text()).contains("Vlady release.pdf", "application/pdf");
        byte[] downloaded = given().get("/films/{slug}/interviews/vlady/release", slug).then().statusCode(200)
                .contentType("application/pdf").header("Content-Disposition", containsString("attachment"))
                .header("Content-Disposition", containsString("Vlady release.pdf")).extract().asByteArray();
        assertThat(downloaded).isEqualTo(PDF);

        // A PNG replaces it; without a date the release status stays as it is.
        upload(slug, "vlady", "release.png", PNG, "image/png", null).statusCode(303);
        assertThat(scan(slug, "vlady").contentType).isEqualTo("image/png");
        assertThat(SergeFilm.query(() -> ReleaseForm.count("interview.film.slug = ?1", slug))).isEqualTo(1);
        given().get("/films/{slug}/interviews/vlady/release", slug).then().statusCode(200).contentType("image/png");
    }

    @Test
    @TestSecurity(user = "producer", roles = "producer")
    void aFileThatIsNotAPdfJpegOrPngIsRefusedWhateverItsNameAndNothingIsStored() {
        String slug = FilmCopies.ofSerge("interviews");
        refused(upload(slug, "jeannine", "setup.exe", EXE, "application/octet-stream", "2026-03-02").statusCode(422),
                "is not a PDF, JPEG or PNG");
        refused(upload(slug, "jeannine", "release.pdf", "I agree to be filmed.".getBytes(StandardCharsets.UTF_8),
                "application/pdf", "2026-03-02").statusCode(422), "is not a PDF, JPEG or PNG");
        nothingStored(slug, "jeannine");
    }

    @Test
    @TestSecurity(user = "producer", roles = "producer")
    void anEmptyOrTooBigFileIsRefusedNamingTheFieldAndNothingIsStored() {
        String slug = FilmCopies.ofSerge("interviews");
        refused(upload(slug, "jeannine", "release.pdf", new byte[0], "application/pdf", "2026-03-02").statusCode(422),
                "is empty");
        byte[] big = Arrays.copyOf(PDF, (int) ReleaseForm.MAX_BYTES + 1);
        refused(upload(slug, "jeannine", "release.pdf", big, "application/pdf", "2026-03-02").statusCode(413),
                "at most 10 MB");
        refused(upload(slug, "jeannine", "release.pdf", PDF, "application/pdf", "yesterday").statusCode(422),
                null);
        nothingStored(slug, "jeannine");

        byte[] justFits = Arrays.copyOf(PDF, (int) ReleaseForm.MAX_BYTES);
        upload(slug, "jeannine", "release.pdf", justFits, "application/pdf", null).statusCode(303);
        assertThat(scan(slug, "jeannine").fileSize).isEqualTo(ReleaseForm.MAX_BYTES);
    }

    @Test
    void someoneWhoIsNotAProducerCannotUploadOrDownloadAndSeesOnlyTheReleaseStatus() {
        String slug = FilmCopies.ofSerge("interviews");
        storedAsProducer(slug);

        upload(As.viewer(), slug, "vlady", "other.pdf", PDF, "application/pdf", "2026-03-03").statusCode(403)
                .body(containsString("Only a producer may change interviews"));
        given(As.viewer()).get("/films/{slug}/interviews/vlady/release", slug).then().statusCode(403)
                .body(containsString("personal data"));
        assertThat(scan(slug, "vlady").fileName).isEqualTo("Vlady release.pdf");

        String html = given(As.viewer()).get("/films/{slug}/interviews/vlady", slug).then().statusCode(200)
                .extract().asString();
        assertThat(html).doesNotContain("Vlady release.pdf").doesNotContain("/interviews/vlady/release\"");
        Document page = Jsoup.parse(html);
        assertThat(page.select("#release-status").text()).contains("signed");
        assertThat(page.select("form#release-scan")).isEmpty();
        given(As.viewer()).get("/api/films/{slug}/interviews/vlady", slug).then().statusCode(200)
                .body(not(containsString("Vlady release.pdf"))).body(containsString("\"release\":\"signed\""));
    }

    @Test
    void aDirectorGetsForbiddenToo() {
        String slug = FilmCopies.ofSerge("interviews");
        upload(As.director(), slug, "vlady", "release.pdf", PDF, "application/pdf", null).statusCode(403);
        given(As.director()).get("/films/{slug}/interviews/vlady/release", slug).then().statusCode(403);
        nothingStored(slug, "vlady");
        assertThat(Pages.get(As.director(), "/films/" + slug + "/interviews/vlady").select("form#release-scan"))
                .isEmpty();
    }

    /** A scan stored as a producer would have, straight through the entity. */
    static void storedAsProducer(String slug) {
        SergeFilm.query(() -> {
            Interview vlady = Interview.find("film.slug = ?1 and key = ?2", slug, "vlady").firstResult();
            ReleaseForm form = new ReleaseForm();
            form.interview = vlady;
            form.fileName = "Vlady release.pdf";
            form.contentType = "application/pdf";
            form.fileSize = PDF.length;
            form.content = PDF;
            form.uploadedAt = java.time.LocalDateTime.now();
            form.persist();
            vlady.release = ReleaseStatus.SIGNED;
            vlady.releaseSignedOn = LocalDate.of(2026, 3, 2);
            return null;
        });
    }

    static ValidatableResponse upload(String slug, String key, String name, byte[] bytes, String type, String signedOn) {
        return upload(given(), slug, key, name, bytes, type, signedOn);
    }

    static ValidatableResponse upload(RequestSpecification as, String slug, String key, String name, byte[] bytes,
            String type, String signedOn) {
        var request = given(as).multiPart("scan", name, bytes, type).redirects().follow(false);
        if (signedOn != null) {
            request = request.multiPart("releaseSignedOn", signedOn);
        }
        return request.post("/films/{slug}/interviews/{key}/release", slug, key).then();
    }

    private static void refused(ValidatableResponse response, String message) {
        Document page = Jsoup.parse(response.extract().asString());
        if (message != null) {
            assertThat(page.select("#release-scan-scan-error").text()).contains(message);
        } else {
            assertThat(page.select("#release-scan-releaseSignedOn-error").text()).contains("must be a date");
        }
    }

    private static void nothingStored(String slug, String key) {
        assertThat(scan(slug, key)).isNull();
        assertThat(InterviewBoardTest.stored(slug, key).release).isEqualTo(ReleaseStatus.NONE);
    }

    static ReleaseForm scan(String slug, String key) {
        return SergeFilm.query(() -> ReleaseForm.<ReleaseForm>find("interview.film.slug = ?1 and interview.key = ?2",
                slug, key).firstResult());
    }
}
