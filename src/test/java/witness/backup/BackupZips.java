package witness.backup;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.CRC32;
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

    /**
     * The same backup with one file stored uncompressed and one character of it changed after its checksum was
     * written, as a bad disk or transfer would change it: the text still reads as JSON.
     */
    static byte[] damaged(byte[] zip, String entry, String find, String replace) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> e : entries(zip).entrySet()) {
                ZipEntry zipEntry = new ZipEntry(e.getKey());
                if (e.getKey().equals(entry)) {
                    CRC32 crc = new CRC32();
                    crc.update(e.getValue());
                    zipEntry.setMethod(ZipEntry.STORED);
                    zipEntry.setSize(e.getValue().length);
                    zipEntry.setCrc(crc.getValue());
                }
                out.putNextEntry(zipEntry);
                out.write(e.getValue());
                out.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // Byte for byte: each byte a character of ISO 8859-1.
        String latin = new String(bytes.toByteArray(), StandardCharsets.ISO_8859_1);
        String from = new String(find.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
        String to = new String(replace.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
        int at = latin.indexOf(from);
        if (at < 0 || from.length() != to.length()) {
            throw new IllegalArgumentException(find);
        }
        return (latin.substring(0, at) + to + latin.substring(at + from.length()))
                .getBytes(StandardCharsets.ISO_8859_1);
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
        return with(zip, entry, text.getBytes(StandardCharsets.UTF_8));
    }

    /** The same backup with one more file, last (or one of its files changed, in its place). */
    static byte[] with(byte[] zip, String entry, byte[] content) {
        Map<String, byte[]> entries = entries(zip);
        entries.put(entry, content);
        return zip(entries);
    }

    static byte[] without(byte[] zip, String entry) {
        Map<String, byte[]> entries = entries(zip);
        if (entries.remove(entry) == null) {
            throw new IllegalArgumentException(entry);
        }
        return zip(entries);
    }
}
