package witness.web;

import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Map;
import java.util.function.Function;
import java.util.function.LongFunction;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** Files sent with a page's form: their bytes, and how a form with one file field answers. */
public final class Uploads {
    private Uploads() {
    }

    /**
     * The file field of a form: its name, its message when no file is chosen, and the largest file it takes with the
     * message for a larger one (given its size in bytes).
     */
    public record FileField(String name, String required, long maxBytes, LongFunction<String> tooBig) {
    }

    /** The bytes of an uploaded file; the temporary file it was stored in failing to read is no fault of the user. */
    public static byte[] bytes(FileUpload file) {
        try {
            return Files.readAllBytes(file.uploadedFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A form post with a file: none chosen, the page again with the field's message (422); larger than the field
     * takes, with its message for the size (413); else {@link Html#written} with the file's bytes.
     */
    public static Response written(FileUpload file, FileField field, Function<byte[], Html.Done> write,
            Function<Map<String, String>, TemplateInstance> refused) {
        if (file == null || file.uploadedFile() == null) {
            return Html.render(422, refused.apply(Map.of(field.name(), field.required())));
        }
        if (file.size() > field.maxBytes()) {
            return Html.render(413, refused.apply(Map.of(field.name(), field.tooBig().apply(file.size()))));
        }
        byte[] content = bytes(file);
        return Html.written(() -> write.apply(content), refused);
    }
}
