package witness.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import witness.testing.CsrfTokens;

/**
 * Scheduled backups as a user sets them up: the backup command run while Witness serves, its file restored by the
 * restore command into a new data folder, and the new installation serving the same film to the same users.
 */
@PackagedApp
class BackupIT {
    static final String FIRST_PASSWORD = "the first installation's admin password";
    static final String SECOND_PASSWORD = "the second installation's admin password";
    static final byte[] PDF = "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1);

    @TempDir
    Path work;

    @Test
    void aBackupTakenWhileServingRestoresIntoANewInstallationWithItsUploadsAndUsers() throws Exception {
        Path data = work.resolve("data");
        Path backup = work.resolve("backups/nightly.zip");
        byte[] photo = jpeg();
        byte[] dossier;
        try (AppProcess app = AppProcess.start(data, env(FIRST_PASSWORD))) {
            String admin = login(app, "admin", FIRST_PASSWORD);
            as(admin).multiPart("photo", "recce.jpg", photo, "image/jpeg")
                    .post(app.url("/films/victor-serge/locations/mexico-city/photos")).then().statusCode(303);
            as(admin).multiPart("scan", "Vlady release.pdf", PDF, "application/pdf")
                    .post(app.url("/films/victor-serge/interviews/vlady/release")).then().statusCode(303);
            dossier = as(admin).get(app.url("/films/victor-serge/dossier.zip")).then().statusCode(200).extract()
                    .asByteArray();

            AppProcess.Result result = AppProcess.command(data, "backup", backup.toString());

            assertThat(result.exitCode()).as(result.output()).isZero();
            assertThat(result.output()).contains("Wrote the backup of 1 films and 1 users");
            // The app went on serving meanwhile.
            as(admin).get(app.url("/backups")).then().statusCode(200);
        }
        assertThat(backup).isRegularFile();
        assertThat(Files.list(backup.getParent())).containsExactly(backup);

        Path newData = work.resolve("new-data");
        // Started from the project folder, whose dossier a first start would import: the restore command does not.
        AppProcess.Result restored = AppProcess.command(newData, env(SECOND_PASSWORD), "restore", backup.toString());
        assertThat(restored.exitCode()).as(restored.output()).isZero();
        assertThat(restored.output()).contains("Restored the backup made").contains("1 films, 1 users")
                .doesNotContain("Imported the dossier");

        AppProcess.Result again = AppProcess.command(newData, env(SECOND_PASSWORD), "restore", backup.toString());
        assertThat(again.exitCode()).isEqualTo(1);
        assertThat(again.output()).contains("only into an empty installation", "victor-serge");

        try (AppProcess app = AppProcess.start(newData, env(SECOND_PASSWORD))) {
            assertThat(app.logText()).doesNotContain("Imported the dossier").doesNotContain("Created the producer");
            assertThat(login(app, "admin", SECOND_PASSWORD)).as("the new installation's admin is replaced").isNull();
            String admin = login(app, "admin", FIRST_PASSWORD);
            assertThat(admin).isNotNull();

            assertThat(Jsoup.parse(as(admin).get(app.url("/")).asString()).select("h1").text())
                    .isEqualTo("Victor Serge — the Incomparable Witness");
            assertThat(as(admin).get(app.url("/films/victor-serge/dossier.zip")).asByteArray()).isEqualTo(dossier);
            String src = Jsoup.parse(as(admin).get(app.url("/films/victor-serge/locations/mexico-city")).asString())
                    .select(".location-photos img").attr("src");
            assertThat(as(admin).get(app.url(src)).then().statusCode(200).extract().asByteArray()).isEqualTo(photo);
            assertThat(as(admin).get(app.url("/films/victor-serge/interviews/vlady/release")).then().statusCode(200)
                    .extract().asByteArray()).isEqualTo(PDF);
        }
    }

    @Test
    void theCommandsSayHowTheyAreUsedAndRefuseAMissingFile() throws Exception {
        AppProcess.Result usage = AppProcess.command(work.resolve("data"), "backup");
        assertThat(usage.exitCode()).isEqualTo(2);
        assertThat(usage.output()).contains("backup <file.zip>", "restore <file.zip>");

        AppProcess.Result missing = AppProcess.command(work.resolve("data"), "restore",
                work.resolve("no-such-backup.zip").toString());
        assertThat(missing.exitCode()).isEqualTo(1);
        assertThat(missing.output()).contains("There is no file");

        Files.writeString(work.resolve("notes.zip"), "not a zip");
        AppProcess.Result broken = AppProcess.command(work.resolve("data"), "restore",
                work.resolve("notes.zip").toString());
        assertThat(broken.exitCode()).isEqualTo(1);
        assertThat(broken.output()).contains("not a zip");
    }

    /** From the project folder (whose dossier a first start imports), with the admin's password. */
    static Map<String, String> env(String adminPassword) {
        Map<String, String> env = new HashMap<>(FirstStartIT.IN_THE_PROJECT);
        env.put("WITNESS_ADMIN_PASSWORD", adminPassword);
        return env;
    }

    static RequestSpecification as(String cookie) {
        // The form posts carry a CSRF token as a page's would (the filter @QuarkusTests have for every request).
        return given().filter(new CsrfTokens()).cookie("quarkus-credential", cookie).redirects().follow(false);
    }

    /** The session cookie of a login through the form, or null when it is refused. */
    static String login(AppProcess app, String username, String password) {
        return given().contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("j_username", username).formParam("j_password", password).redirects().follow(false)
                .post(app.url("/j_security_check")).then().statusCode(302).extract().cookie("quarkus-credential");
    }

    private static byte[] jpeg() {
        byte[] bytes = new byte[300_000];
        new Random(3).nextBytes(bytes);
        byte[] header = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F', 0 };
        System.arraycopy(header, 0, bytes, 0, header.length);
        return bytes;
    }
}
