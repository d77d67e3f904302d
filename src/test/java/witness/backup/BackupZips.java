package witness.backup;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/** A backup zip opened up, to read a file of it or make a spoilt copy. */
final class BackupZips {
    private BackupZips() {
    }

    static Map<String, byte[]> entries(byte[] zip) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return entries;
    }

    static byte[] zip(Map<String, byte[]> entries) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                out.putNextEntry(new ZipEntry(entry.getKey()));
                out.write(entry.getValue());
                out.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static String text(byte[] zip, String entry) {
        return new String(entries(zip).get(entry), StandardCharsets.UTF_8);
    }

    /** The same backup with one file's text changed (or removed, when the change gives null). */
    static byte[] withText(byte[] zip, String entry, UnaryOperator<String> change) {
        Map<String, byte[]> entries = entries(zip);
        String changed = change.apply(new String(entries.get(entry), StandardCharsets.UTF_8));
        if (changed == null) {
            entries.remove(entry);
        } else {
            entries.put(entry, changed.getBytes(StandardCharsets.UTF_8));
        }
        return zip(entries);
    }

    static byte[] with(byte[] zip, String entry, String text) {
        Map<String, byte[]> entries = entries(zip);
        entries.put(entry, text.getBytes(StandardCharsets.UTF_8));
        return zip(entries);
    }
}
