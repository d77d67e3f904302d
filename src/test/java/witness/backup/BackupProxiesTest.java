package witness.backup;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import witness.testing.FilmCopies;
import witness.testing.NoErrorLogged;
import witness.testing.OwnInstallation;

/**
 * A backup carries the clips' proxies, the files of the proxies folder that its rows name, and a restore puts them
 * back byte for byte. A file the rows name and the disk lacks is left out and listed. A backup whose files do not fit
 * its rows or its manifest is refused whole with a 422: no row restored, no file left in the folder.
 */
@Tag("slow")
@Tag("own-installation")
@QuarkusTest
@ExtendWith(NoErrorLogged.class)
@TestProfile(OwnInstallation.class)
@TestSecurity(user = "admin", roles = "producer")
class BackupProxiesTest {
    static final int SIZE = 300 * 1024;

    @Inject
    DataSource dataSource;

    @Test
    void aProxyComesBackByteForByteWithItsRows() throws Exception {
        NewInstallation.make();
        String slug = FilmCopies.ofSerge("proxies");
        byte[] content = ProxiedClips.bytes(SIZE, 3);
        String stored = ProxiedClips.add(slug, "A001", content);
        Map<String, List<List<Object>>> before = TableRows.of(dataSource);
        assertThat(before.get("clip_proxy")).hasSize(1);

        byte[] backup = BackupRefusalTest.download();
        assertThat(List.copyOf(BackupZips.entries(backup).keySet())).last().isEqualTo("proxies/" + stored);
        assertThat(BackupZips.entries(backup).get("proxies/" + stored)).isEqualTo(content);
        JsonNode folder = folder(backup);
        assertThat(folder.get("name").asText()).isEqualTo("proxies");
        assertThat(folder.get("files").asLong()).isEqualTo(1);
        assertThat(folder.get("bytes").asLong()).isEqualTo(SIZE);
        assertThat(folder.get("missing")).isEmpty();

        NewInstallation.make();
        Files.delete(ProxiedClips.file(stored));
        BackupRefusalTest.restore(backup).statusCode(200).body("files", equalTo(1)).body("missingFiles", empty());

        assertThat(Files.readAllBytes(ProxiedClips.file(stored))).isEqualTo(content);
        assertThat(TableRows.of(dataSource)).isEqualTo(before);
        assertThat(listing()).noneMatch(name -> name.startsWith(".restoring-"));
        if (ProxiedClips.folder().getFileSystem().supportedFileAttributeViews().contains("posix")) {
            assertThat(Files.getPosixFilePermissions(ProxiedClips.file(stored)))
                    .isEqualTo(PosixFilePermissions.fromString("rw-------"));
        }
    }

    @Test
    void aProxyMissingOnDiskIsLeftOutAndListedAndItsRowStillRestores() throws Exception {
        NewInstallation.make();
        String slug = FilmCopies.ofSerge("lost-proxy");
        byte[] content = ProxiedClips.bytes(1000, 1);
        String kept = ProxiedClips.add(slug, "A001", content);
        String lost = ProxiedClips.add(slug, "A002", null);

        byte[] backup = BackupRefusalTest.download();
        assertThat(BackupZips.entries(backup)).containsKey("proxies/" + kept).doesNotContainKey("proxies/" + lost);
        JsonNode folder = folder(backup);
        assertThat(folder.get("files").asLong()).isEqualTo(1);
        assertThat(folder.get("bytes").asLong()).isEqualTo(1000);
        assertThat(folder.get("missing").get(0).asText()).isEqualTo(lost);

        NewInstallation.make();
        String page = given().multiPart("backup", "witness-backup.zip", backup, "application/zip")
                .post("/backups/restore").then().statusCode(200).extract().asString();
        assertThat(Jsoup.parse(page).select("#restored").text()).contains("1 file.");
        assertThat(Jsoup.parse(page).select("#missing-files").text()).contains("proxies/" + lost);
        assertThat(TableRows.of(dataSource).get("clip_proxy")).hasSize(2);
        assertThat(Files.readAllBytes(ProxiedClips.file(kept))).isEqualTo(content);
    }

    @Test
    void aBackupFromBeforeBackupsHeldFilesRestoresItsRowsAndSaysWhichFilesItLacks() throws Exception {
        NewInstallation.make();
        String slug = FilmCopies.ofSerge("old-backup");
        String stored = ProxiedClips.add(slug, "A001", ProxiedClips.bytes(1000, 2));
        byte[] backup = BackupZips.withText(BackupZips.without(BackupRefusalTest.download(), "proxies/" + stored),
                "manifest.json", manifest -> {
                    ObjectNode json = (ObjectNode) read(manifest);
                    json.remove("folders");
                    return json.toPrettyString();
                });

        NewInstallation.make();
        Files.delete(ProxiedClips.file(stored));
        BackupRefusalTest.restore(backup).statusCode(200).body("files", equalTo(0))
                .body("missingFiles", equalTo(List.of("proxies/" + stored)));
        assertThat(TableRows.of(dataSource).get("clip_proxy")).hasSize(1);
    }

    @Test
    void aBackupWhoseFilesDoNotFitItsRowsOrItsManifestIsRefusedAndNothingIsRestored() throws Exception {
        NewInstallation.make();
        String slug = FilmCopies.ofSerge("spoilt-proxies");
        byte[] content = ProxiedClips.bytes(SIZE, 5);
        String stored = ProxiedClips.add(slug, "A001", content);
        byte[] backup = BackupRefusalTest.download();
        NewInstallation.make();
        Files.delete(ProxiedClips.file(stored));
        Map<String, List<List<Object>>> empty = TableRows.of(dataSource);
        Set<String> files = listing();
        String other = UUID.randomUUID() + ".mp4";

        refused(BackupZips.with(backup, "proxies/../evil.mp3", content), "proxies/../evil.mp3 is not named as Witness"
                + " names the files of proxies/.");
        refused(BackupZips.with(backup, "proxies/x.exe", content), "proxies/x.exe is not named as Witness names");
        refused(BackupZips.with(backup, "proxies/" + other, content), "proxies/ holds 2 files where manifest.json"
                + " counts 1.");
        // Counted by the manifest: only the restored rows tell that it is not theirs.
        refused(withFolder(BackupZips.with(backup, "proxies/" + other, content),
                folder -> folder.put("files", 2).put("bytes", 2 * SIZE)),
                "proxies/" + other + " is named by no restored row");
        refused(withFolder(backup, folder -> folder.put("files", 2)), "proxies/ holds 1 files where manifest.json"
                + " counts 2.");
        // Extracted in part or whole, then refused: the extracted file is deleted.
        refused(withFolder(backup, folder -> folder.put("bytes", SIZE - 1)), "The files of proxies/ hold more than"
                + " the " + (SIZE - 1) + " bytes manifest.json counts.");
        refused(withFolder(backup, folder -> folder.put("bytes", SIZE + 1)), "The files of proxies/ hold " + SIZE
                + " bytes where manifest.json counts " + (SIZE + 1) + ".");
        refused(withFolder(BackupZips.without(backup, "proxies/" + stored), folder -> folder.put("files", 0)
                .put("bytes", 0)), "The backup lacks proxies/" + stored + ", which restored rows name and"
                + " manifest.json does not list as missing.");
        refused(withFolder(backup, folder -> folder.put("name", "videos")), "folder videos/, which this Witness does"
                + " not keep");
        int zeros = backup.length * 150;
        refused(withFolder(BackupZips.with(backup, "proxies/" + stored, new byte[zeros]),
                folder -> folder.put("bytes", zeros)), "inflates to more than 100 times its own size");
        String page = given().multiPart("backup", "witness-backup.zip", BackupZips.with(backup, "proxies/x.exe",
                content), "application/zip").post("/backups/restore").then().statusCode(422).extract().asString();
        assertThat(Jsoup.parse(page).select("#backup-file-error").text()).contains("proxies/x.exe");

        assertThat(TableRows.of(dataSource)).isEqualTo(empty);
        assertThat(listing()).isEqualTo(files).doesNotContain(stored, other);
        assertThat(ProxiedClips.folder().resolveSibling("evil.mp3")).doesNotExist();

        BackupRefusalTest.restore(backup).statusCode(200);
        assertThat(Files.readAllBytes(ProxiedClips.file(stored))).isEqualTo(content);
    }

    private static void refused(byte[] zip, String message) {
        BackupRefusalTest.restore(zip).statusCode(422).body("message", containsString(message));
    }

    private static JsonNode folder(byte[] backup) {
        return read(BackupZips.text(backup, "manifest.json")).get("folders").get(0);
    }

    /** The backup with its manifest's proxies folder changed. */
    private static byte[] withFolder(byte[] backup, Consumer<ObjectNode> change) {
        return BackupZips.withText(backup, "manifest.json", manifest -> {
            JsonNode json = read(manifest);
            change.accept((ObjectNode) json.get("folders").get(0));
            return json.toPrettyString();
        });
    }

    private static JsonNode read(String json) {
        try {
            return Manifest.JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The names in the proxies folder. */
    private static Set<String> listing() throws IOException {
        try (Stream<java.nio.file.Path> files = Files.list(ProxiedClips.folder())) {
            return files.map(file -> file.getFileName().toString()).collect(TreeSet::new, Set::add, Set::addAll);
        }
    }
}
