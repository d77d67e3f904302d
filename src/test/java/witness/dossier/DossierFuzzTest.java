package witness.dossier;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static witness.testing.Fuzzing.choice;
import static witness.testing.Fuzzing.readsOrRefuses;
import static witness.testing.Fuzzing.rest;
import static witness.testing.Fuzzing.validator;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Any dossier is parsed or refused with the file, line and field of every error, never anything else:
 * as a zip of any bytes, and file by file, any text in the place of one of its files beside the Serge
 * film's film.yaml. For the second, the first byte of an input chooses the file ('0' film.yaml … '9' a
 * schedule, see {@link #FILES}); the rest is its content.
 * Inputs: src/test/resources/witness/dossier/DossierFuzzTestInputs/{method}.
 */
class DossierFuzzTest {
    static final List<String> FILES = List.of(DossierParser.FILM, DossierParser.PEOPLE, DossierParser.CHRONOLOGY,
            DossierParser.SOURCES, DossierParser.TESTIMONIES, DossierParser.INTERVIEWS, DossierParser.LOCATIONS,
            DossierParser.LOG, DossierParser.SEQUENCES + "01-prologue.yaml", DossierFiles.SCHEDULES + "mexico-shoot.yaml");
    private static final String FILM_YAML = read(Path.of(DossierParser.FILM));

    @FuzzTest(maxDuration = "2m")
    void anyZipIsParsedOrRefused(byte[] zip) {
        readsOrRefuses(DossierRefused.class, DossierFuzzTest::messages, () -> {
            DossierFiles files = DossierFiles.fromZip(new ByteArrayInputStream(zip));
            DossierParser.parse(files, validator());
        });
    }

    @FuzzTest(maxDuration = "2m")
    void anyFileIsParsedOrRefusedByLine(byte[] input) {
        String path = FILES.get(choice(input, FILES.size()));
        String text = new String(rest(input), UTF_8);
        Map<String, String> files = new LinkedHashMap<>();
        files.put(DossierParser.FILM, FILM_YAML);
        files.put(path, text);
        readsOrRefuses(DossierRefused.class, e -> {
            assertThat(e.errors).allSatisfy(error -> {
                assertThat(error.file()).as(error.toString()).isIn(files.keySet());
                assertThat(error.line()).as(error.toString()).isBetween(0, (int) text.lines().count() + 1);
            });
            return messages(e);
        }, () -> DossierParser.parse(new DossierFiles(files), validator()));
    }

    @Test
    void anEntryOutsideTheDossierIsNotInflated() {
        DossierFiles files = DossierFiles.fromZip(new ByteArrayInputStream(HostileZips.withBrokenEntryOutside(FILM_YAML)));

        assertThat(files.all()).containsOnlyKeys(DossierParser.FILM);
    }

    @Test
    void theSameEntryTwiceIsRefused() {
        refusedWith(HostileZips.withTheSameEntryTwice(FILM_YAML), "research/people.yaml",
                "the zip holds this file twice");
    }

    @Test
    void aZipThatInflatesAHundredfoldIsRefused() {
        byte[] zip = HostileZips.zip(Map.of(DossierParser.FILM, FILM_YAML.getBytes(UTF_8),
                DossierParser.PEOPLE, "- x\n".repeat(5_000_000).getBytes(UTF_8)));

        refusedWith(zip, DossierParser.PEOPLE, "the zip inflates to more than 100 times its own size");
    }

    @Test
    void aZipThatInflatesBeyondFiftyMegabytesIsRefused() {
        byte[] zip = HostileZips.zip(Map.of(DossierParser.FILM, FILM_YAML.getBytes(UTF_8),
                DossierParser.PEOPLE, HostileZips.people(3_000_000)), 1);

        refusedWith(zip, DossierParser.PEOPLE, "larger than 50 MB");
    }

    private static void refusedWith(byte[] zip, String file, String reason) {
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            assertThatThrownBy(() -> DossierFiles.fromZip(new ByteArrayInputStream(zip)))
                    .isInstanceOfSatisfying(DossierRefused.class, e -> assertThat(e.errors).singleElement()
                            .satisfies(error -> {
                                assertThat(error.file()).isEqualTo(file);
                                assertThat(error.message()).contains(reason);
                            }));
        });
    }

    private static List<String> messages(DossierRefused refused) {
        return refused.errors.stream().map(DossierError::message).toList();
    }

    private static String read(Path path) {
        try {
            return Files.readString(path, UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
