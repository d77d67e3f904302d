package witness.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import witness.core.Film;
import witness.sample.SyntheticFilm;
import witness.testing.Dossiers;

/**
 * The large synthetic film's dossier, file by file, is the bytes it was before the inputs were bound once (issue
 * 24): a change to how items are read and written that changes a file's bytes fails here, naming the file. The
 * digests were taken from main at 1cad814, before that change; interviews.yaml's and testimonies.yaml's again when
 * the dossier began to carry the interviews' clips and the bites' cuts (issue 29). The film is the one the statement
 * counts use (the same slug: whichever test comes first makes it).
 */
@Tag("slow")
@QuarkusTest
class LargeDossierBytesTest {
    static final String LARGE = "statement-counts-large";
    /** path, a space, the SHA-256 of its text: one line per file. */
    static final String BEFORE = "/large-dossier-digests.txt";

    @Inject
    SyntheticFilm synthetic;

    @Test
    void theLargeSyntheticFilmsDossierIsTheSameBytesFileByFile() {
        if (QuarkusTransaction.requiringNew().call(() -> Film.bySlug(LARGE).isEmpty())) {
            synthetic.generate(LARGE, SyntheticFilm.Size.LARGE);
        }
        Map<String, String> digests = new TreeMap<>();
        Dossiers.download(LARGE).forEach((path, text) -> digests.put(path, sha256(text)));

        assertThat(digests).isEqualTo(before());
    }

    private static Map<String, String> before() {
        try (InputStream in = LargeDossierBytesTest.class.getResourceAsStream(BEFORE)) {
            Map<String, String> digests = new TreeMap<>();
            new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .forEach(line -> digests.put(line.substring(0, line.indexOf(' ')), line.substring(line.indexOf(' ') + 1)));
            return digests;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
