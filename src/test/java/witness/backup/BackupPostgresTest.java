package witness.backup;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import witness.security.Role;
import witness.testing.FilmCopies;
import witness.testing.PostgresProfile;
import witness.testing.RequiresPostgres;
import witness.web.KeptFiles;

/**
 * The round trip on PostgreSQL, and across databases: a team moving from the embedded H2 to PostgreSQL restores an
 * H2 backup into PostgreSQL (here: the PostgreSQL backup restored into an H2 database, backed up there, and that H2
 * backup restored into PostgreSQL), and gets back every row and the proxies' files.
 */
@QuarkusTest
@RequiresPostgres
@TestProfile(PostgresProfile.class)
@TestSecurity(user = "admin", roles = "producer")
class BackupPostgresTest {
    @Inject
    DataSource dataSource;
    @Inject
    Backups backups;

    @Test
    void aBackupRestoresIntoANewPostgresInstallationAndAnH2BackupToo() throws Exception {
        String slug = FilmCopies.ofSerge("pg-backup");
        given().multiPart("photo", "recce.jpg", BackupRoundTripTest.jpeg(200_000, 7), "image/jpeg")
                .redirects().follow(false).post("/films/{slug}/locations/mexico-city/photos", slug).then()
                .statusCode(303);
        given().multiPart("scan", "release.pdf", BackupRoundTripTest.PDF, "application/pdf")
                .multiPart("releaseSignedOn", "2026-03-02").redirects().follow(false)
                .post("/films/{slug}/interviews/vlady/release", slug).then().statusCode(303);
        BackupRoundTripTest.user("rita", "Rita's password", Role.RESEARCHER);
        byte[] proxy = ProxiedClips.bytes(200_000, 8);
        String stored = ProxiedClips.add(slug, "A001", proxy);
        Map<String, List<List<Object>>> before = TableRows.of(dataSource);
        byte[] backup = BackupRefusalTest.download();
        assertThat(BackupZips.entries(backup).get("proxies/" + stored)).isEqualTo(proxy);

        BackupRefusalTest.restore(backup).statusCode(409);
        NewInstallation.make();
        Files.delete(ProxiedClips.file(stored));
        BackupRefusalTest.restore(backup).statusCode(200);
        assertSame(before, TableRows.of(dataSource));
        assertThat(Files.readAllBytes(ProxiedClips.file(stored))).isEqualTo(proxy);

        byte[] fromH2 = throughH2(backup, backups.kept());
        assertThat(BackupZips.text(fromH2, "manifest.json")).contains("\"database\" : \"H2\"");
        assertThat(BackupZips.entries(fromH2).get("proxies/" + stored)).isEqualTo(proxy);
        NewInstallation.make();
        Files.delete(ProxiedClips.file(stored));
        BackupRefusalTest.restore(fromH2).statusCode(200);
        assertSame(before, TableRows.of(dataSource));
        assertThat(Files.readAllBytes(ProxiedClips.file(stored))).isEqualTo(proxy);

        BackupRoundTripTest.user("after-the-restore", "another password", Role.VIEWER);
        FilmCopies.ofSerge("pg-after-restore");
    }

    private static void assertSame(Map<String, List<List<Object>>> expected, Map<String, List<List<Object>>> actual) {
        assertThat(actual.keySet()).containsExactlyElementsOf(expected.keySet());
        for (String table : expected.keySet()) {
            assertThat(actual.get(table)).as(table).isEqualTo(expected.get(table));
        }
    }

    /** The backup restored into a new H2 database of the same schema, and that database's own backup. */
    private static byte[] throughH2(byte[] backup, List<KeptFiles> kept) throws Exception {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:pg-to-h2-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        // the SQL migrations and the Java one (V24), as quarkus.flyway.locations names them
        Flyway.configure().dataSource(h2).locations("classpath:db/migration", "classpath:witness/schedule").load()
                .migrate();
        Path file = Files.createTempFile("witness-pg-backup", ".zip");
        try (Connection connection = h2.getConnection()) {
            Files.write(file, backup);
            BackupRestorer.restore(connection, file, kept);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Snapshot.read(connection, () -> BackupWriter.write(connection, kept, out, Instant.now()));
            return out.toByteArray();
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
