package witness.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import witness.web.KeptFiles;

/**
 * A backup's kept files are opened before its manifest is written: one deleted afterwards is still written whole,
 * as the manifest counted it; one already gone, or named as its feature never names one, is left out and listed as
 * missing.
 */
class BackupOpenedFilesTest {
    @TempDir
    Path folder;

    @Test
    void aFileDeletedOnceOpenedIsStillWrittenAndOneAlreadyGoneIsListedAsMissing() throws Exception {
        String kept = UUID.randomUUID() + ".mp3";
        String deleted = UUID.randomUUID() + ".webm";
        String lost = UUID.randomUUID() + ".m4a";
        byte[] first = ProxiedClips.bytes(200_000, 1);
        byte[] second = ProxiedClips.bytes(100_000, 2);
        Files.write(folder.resolve(kept), first);
        Files.write(folder.resolve(deleted), second);
        Files.createDirectories(folder.resolve("sub"));
        Files.write(folder.resolve("sub/x.mp3"), first);

        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (OpenedFiles opened = OpenedFiles.of(folder(List.of(deleted, kept, lost, "sub/x.mp3")), null)) {
            Files.delete(folder.resolve(deleted));
            assertThat(opened.counted()).isEqualTo(new Manifest.KeptFolder("proxies", 2,
                    first.length + second.length, List.of(lost, "sub/x.mp3")));
            try (ZipOutputStream out = new ZipOutputStream(zip)) {
                opened.write(out);
            }
        }

        Map<String, byte[]> entries = BackupZips.entries(zip.toByteArray());
        assertThat(entries.keySet()).containsExactly("proxies/" + deleted, "proxies/" + kept);
        assertThat(entries.get("proxies/" + kept)).isEqualTo(first);
        assertThat(entries.get("proxies/" + deleted)).isEqualTo(second);
    }

    /** The folder as a feature keeping files of ProxyStore's names, whose rows name these. */
    private KeptFiles folder(List<String> named) {
        return new KeptFiles() {
            @Override
            public String name() {
                return "proxies";
            }

            @Override
            public Path folder() {
                return folder;
            }

            @Override
            public List<String> named(Connection connection) {
                return named;
            }

            @Override
            public boolean validName(String name) {
                return name.matches("[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}\\.(mp4|m4a|webm|mp3)");
            }
        };
    }
}
