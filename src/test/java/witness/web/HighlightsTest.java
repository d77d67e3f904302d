package witness.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import witness.web.Highlights.Segment;

class HighlightsTest {

    @Test
    void foldingDropsCaseAndAccentsAndKeepsEveryCharacterInPlace() {
        assertThat(Highlights.fold("Laurette Séjourné")).isEqualTo("laurette sejourne");
        assertThat(Highlights.fold("Łódź, Øresund, Виктор")).isEqualTo("lodz, oresund, виктор");
        assertThat(Highlights.ACCENTED).hasSameSizeAs(Highlights.PLAIN);
        assertThat(Highlights.fold(Highlights.ACCENTED)).isEqualTo(Highlights.PLAIN);
    }

    @Test
    void termsAreTheFoldedWordsOfTheSearchBox() {
        assertThat(Highlights.terms("  Séjourné   MEXICO séjourné ")).containsExactly("sejourne", "mexico");
        assertThat(Highlights.terms("   ")).isEmpty();
        assertThat(Highlights.terms(null)).isEmpty();
    }

    @Test
    void everyOccurrenceOfEveryTermIsMarkedInTheTextAsWritten() {
        List<Segment> segments = Highlights.segments("Séjourné met Serge in Mexico; sejourne again",
                List.of("sejourne", "mexico"));

        assertThat(segments).containsExactly(new Segment("Séjourné", true), new Segment(" met Serge in ", false),
                new Segment("Mexico", true), new Segment("; ", false), new Segment("sejourne", true),
                new Segment(" again", false));
    }

    @Test
    void overlappingTermsMakeOneMark() {
        assertThat(Highlights.segments("Orenburg", List.of("oren", "renburg")))
                .containsExactly(new Segment("Orenburg", true));
    }

    @Test
    void aLongTextIsCutAroundTheFirstMatchAtWordBoundaries() {
        String text = "word ".repeat(100) + "the manuscripts were confiscated at the border " + "word ".repeat(100);

        List<Segment> snippet = Highlights.snippet(text, List.of("confiscated"), 120);

        assertThat(snippet.get(0).text()).isEqualTo("…");
        assertThat(snippet.get(snippet.size() - 1).text()).isEqualTo("…");
        assertThat(snippet).contains(new Segment("confiscated", true));
        String shown = snippet.stream().map(Segment::text).reduce("", String::concat);
        assertThat(shown.length()).isLessThan(140);
        assertThat(shown).startsWith("…word").endsWith("word…");
    }

    @Test
    void aShortTextIsShownWhole() {
        assertThat(Highlights.snippet("Paricutin", List.of("paricutin"), 120))
                .containsExactly(new Segment("Paricutin", true));
    }
}
