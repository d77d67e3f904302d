package witness.backup;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import witness.web.KeptFiles;

/**
 * The files of one kept folder that a backup's rows name, every one opened before the manifest is written, so that
 * the manifest counts exactly what the zip then holds: an open file stays readable when it is deleted meanwhile (its
 * row deleted after the snapshot was taken), so the backup holds one open file per kept file while it is written.
 * A file that is already gone when it is opened (deleted between the snapshot and this moment, or lost) is left out
 * and listed by the manifest as missing: the backup completes, its rows restore, and the operator is told. A name
 * that the feature would never give its files (a damaged row) is never opened, and missing too.
 */
final class OpenedFiles implements Closeable {
    private static final int BUFFER = 64 * 1024;

    private record Opened(FileChannel channel, long size) {
    }

    private final KeptFiles kept;
    private final Map<String, Opened> files = new LinkedHashMap<>();
    private final List<String> missing = new ArrayList<>();

    private OpenedFiles(KeptFiles kept) {
        this.kept = kept;
    }

    /** Opens the files the connection's rows name. */
    static OpenedFiles of(KeptFiles kept, Connection connection) throws SQLException, IOException {
        OpenedFiles opened = new OpenedFiles(kept);
        try {
            for (String name : kept.named(connection)) {
                opened.open(name);
            }
        } catch (IOException | SQLException | RuntimeException e) {
            opened.close();
            throw e;
        }
        return opened;
    }

    private void open(String name) throws IOException {
        Path file = kept.validName(name) ? kept.folder().resolve(name) : null;
        if (file == null || !Files.isRegularFile(file)) {
            missing.add(name);
            return;
        }
        try {
            FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
            files.put(name, new Opened(channel, channel.size()));
        } catch (NoSuchFileException e) {
            missing.add(name);
        }
    }

    /** What the manifest says of the folder. */
    Manifest.KeptFolder counted() {
        long bytes = files.values().stream().mapToLong(Opened::size).sum();
        return new Manifest.KeptFolder(kept.name(), files.size(), bytes, List.copyOf(missing));
    }

    /** Writes each file as an entry, streamed: its size as it was opened, which the manifest counted. */
    void write(ZipOutputStream zip) throws IOException {
        for (Map.Entry<String, Opened> file : files.entrySet()) {
            String entry = BackupFormat.file(kept.name(), file.getKey());
            zip.putNextEntry(new ZipEntry(entry));
            copy(file.getValue(), zip, entry);
            zip.closeEntry();
        }
    }

    private static void copy(Opened file, OutputStream out, String entry) throws IOException {
        InputStream in = Channels.newInputStream(file.channel().position(0));
        byte[] buffer = new byte[BUFFER];
        for (long left = file.size(); left > 0; ) {
            int read = in.read(buffer, 0, (int) Math.min(buffer.length, left));
            if (read < 0) {
                throw new IOException(entry + " was cut short while it was backed up");
            }
            out.write(buffer, 0, read);
            left -= read;
        }
    }

    @Override
    public void close() throws IOException {
        IOException failed = null;
        for (Opened file : files.values()) {
            try {
                file.channel().close();
            } catch (IOException e) {
                failed = e;
            }
        }
        if (failed != null) {
            throw failed;
        }
    }
}
