package witness.location;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import io.restassured.builder.MultiPartSpecBuilder;
import io.restassured.response.ValidatableResponse;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import witness.testing.FilmCopies;
import witness.testing.Pages;
import witness.testing.SergeFilm;

/** Photos of a location: uploaded (JPEG, PNG or WebP by their content, 5 MB at most), shown, served and deleted. */
@QuarkusTest
class LocationPhotoTest {
    static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R' };
    static final byte[] JPEG = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F', 0 };
    static final byte[] WEBP = { 'R', 'I', 'F', 'F', 0x24, 0, 0, 0, 'W', 'E', 'B', 'P', 'V', 'P', '8', ' ' };
    static final byte[] PDF = "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1);

    @Test
    void photosAreUploadedShownServedWithTheirTypeAndDeleted() {
        String slug = FilmCopies.ofSerge("location-photos");
        upload(slug, "plaza.jpg", JPEG, "image/jpeg", "Plaza de la Constitución at dawn").statusCode(303)
                .header("Location", containsString("/locations/mexico-city#photos"));
        // The declared type does not matter: the content says PNG.
        upload(slug, "street.bin", PNG, "application/octet-stream", "").statusCode(303);
        upload(slug, "roof.webp", WEBP, "image/webp", null).statusCode(303);

        List<LocationPhoto> photos = photos(slug);
        assertThat(photos).extracting(p -> p.contentType).containsExactly("image/jpeg", "image/png", "image/webp");
        assertThat(photos.get(0).caption).isEqualTo("Plaza de la Constitución at dawn");
        assertThat(photos.get(1).caption).isNull();

        Document page = Pages.get("/films/" + slug + "/locations/mexico-city");
        List<Element> images = page.select(".location-photos img");
        assertThat(images).hasSize(3);
        assertThat(images.get(0).attr("alt")).isEqualTo("Plaza de la Constitución at dawn");
        assertThat(images.get(1).attr("alt")).isEqualTo("Mexico City");
        String src = images.get(1).attr("src");
        assertThat(src).isEqualTo("/films/" + slug + "/locations/mexico-city/photos/" + photos.get(1).id);
        byte[] served = given().get(src).then().statusCode(200).contentType("image/png")
                .header("X-Content-Type-Options", "nosniff").extract().asByteArray();
        assertThat(served).isEqualTo(PNG);

        // A photo is served only under its own location and film.
        given().get("/films/{slug}/locations/paris/photos/{id}", slug, photos.get(1).id).then().statusCode(404);
        given().get("/films/victor-serge/locations/mexico-city/photos/{id}", photos.get(1).id).then().statusCode(404);

        given().redirects().follow(false).post("/films/{slug}/locations/mexico-city/photos/{id}/delete", slug,
                photos.get(0).id).then().statusCode(303);
        assertThat(photos(slug)).extracting(p -> p.id).containsExactly(photos.get(1).id, photos.get(2).id);
        given().get("/films/{slug}/locations/mexico-city/photos/{id}", slug, photos.get(0).id).then().statusCode(404);
        given().redirects().follow(false).post("/films/{slug}/locations/mexico-city/photos/{id}/delete", slug,
                photos.get(0).id).then().statusCode(404);

        // Deleting the location deletes its photos.
        long version = LocationTesting.stored(slug, "mexico-city").version;
        LocationTesting.post("/films/" + slug + "/locations/mexico-city/delete", java.util.Map.of("version", version))
                .statusCode(303);
        assertThat(SergeFilm.query(() -> LocationPhoto.count("location.film.slug", slug))).isZero();
    }

    @Test
    void aFileThatIsNotAJpegPngOrWebpIsRefusedWhateverItsNameAndNothingIsStored() {
        String slug = FilmCopies.ofSerge("location-photos");
        refused(upload(slug, "scan.jpg", PDF, "image/jpeg", "A PDF in disguise").statusCode(422),
                "is not a JPEG, PNG or WebP");
        refused(upload(slug, "photo.png", "just text".getBytes(StandardCharsets.UTF_8), "image/png", null)
                .statusCode(422), "is not a JPEG, PNG or WebP");
        refused(upload(slug, "empty.jpg", new byte[0], "image/jpeg", null).statusCode(422), "is empty");
        assertThat(photos(slug)).isEmpty();
    }

    @Test
    void aPhotoOverFiveMegabytesIsRefusedNamingTheFieldAndOneAtTheLimitIsTaken() {
        String slug = FilmCopies.ofSerge("location-photos");
        byte[] big = Arrays.copyOf(JPEG, (int) LocationPhoto.MAX_BYTES + 1);
        String html = upload(slug, "big.jpg", big, "image/jpeg", "too big").statusCode(413)
                .contentType("text/html").extract().asString();
        Document page = Jsoup.parse(html);
        assertThat(page.select("#new-photo-photo-error").text()).contains("at most 5 MB");
        assertThat(page.select("#new-photo-caption").attr("value")).isEqualTo("too big");
        assertThat(photos(slug)).isEmpty();

        // Beyond the app's body limit (11 MB) the server refuses it before reading: still a 413, never a 500.
        int status = upload(slug, "huge.jpg", Arrays.copyOf(JPEG, 12 * 1024 * 1024), "image/jpeg", null)
                .extract().statusCode();
        assertThat(status).isEqualTo(413);
        assertThat(photos(slug)).isEmpty();

        byte[] fits = Arrays.copyOf(JPEG, (int) LocationPhoto.MAX_BYTES);
        upload(slug, "fits.jpg", fits, "image/jpeg", null).statusCode(303);
        assertThat(photos(slug)).extracting(p -> p.fileSize).containsExactly(LocationPhoto.MAX_BYTES);
    }

    @Test
    void anUploadWithoutAFileOrWithATooLongCaptionIsRefused() {
        String slug = FilmCopies.ofSerge("location-photos");
        String html = given().multiPart("caption", "no file").redirects().follow(false)
                .post("/films/{slug}/locations/mexico-city/photos", slug).then().statusCode(422).extract().asString();
        assertThat(Jsoup.parse(html).select("#new-photo-photo-error").text()).contains("is required");
        refused(upload(slug, "ok.png", PNG, "image/png", "c".repeat(501)).statusCode(422), null);
        assertThat(Jsoup.parse(upload(slug, "ok.png", PNG, "image/png", "c".repeat(501)).extract().asString())
                .select("#new-photo-caption-error").text()).contains("at most 500");
        upload(slug, "ok.png", PNG, "image/png", null).statusCode(303);
        given().multiPart("photo", "x.png", PNG, "image/png").redirects().follow(false)
                .post("/films/{slug}/locations/atlantis/photos", slug).then().statusCode(404);
        assertThat(photos(slug)).hasSize(1);
    }

    static ValidatableResponse upload(String slug, String name, byte[] bytes, String type, String caption) {
        var request = given().multiPart("photo", name, bytes, type).redirects().follow(false);
        if (caption != null) {
            request = request.multiPart(new MultiPartSpecBuilder(caption).controlName("caption")
                    .mimeType("text/plain").charset(StandardCharsets.UTF_8).build());
        }
        return request.post("/films/{slug}/locations/mexico-city/photos", slug).then();
    }

    private static void refused(ValidatableResponse response, String message) {
        Document page = Jsoup.parse(response.extract().asString());
        if (message != null) {
            assertThat(page.select("#new-photo-photo-error").text()).contains(message);
        }
    }

    private static List<LocationPhoto> photos(String slug) {
        return SergeFilm.query(() -> LocationPhoto.<LocationPhoto>list("location.film.slug = ?1 order by id", slug));
    }
}
