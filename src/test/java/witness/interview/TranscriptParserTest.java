package witness.interview;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import witness.interview.TranscriptParser.Format;
import witness.interview.TranscriptParser.Line;
import witness.interview.TranscriptParser.Refused;

/** The three transcript formats as files arrive: BOMs, Windows line ends, annotations, several faults at once. */
class TranscriptParserTest {

    @Test
    void timecodedTextWithABomWindowsLineEndsAndBracketedAnnotations() {
        String text = "\uFEFF[00:00:01] VLADY: We left Marseille.\r\n[laughter]\r\n\r\n00:00:07.500 JEANNINE: I was a baby.\r\n";

        var parsed = TranscriptParser.parse(text.getBytes(UTF_8), null);

        assertThat(parsed.format()).isEqualTo(Format.PLAIN);
        assertThat(parsed.lines()).extracting(Line::text).containsExactly("We left Marseille. [laughter]", "I was a baby.");
        assertThat(parsed.lines()).extracting(Line::speaker).containsExactly("VLADY", "JEANNINE");
        assertThat(parsed.lines()).extracting(Line::startMillis).containsExactly(1000L, 7500L);
        assertThat(parsed.lines()).extracting(Line::sourceLine).containsExactly(1, 4);
    }

    @Test
    void aSentenceWithAColonIsNotTakenForASpeaker() {
        var parsed = TranscriptParser.parse("00:00:01 He said: no.\n", Format.PLAIN);
        assertThat(parsed.lines().get(0).speaker()).isNull();
        assertThat(parsed.lines().get(0).text()).isEqualTo("He said: no.");
    }

    @Test
    void theFormatIsDetectedFromTheContent() {
        assertThat(TranscriptParser.parse("WEBVTT\n\n00:01.000 --> 00:02.000\nhi\n", null).format()).isEqualTo(Format.VTT);
        assertThat(TranscriptParser.parse("\n1\n00:00:01,000 --> 00:00:02,000\nhi\n", null).format()).isEqualTo(Format.SRT);
        assertThat(TranscriptParser.parse("[00:00:01] hi\n", null).format()).isEqualTo(Format.PLAIN);
    }

    @Test
    void everyFaultOfAFileIsReportedByLine() {
        String srt = "1\n00:00:01,000 --> 00:00:0x,000\na\n\nx\n00:00:05,000 --> 00:00:06,000\nb\n\n3\n00:00:09,000 --> 00:00:10,000\n";

        assertThatThrownBy(() -> TranscriptParser.parse(srt, Format.SRT)).isInstanceOfSatisfying(Refused.class, e -> {
            assertThat(e.errors).extracting(TranscriptParser.Error::line).containsExactly(2, 5, 10);
            assertThat(e.errors.get(1).message()).contains("number of a cue");
            assertThat(e.errors.get(2).message()).contains("without text");
            assertThat(e.getMessage()).contains("3 errors");
        });
    }

    @Test
    void aTimecodeWithoutTextAndAVttHeaderOfAnotherWordAreRefused() {
        assertThatThrownBy(() -> TranscriptParser.parse("[00:00:01] hi\n[00:00:02]\n", Format.PLAIN))
                .isInstanceOfSatisfying(Refused.class, e -> assertThat(e.errors).containsExactly(
                        new TranscriptParser.Error(2, "a timecode without text")));
        assertThatThrownBy(() -> TranscriptParser.parse("WEBVTTX\n\n00:01.000 --> 00:02.000\nhi\n", Format.VTT))
                .isInstanceOfSatisfying(Refused.class, e -> assertThat(e.errors.get(0).line()).isEqualTo(1));
    }

    @Test
    void bytesThatAreNotUtf8AreRefusedAtTheirLine() {
        byte[] bytes = { '[', '0', '0', ':', '0', '0', ':', '0', '1', ']', ' ', 'a', '\n', 'b', (byte) 0xE9, '\n' };
        assertThatThrownBy(() -> TranscriptParser.parse(bytes, null)).isInstanceOfSatisfying(Refused.class,
                e -> assertThat(e.errors).extracting(TranscriptParser.Error::line).isEqualTo(List.of(2)));
    }
}
