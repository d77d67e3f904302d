package witness.backup;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import javax.sql.DataSource;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import witness.testing.FilmCopies;
import witness.testing.NoErrorLogged;
import witness.testing.OwnInstallation;

/**
 * A restore is refused whole, with a clear 4xx, and nothing changes: a bad file, or an installation that is not
 * empty. Only producers back up and restore; every other request keeps its body limit.
 */
@Tag("slow")
@Tag("own-installation")
@QuarkusTest
@ExtendWith(NoErrorLogged.class)
@TestProfile(OwnInstallation.class)
@TestSecurity(user = "admin", roles = "producer")
class BackupRefusalTest {
    @Inject
    DataSource dataSource;
    @TestHTTPResource("/api/dossiers")
    URI dossiers;
    @TestHTTPResource("/api/films/victor-serge/shots.csv")
    URI shotsCsv;

    @Test
    void anInstallationWithAFilmRefusesToRestore() throws Exception {
        FilmCopies.ofSerge("not-empty");
        byte[] backup = download();
        Map<String, List<List<Object>>> before = TableRows.of(dataSource);

        restore(backup).statusCode(409).body("message", containsString("only into an empty installation"))
                .body("message", containsString("not-empty-"));
        String page = given().multiPart("backup", "witness-backup.zip", backup, "application/zip")
                .post("/backups/restore").then().statusCode(409).contentType("text/html").extract().asString();
        assertThat(Jsoup.parse(page).select("#backup-file-error").text()).contains("WITNESS_DOSSIER_DIR");

        assertThat(TableRows.of(dataSource)).isEqualTo(before);
    }

    @Test
    void aFileThatIsNotAWholeBackupOfThisWitnessIsRefusedAndNothingChanges() throws Exception {
        String slug = FilmCopies.ofSerge("spoilt");
        given().multiPart("scan", "release.pdf", BackupRoundTripTest.PDF, "application/pdf").redirects().follow(false)
                .post("/films/{slug}/interviews/vlady/release", slug).then().statusCode(303);
        byte[] backup = download();
        NewInstallation.make();
        Map<String, List<List<Object>>> empty = TableRows.of(dataSource);

        byte[] noise = new byte[4096];
        new Random(1).nextBytes(noise);
        restore(noise).statusCode(400).body("message", containsString("not a zip"));
        restore(new byte[0]).statusCode(400);
        restore(Arrays.copyOf(backup, backup.length / 2)).statusCode(400).body("message", containsString("cut short"));
        // The last row changed: every row before it went in, and is rolled back.
        String shots = BackupZips.text(backup, "tables/shot.jsonl").strip();
        String lastShot = shots.substring(shots.lastIndexOf('\n') + 1);
        assertThat(lastShot).contains("\"version\":0,");
        restore(BackupZips.damaged(backup, "tables/shot.jsonl", lastShot, lastShot.replace("\"version\":0,",
                "\"version\":1,"))).statusCode(400)
                .body("message", containsString("tables/shot.jsonl does not match its checksum"));
        restore(BackupZips.zip(Map.of("research/film.yaml", new byte[] { 'x' }))).statusCode(422)
                .body("message", containsString("no manifest.json"));
        restore(BackupZips.withText(backup, "manifest.json", m -> m.replaceFirst("\"schemaVersion\" : \"\\d+\"",
                "\"schemaVersion\" : \"8\""))).statusCode(422)
                .body("message", containsString("schema version 8 and this Witness is at version"));
        restore(BackupZips.withText(backup, "manifest.json", m -> m.replace("\"formatVersion\" : 1",
                "\"formatVersion\" : 2"))).statusCode(422).body("message", containsString("format 2"));
        restore(BackupZips.withText(backup, "tables/shot.jsonl", rows -> null)).statusCode(422)
                .body("message", containsString("Missing: shot."));
        restore(BackupZips.with(backup, "tables/rushes.jsonl", "{\"id\":1}\n")).statusCode(422)
                .body("message", containsString("Unknown here: rushes."));

        // Rows that do not fit: refused by line and column, after the tables before them were written and rolled back.
        restore(BackupZips.withText(backup, "tables/shot.jsonl", rows -> rows.replaceFirst("\"seconds\":\\d+",
                "\"seconds\":\"many\""))).statusCode(422)
                .body("message", containsString("tables/shot.jsonl line 1: column 'seconds' is not a whole number"));
        restore(BackupZips.withText(backup, "tables/shot.jsonl", rows -> rows.replaceFirst("\"scene_id\":\\d+",
                "\"scene_id\":999999"))).statusCode(422)
                .body("message", containsString("tables/shot.jsonl line"))
                .body("message", containsString("the database refused a row"));
        restore(BackupZips.withText(backup, "tables/shot.jsonl", rows -> rows.replaceFirst("\"kind\":",
                "\"rushes\":1,\"kind\":"))).statusCode(422)
                .body("message", containsString("table shot has no column 'rushes'"));
        restore(BackupZips.withText(backup, "tables/shot.jsonl", rows -> rows.replaceFirst(",\"notes\":[^,]*,", ",")))
                .statusCode(422).body("message", containsString("no value for column 'notes'"));
        restore(BackupZips.withText(backup, "tables/shot.jsonl", rows -> rows.substring(0, rows.indexOf('\n') + 1)))
                .statusCode(422).body("message", containsString("tables/shot.jsonl holds 1 rows where manifest.json"));
        restore(BackupZips.withText(backup, "tables/film.jsonl", rows -> rows.replaceFirst("\\{", "[")))
                .statusCode(422).body("message", containsString("tables/film.jsonl line 1"));
        restore(BackupZips.withText(backup, "tables/release_form.jsonl",
                rows -> rows.replaceFirst("\"content\":\"[^\"]*\"", "\"content\":\"not base64!\""))).statusCode(422)
                .body("message", containsString("column 'content' is not base64"));

        // Hostile files: bounded as they are read, each a 422 naming what was refused.
        restore(BackupZips.withText(backup, "tables/shot.jsonl", rows -> rows + " ".repeat(backup.length * 150)))
                .statusCode(422).body("message", containsString("inflates to more than 100 times its own size"));
        restore(BackupZips.withText(backup, "manifest.json", m -> m + " ".repeat(2 * 1024 * 1024)))
                .statusCode(422).body("message", containsString("manifest.json is larger than 1 MB"));
        restore(BackupZips.withText(backup, "tables/shot.jsonl", rows -> rows.replaceFirst("\"seconds\":\\d+",
                "\"seconds\":" + "9".repeat(5000)))).statusCode(422)
                .body("message", containsString("tables/shot.jsonl line 1: not valid JSON"));

        assertThat(TableRows.of(dataSource)).isEqualTo(empty);

        restore(backup).statusCode(200).body("films", org.hamcrest.Matchers.greaterThanOrEqualTo(1));
    }

    @Test
    void theFormWithoutAFileSaysWhatIsMissing() {
        String page = given().multiPart("other", "x").post("/backups/restore").then().statusCode(422)
                .extract().asString();
        assertThat(Jsoup.parse(page).select("#backup-file-error").text())
                .isEqualTo("Choose the backup zip to restore.");
    }

    @Test
    void everyOtherRequestKeepsItsBodyLimitWhileARestoreMayBeLarger() throws Exception {
        byte[] twelveMegabytes = new byte[12 * 1024 * 1024];
        assertThat(post(dossiers, "application/zip", twelveMegabytes)).isEqualTo(413);
        assertThat(post(shotsCsv, "text/csv", twelveMegabytes)).isEqualTo(413);
        assertThat(post(dossiers, "application/zip", new byte[1024])).isEqualTo(422);
        // Not refused for its size: read, and refused because it is not a zip.
        restore(twelveMegabytes).statusCode(400).body("message", containsString("not a zip"));
    }

    /**
     * The status of a POST that waits for the server's go-ahead before sending its body (Expect: 100-continue), as
     * a 413 answered before the body is read closes the connection under a client still sending.
     */
    static int post(URI uri, String type, byte[] body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(uri).version(HttpClient.Version.HTTP_1_1).expectContinue(true)
                .header("Content-Type", type)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    @Test
    void theProducerSeesTheBackupsPageAndItsLinkFromTheExports() {
        String slug = FilmCopies.ofSerge("backups-page");
        Document page = Jsoup.parse(given().get("/backups").then().statusCode(200).extract().asString());
        assertThat(page.select("h1").text()).isEqualTo("Backups");
        assertThat(page.select("a#download-backup").attr("href")).isEqualTo("/backups/witness-backup.zip");
        assertThat(page.select("form#restore-form").attr("enctype")).isEqualTo("multipart/form-data");
        assertThat(page.select("form#restore-form").attr("action")).isEqualTo("/backups/restore");
        assertThat(page.select("form#restore-form input[type=file]").attr("name")).isEqualTo("backup");
        assertThat(page.select("#restore").text()).contains("the users of the backup replace the users");
        assertThat(page.select("#installation-state").text()).contains(slug, "refuses to restore");

        Document exports = Jsoup.parse(given().get("/films/{slug}/exports", slug).then().statusCode(200)
                .extract().asString());
        assertThat(exports.select("a#backups-link").attr("href")).isEqualTo("/backups");
    }

    @Test
    @TestSecurity(user = "rita", roles = "researcher")
    void onlyAProducerBacksUpOrRestores() {
        String slug = FilmCopies.ofSerge("backups-forbidden");
        given().get("/backups").then().statusCode(403);
        given().get("/backups/witness-backup.zip").then().statusCode(403);
        given().get("/api/backups/witness-backup.zip").then().statusCode(403);
        given().multiPart("backup", "b.zip", new byte[] { 1 }, "application/zip").post("/backups/restore").then()
                .statusCode(403);
        restore(new byte[] { 1 }).statusCode(403);
        Document exports = Jsoup.parse(given().get("/films/{slug}/exports", slug).then().statusCode(200)
                .extract().asString());
        assertThat(exports.select("a#backups-link")).isEmpty();
    }

    static byte[] download() {
        return given().get("/api/backups/witness-backup.zip").then().statusCode(200).extract().asByteArray();
    }

    static ValidatableResponse restore(byte[] zip) {
        return given().contentType("application/zip").body(zip).post("/api/backups").then();
    }
}
