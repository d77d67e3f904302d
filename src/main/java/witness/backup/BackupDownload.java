package witness.backup;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.time.Instant;
import witness.web.Attachment;

/** A backup streamed to the client as it is written: a large film never sits whole in memory. */
final class BackupDownload {
    static final String ZIP = "application/zip";

    private BackupDownload() {
    }

    static Response of(Backups backups) {
        Instant at = Instant.now();
        StreamingOutput body = out -> backups.write(out, at);
        return Attachment.of(body, ZIP, Backups.fileName(at))
                .header("Cache-Control", "no-store")
                .build();
    }
}
