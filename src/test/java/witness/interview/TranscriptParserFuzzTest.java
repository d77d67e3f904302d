package witness.interview;

import static org.assertj.core.api.Assertions.assertThat;
import static witness.testing.Fuzzing.choice;
import static witness.testing.Fuzzing.lineCount;
import static witness.testing.Fuzzing.readsOrRefuses;
import static witness.testing.Fuzzing.rest;

import com.code_intelligence.jazzer.junit.FuzzTest;
import witness.interview.TranscriptParser.Format;
import witness.interview.TranscriptParser.Refused;

/**
 * Any bytes given as a transcript are read into lines or refused by line, never anything else.
 * The first byte of an input chooses the format ('0' detect, '1' plain, '2' SRT, '3' WebVTT); the
 * rest is the file. Inputs: src/test/resources/witness/interview/TranscriptParserFuzzTestInputs.
 */
class TranscriptParserFuzzTest {
    private static final Format[] FORMATS = { null, Format.PLAIN, Format.SRT, Format.VTT };

    @FuzzTest(maxDuration = "2m")
    void anyFileIsReadOrRefusedByLine(byte[] input) {
        Format format = FORMATS[choice(input, FORMATS.length)];
        byte[] file = rest(input);
        readsOrRefuses(Refused.class, e -> e.errors.stream().map(error -> {
            assertThat(error.line()).as(error.toString()).isBetween(1, lineCount(file));
            return error.message();
        }).toList(), () -> {
            var parsed = TranscriptParser.parse(file, format);
            assertThat(parsed.lines()).isNotEmpty().allSatisfy(line -> {
                assertThat(line.text()).isNotBlank().hasSizeLessThanOrEqualTo(TranscriptLine.TEXT_LENGTH);
                assertThat(line.speaker()).satisfiesAnyOf(s -> assertThat(s).isNull(),
                        s -> assertThat(s).isNotBlank().hasSizeLessThanOrEqualTo(TranscriptLine.SPEAKER_LENGTH));
                assertThat(line.startMillis()).isNotNegative();
                if (line.endMillis() != null) {
                    assertThat(line.endMillis()).isGreaterThanOrEqualTo(line.startMillis());
                }
            });
        });
    }
}
