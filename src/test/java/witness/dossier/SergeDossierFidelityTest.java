package witness.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What the Serge dossier says agrees with the talk it comes from (../shared/seed/victor-serge-talk.txt): dates
 * worked out from it, people named as it names them, and no words put in Serge's mouth that it does not give him.
 */
class SergeDossierFidelityTest {
    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @Test
    void theMoveToFranceAtNineteenIs1910AndLeninDiedAtGorki() throws IOException {
        JsonNode chronology = YAML.readTree(Path.of("research/chronology.yaml").toFile());
        // born 30 December 1890: "at the age of 19" is 1910
        assertThat(event(chronology, "move-to-france").get("date").asText()).isEqualTo("1910");
        assertThat(event(chronology, "lenin-dies").get("place").asText()).contains("Gorki");
    }

    @Test
    void lauretteIsHisThirdWifeAsTheTalkSays() throws IOException {
        assertThat(Files.readString(Path.of("research/sequences/03-mexico.yaml"))).contains("his third wife Laurette")
                .doesNotContain("his companion Laurette");
    }

    @Test
    void noNarrationCallsWordsSergesThatTheTalkDoesNotAttributeToHim() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("research/sequences"))) {
            for (Path file : files.toList()) {
                assertThat(Files.readString(file)).as(file.toString())
                        .doesNotContain("in his own words").doesNotContain("as he put it");
            }
        }
    }

    @Test
    void theResearchLogDoesNotSayTheTalkDrawsOnTestimoniesItOnlyAnnounces() throws IOException {
        assertThat(Files.readString(Path.of("research/research-log.yaml"))).doesNotContain("draws largely on");
    }

    private static JsonNode event(JsonNode chronology, String key) {
        for (JsonNode event : chronology) {
            if (event.get("key").asText().equals(key)) {
                return event;
            }
        }
        throw new AssertionError("no chronology event " + key);
    }
}
