package witness.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/** The hand-made broken files of src/test/resources/broken/{format}/, as a user would upload them. */
public final class BrokenFiles {
    private BrokenFiles() {
    }

    public static byte[] bytes(String format, String name) {
        try (InputStream in = BrokenFiles.class.getResourceAsStream("/broken/" + format + "/" + name)) {
            return Objects.requireNonNull(in, "no broken file " + format + "/" + name).readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The names of every file of the format's folder, so that a test can tell none is left untried. */
    public static List<String> names(String format) {
        try (Stream<Path> files = Files.list(Path.of(BrokenFiles.class.getResource("/broken/" + format).toURI()))) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
