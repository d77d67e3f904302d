package witness.script;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import witness.film.Scene;
import witness.film.Sequence;
import witness.script.ShootingScript.Part;
import witness.script.ShootingScript.Row;
import witness.script.ShootingScript.ScriptScene;

/** How a long script is cut into parts laid out one at a time. */
class ScriptPdfChunksTest {

    @Test
    void aShortScriptIsOneChunk() {
        List<Part> parts = List.of(sequence("orenburg", 8, 10), sequence("mexico", 6, 10));
        List<ScriptPdf.Chunk> chunks = ScriptPdf.chunks(parts);
        assertThat(chunks).hasSize(1);
        assertThat(chunks.get(0).parts()).extracting(p -> p.sequence().key).containsExactly("orenburg", "mexico");
        assertThat(chunks.get(0).continued()).isFalse();
    }

    @Test
    void aLongScriptIsCutBetweenScenesAndEveryScenesIsKeptInOrder() {
        List<Part> parts = new ArrayList<>();
        for (int i = 1; i <= 40; i++) {
            parts.add(sequence("sequence-" + i, 13, 10));
        }
        List<ScriptPdf.Chunk> chunks = ScriptPdf.chunks(parts);

        assertThat(chunks).hasSizeGreaterThan(15);
        assertThat(chunks.get(0).scenes()).isEqualTo(30);
        assertThat(chunks).allSatisfy(c -> assertThat(rows(c)).isLessThanOrEqualTo(ScriptPdf.ROWS_PER_CHUNK));
        List<String> scenes = chunks.stream().flatMap(c -> c.parts().stream()).flatMap(p -> p.scenes().stream())
                .map(s -> s.scene().key).toList();
        List<String> expected = parts.stream().flatMap(p -> p.scenes().stream()).map(s -> s.scene().key).toList();
        assertThat(scenes).isEqualTo(expected);
        // a chunk that begins in the middle of a sequence says so; one that begins with a sequence does not
        for (int i = 1; i < chunks.size(); i++) {
            ScriptPdf.Chunk before = chunks.get(i - 1);
            ScriptPdf.Chunk chunk = chunks.get(i);
            boolean sameSequence = before.parts().get(before.parts().size() - 1).sequence() == chunk.parts().get(0).sequence();
            assertThat(chunk.continued()).isEqualTo(sameSequence);
        }
        assertThat(chunks.stream().filter(ScriptPdf.Chunk::continued)).isNotEmpty();
    }

    @Test
    void aSceneLongerThanAChunkStaysWhole() {
        List<ScriptPdf.Chunk> chunks = ScriptPdf.chunks(List.of(sequence("long", 3, ScriptPdf.ROWS_PER_CHUNK + 50)));
        assertThat(chunks).hasSize(3);
        assertThat(chunks).allSatisfy(c -> assertThat(c.scenes()).isEqualTo(1));
    }

    private static int rows(ScriptPdf.Chunk chunk) {
        return chunk.parts().stream().flatMap(p -> p.scenes().stream()).mapToInt(s -> s.rows().size()).sum();
    }

    private static Part sequence(String key, int scenes, int rows) {
        Sequence sequence = new Sequence();
        sequence.key = key;
        List<ScriptScene> made = new ArrayList<>();
        for (int i = 1; i <= scenes; i++) {
            Scene scene = new Scene();
            scene.key = key + "-" + i;
            scene.sequence = sequence;
            made.add(new ScriptScene(scene, List.of(), Collections.nCopies(rows, new Row(null, List.of(), List.of())),
                    List.of(), 0, 0));
        }
        return new Part(sequence, made);
    }
}
