package witness.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/** A value kept as gzipped JSON (a script draft's or a schedule version's snapshot), read back within a bound. */
public final class ZippedJson {
    private ZippedJson() {
    }

    public static byte[] write(ObjectMapper json, Object value) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            json.writeValue(out, value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** The value, refused (IllegalStateException naming it) when its JSON is longer than {@code atMost} bytes. */
    public static <T> T read(ObjectMapper json, byte[] zipped, Class<T> type, int atMost, String what) {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(zipped))) {
            byte[] text = in.readNBytes(atMost + 1);
            if (text.length > atMost) {
                throw new IllegalStateException(what + " holds more than " + atMost + " bytes");
            }
            return json.readValue(text, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
