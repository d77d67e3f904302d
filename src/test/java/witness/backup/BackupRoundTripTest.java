package witness.backup;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.matchesPattern;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Random;
import javax.sql.DataSource;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Tag;
import witness.security.LoginResource;
import witness.security.Role;
import witness.security.WitnessUser;
import witness.testing.As;
import witness.testing.OwnInstallation;
import witness.testing.FilmCopies;

/**
 * A producer downloads a backup, a new installation restores it, and everything is back: every row of every table
 * (photos and release scans byte for byte, users with their passwords), and the installation goes on from there.
 * The test logs in as a user would, through the login form, since the users are part of what is restored.
 */
@Tag("slow")
@Tag("own-installation")
@QuarkusTest
@TestProfile(OwnInstallation.class)
class BackupRoundTripTest {
    static final String FORM = "application/x-www-form-urlencoded; charset=UTF-8";
    static final byte[] PDF = "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1);
    static final String RITA_PASSWORD = "Rita's password, with 'quotes' & <brackets>";

    @Inject
    DataSource dataSource;

    @Test
    void aBackupRestoredIntoANewInstallationGivesBackEveryRowAndItsUsersLogIn() throws Exception {
        NewInstallation.make();
        String admin = login("admin", NewInstallation.ADMIN_PASSWORD);
        String slug = FilmCopies.ofSerge("backup");
        // Three photos of 4 MB that do not compress: the backup is larger than any other upload may be.
        for (int i = 0; i < 3; i++) {
            as(admin).multiPart("photo", "recce-" + i + ".jpg", jpeg(4 * 1024 * 1024, i), "image/jpeg")
                    .post("/films/{slug}/locations/mexico-city/photos", slug).then().statusCode(303);
        }
        as(admin).multiPart("scan", "Vlady release.pdf", PDF, "application/pdf")
                .multiPart("releaseSignedOn", "2026-03-02")
                .post("/films/{slug}/interviews/vlady/release", slug).then().statusCode(303);
        user("rita", RITA_PASSWORD, Role.RESEARCHER);
        Map<String, List<List<Object>>> before = TableRows.of(dataSource);
        assertThat(before.get("location_photo")).hasSize(3);
        assertThat(before.get("release_form")).hasSize(1);
        assertThat(before.get("witness_user")).hasSize(2);

        byte[] backup = as(admin).get("/backups/witness-backup.zip").then().statusCode(200)
                .contentType("application/zip")
                .header("Content-Disposition",
                        matchesPattern("attachment; filename=\"witness-backup-\\d{4}-\\d\\d-\\d\\d-\\d{6}\\.zip\""))
                .extract().asByteArray();
        assertThat(backup.length).isGreaterThan(11 * 1024 * 1024);
        JsonNode manifest = Manifest.JSON.readTree(BackupZips.text(backup, "manifest.json"));
        assertThat(manifest.get("schemaVersion").asText()).isEqualTo(Schema.version(dataSource.getConnection()));
        assertThat(manifest.get("formatVersion").asInt()).isEqualTo(1);
        assertThat(manifest.get("createdAt").asText()).isNotBlank();
        for (JsonNode table : manifest.get("tables")) {
            assertThat(table.get("rows").asLong()).as(table.get("name").asText())
                    .isEqualTo(before.get(table.get("name").asText()).size());
        }
        assertThat(BackupZips.entries(backup).keySet()).first().isEqualTo("manifest.json");

        NewInstallation.make();
        admin = login("admin", NewInstallation.ADMIN_PASSWORD);
        String page = as(admin).multiPart("backup", "witness-backup.zip", backup, "application/zip")
                .post("/backups/restore").then().statusCode(200).extract().asString();
        assertThat(Jsoup.parse(page).select("#restored").text()).contains("users", "rows");

        Map<String, List<List<Object>>> after = TableRows.of(dataSource);
        assertThat(after.keySet()).containsExactlyElementsOf(before.keySet());
        for (String table : before.keySet()) {
            assertThat(after.get(table)).as(table).isEqualTo(before.get(table));
        }
        // The backup's users log in with their own passwords.
        assertThat(login("rita", RITA_PASSWORD)).isNotNull();
        assertThat(login("admin", NewInstallation.ADMIN_PASSWORD)).isNotNull();
        assertThat(login("rita", "not her password")).isNull();

        // The installation goes on: new rows take ids past the restored ones (this instance held ids from before).
        user("after-the-restore", "another password", Role.VIEWER);
        FilmCopies.ofSerge("after-restore");
    }

    static RequestSpecification as(String cookie) {
        return given().cookie(LoginResource.CREDENTIAL_COOKIE, cookie).redirects().follow(false);
    }

    /** The session cookie of a login through the form, or null when it is refused. */
    static String login(String username, String password) {
        return given(As.anonymous()).contentType(FORM).formParam("j_username", username).formParam("j_password", password)
                .redirects().follow(false).post("/j_security_check").then().statusCode(302)
                .extract().cookie(LoginResource.CREDENTIAL_COOKIE);
    }

    static void user(String username, String password, Role role) {
        QuarkusTransaction.requiringNew().run(() -> {
            WitnessUser user = new WitnessUser();
            user.username = username;
            user.passwordHash = BcryptUtil.bcryptHash(password);
            user.role = role;
            user.persist();
        });
    }

    /** A JPEG as the upload checks it (its first bytes) with random content. */
    static byte[] jpeg(int size, long seed) {
        byte[] bytes = new byte[size];
        new Random(seed).nextBytes(bytes);
        byte[] header = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F', 0 };
        System.arraycopy(header, 0, bytes, 0, header.length);
        return bytes;
    }
}
