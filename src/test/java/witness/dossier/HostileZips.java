package witness.dossier;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Dossier zips made to exhaust the importer, built here rather than kept as files. */
final class HostileZips {
    private HostileZips() {
    }

    /** A zip of the files, deflated as much as can be, in the map's order. */
    static byte[] zip(Map<String, byte[]> files) {
        return zip(files, 9);
    }

    static byte[] zip(Map<String, byte[]> files, int level) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.setLevel(level);
            for (var file : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(file.getKey()));
                zip.write(file.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /**
     * The film with, beside it, an entry outside research/ and schedules/ whose deflated data is broken: only a
     * reader that inflates it notices.
     */
    static byte[] withBrokenEntryOutside(String filmYaml) {
        String outside = "footage/zeros.bin";
        byte[] zip = zip(Map.of(DossierParser.FILM, filmYaml.getBytes(UTF_8), outside, new byte[1024 * 1024]));
        int header = indexOf(zip, outside.getBytes(UTF_8)) - 30;
        int data = header + 30 + (zip[header + 26] & 0xff) + ((zip[header + 28] & 0xff) | (zip[header + 29] & 0xff) << 8);
        Arrays.fill(zip, data, data + 16, (byte) 0xff);
        return zip;
    }

    /** The film, and people.yaml twice under the very same name. */
    static byte[] withTheSameEntryTwice(String filmYaml) {
        byte[] zip = zip(new java.util.LinkedHashMap<>(Map.of(DossierParser.FILM, filmYaml.getBytes(UTF_8),
                "research/people.yaml", "- name: Vlady\n".getBytes(UTF_8),
                "research/people.yamX", "- name: Laurette\n".getBytes(UTF_8))));
        byte[] twin = "research/people.yamX".getBytes(UTF_8);
        for (int at = indexOf(zip, twin); at >= 0; at = indexOf(zip, twin)) {
            zip[at + twin.length - 1] = 'l';
        }
        return zip;
    }

    /** {@code lines} lines of people.yaml, each different, so they deflate no better than text does. */
    static byte[] people(int lines) {
        StringBuilder yaml = new StringBuilder();
        for (int i = 0; i < lines; i++) {
            yaml.append("- name: ").append(Integer.toHexString((int) (i * 2654435761L))).append(' ').append(i)
                    .append('\n');
        }
        return yaml.toString().getBytes(UTF_8);
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
