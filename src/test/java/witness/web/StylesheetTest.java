package witness.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The one stylesheet stays well formed as every feature appends to it. */
class StylesheetTest {

    @Test
    void everyBlockThatOpensCloses() throws IOException {
        String css = Files.readString(Path.of("src/main/resources/META-INF/resources/witness.css"))
                .replaceAll("(?s)/\\*.*?\\*/", "");
        int depth = 0;
        int line = 1;
        for (char c : css.toCharArray()) {
            depth += c == '{' ? 1 : c == '}' ? -1 : 0;
            line += c == '\n' ? 1 : 0;
            assertThat(depth).as("braces at line %d", line).isBetween(0, 2);
        }
        assertThat(depth).as("a block left open swallows every rule after it").isZero();
    }

    @Test
    void printRulesDoNotSwallowTheRulesAfterThem() throws IOException {
        String[] lines = Files.readString(Path.of("src/main/resources/META-INF/resources/witness.css")).split("\n");
        int depth = 0;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.startsWith("/*")) {
                assertThat(depth).as("the section comment at line %d starts outside any block", i + 1).isZero();
            }
            depth += line.chars().filter(c -> c == '{').count() - line.chars().filter(c -> c == '}').count();
        }
    }
}
