package witness.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static witness.timeline.PaperEdits.bite;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import witness.interview.FrameRate;
import witness.timeline.CmxEdlReader.Edl;
import witness.timeline.CmxEdlReader.Event;

/** The paper edit as a CMX 3600 EDL, read back by a reader of the format. */
class CmxEdlTest {

    @Test
    void aPalPaperEditIsOneCutEventPerBiteLaidEndToEnd() {
        Edl edl = CmxEdlReader.read(CmxEdl.write(PaperEdits.orenburg()));
        assertThat(edl.title()).isEqualTo("Witness - Orenburg, cut 1");
        assertThat(edl.fcm()).isEqualTo("NON-DROP FRAME");
        assertThat(edl.events()).extracting(Event::line).containsExactly(
                "001  VLADY_IN AA/V  C        10:02:13:05 10:02:18:15 01:00:00:00 01:00:05:10",
                "002  SOUND_RO AA    C        14:20:00:00 14:20:03:00 01:00:05:10 01:00:08:10",
                "003  VLADY_I2 AA/V  C        11:00:00:20 11:00:02:05 01:00:08:10 01:00:09:20",
                "004  VLADY_IN AA/V  C        10:15:59:24 10:16:00:01 01:00:09:20 01:00:09:22");
        assertContinuous(edl, 25, false);
    }

    @Test
    void eventLinesKeepTheSpecsColumns() {
        String line = CmxEdlReader.read(CmxEdl.write(PaperEdits.orenburg())).events().get(1).line();
        assertThat(line).hasSize(76);
        assertThat(line.substring(0, 3)).isEqualTo("002");
        assertThat(line.substring(5, 13)).isEqualTo("SOUND_RO");
        assertThat(line.substring(14, 19)).isEqualTo("AA   ");
        assertThat(line.substring(20, 24)).isEqualTo("C   ");
        assertThat(line.substring(29, 40)).isEqualTo("14:20:00:00");
        assertThat(line.substring(41, 52)).isEqualTo("14:20:03:00");
        assertThat(line.substring(53, 64)).isEqualTo("01:00:05:10");
        assertThat(line.substring(65, 76)).isEqualTo("01:00:08:10");
    }

    @Test
    void eachEventNamesItsClipReelRushesSpeakerAndSceneInAscii() {
        String text = CmxEdl.write(PaperEdits.orenburg());
        List<Event> events = CmxEdlReader.read(text).events();
        assertThat(events.get(0).comments()).containsExactly(Map.entry("FROM CLIP NAME", "A001_C003"),
                Map.entry("REEL", "Vlady interview day 1"),
                Map.entry("SOURCE FILE", "/rushes/day 1/A001_C003.mov"),
                Map.entry("COMMENT", "VLADY - 2.3 Orenburg, zima"));
        assertThat(events.get(1).comments()).containsEntry("FROM CLIP NAME", "Cafe Muller ambience")
                .containsEntry("REEL", "Sound roll Orenburg 3").containsEntry("COMMENT", "2.3 Orenburg, zima");
        assertThat(text.chars()).allMatch(c -> c < 0x80);
    }

    @Test
    void aNameNeverBreaksACommentLineAndTheTitleKeepsToSeventyCharacters() {
        FrameRate r = FrameRate.FPS_25;
        TimelineBite bite = bite("Roll\r\n2", "Take one\nagain", "t.mov", true, r, "00:00:00:00", "00:00:01:00",
                "Ирина", "", "");
        Edl edl = CmxEdlReader.read(CmxEdl.write(PaperEditTimeline.of("A".repeat(80), r, List.of(bite))));
        assertThat(edl.title()).isEqualTo("A".repeat(70));
        assertThat(edl.events().get(0).comments()).containsEntry("FROM CLIP NAME", "Take one again")
                .containsEntry("REEL", "Roll  2").containsEntry("COMMENT", "IRINA");
        assertThat(edl.events().get(0).reel()).isEqualTo("ROLL_2");
    }

    @Test
    void linesEndWithCarriageReturnAndLineFeed() {
        String text = CmxEdl.write(PaperEdits.orenburg());
        assertThat(text).startsWith("TITLE: Witness - Orenburg, cut 1\r\nFCM: NON-DROP FRAME\r\n\r\n001  ");
        assertThat(text.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
    }

    @Test
    void soundOnlyBitesAreAudioEvents() {
        List<Event> events = CmxEdlReader.read(CmxEdl.write(PaperEdits.orenburg())).events();
        assertThat(events).extracting(Event::channels).containsExactly("AA/V", "AA", "AA/V", "AA/V");
        assertThat(events).extracting(Event::transition).containsOnly("C");
    }

    @Test
    void reelNamesAreValidUniqueAndTheSameForTheSameReel() {
        List<Event> events = CmxEdlReader.read(CmxEdl.write(PaperEdits.orenburg())).events();
        assertThat(events).extracting(Event::reel).containsExactly("VLADY_IN", "SOUND_RO", "VLADY_I2", "VLADY_IN");

        FrameRate r = FrameRate.FPS_25;
        List<TimelineBite> bites = new ArrayList<>();
        for (int day = 1; day <= 11; day++) {
            bites.add(bite("Vlady interview day " + day, "C" + day, "c.mov", true, r, "00:00:00:00", "00:00:01:00",
                    "", "", ""));
        }
        bites.add(bite("Ταινία #1 / Ёж", "C12", "c.mov", true, r, "00:00:00:00", "00:00:01:00", "", "", ""));
        bites.add(bite("***", "C13", "c.mov", true, r, "00:00:00:00", "00:00:01:00", "", "", ""));
        List<Event> many = CmxEdlReader.read(CmxEdl.write(PaperEditTimeline.of("Reels", r, bites))).events();
        assertThat(many).extracting(Event::reel).containsExactly("VLADY_IN", "VLADY_I2", "VLADY_I3", "VLADY_I4",
                "VLADY_I5", "VLADY_I6", "VLADY_I7", "VLADY_I8", "VLADY_I9", "VLADY_10", "VLADY_11", "TAINIA_1",
                "REEL");
        assertThat(many).allSatisfy(e -> assertThat(e.reel()).matches("[A-Z0-9_]{1,8}"));
        assertThat(new HashSet<>(many.stream().map(Event::reel).toList())).hasSize(13);
        assertThat(many.get(10).comments()).containsEntry("REEL", "Vlady interview day 11");
    }

    @Test
    void theFcmLineSaysHowEachRateCounts() {
        assertThat(fcm(FrameRate.FPS_29_97_DF)).isEqualTo("DROP FRAME");
        for (FrameRate rate : List.of(FrameRate.FPS_23_976, FrameRate.FPS_24, FrameRate.FPS_25,
                FrameRate.FPS_29_97_NDF, FrameRate.FPS_30)) {
            assertThat(fcm(rate)).as(rate.label()).isEqualTo("NON-DROP FRAME");
        }
    }

    @Test
    void dropFrameBitesCountAcrossTheDroppedLabels() {
        Edl edl = CmxEdlReader.read(CmxEdl.write(PaperEdits.dropFrame()));
        assertThat(edl.fcm()).isEqualTo("DROP FRAME");
        assertThat(edl.events()).extracting(e -> e.sourceIn() + " " + e.sourceOut() + " " + e.recordIn() + " "
                + e.recordOut()).containsExactly(
                "00:00:59;20 00:01:00;10 01:00:00;00 01:00:00;18",
                "00:10:00;00 00:11:00;02 01:00:00;18 01:01:00;20",
                "00:19:59;28 00:20:00;02 01:01:00;20 01:01:00;24");
        assertThat(edl.events()).extracting(e -> e.sourceFrames(30, true)).containsExactly(18L, 1800L, 4L);
        assertContinuous(edl, 30, true);
    }

    @Test
    void twentyThreeNineNineSixCountsTwentyFourFramesASecond() {
        Edl edl = CmxEdlReader.read(CmxEdl.write(PaperEdits.film()));
        assertThat(edl.fcm()).isEqualTo("NON-DROP FRAME");
        assertThat(edl.events()).extracting(e -> e.recordIn() + " " + e.recordOut())
                .containsExactly("01:00:00:00 01:00:01:07", "01:00:01:07 01:00:01:09");
        assertThat(edl.events()).extracting(e -> e.sourceFrames(24, false)).containsExactly(31L, 2L);
        assertContinuous(edl, 24, false);
    }

    @Test
    void nineHundredNinetyNineEventsAreTheMost() {
        assertThat(CmxEdlReader.read(CmxEdl.write(oneFrameBites(999))).events()).hasSize(999).last()
                .satisfies(e -> assertThat(e.line()).startsWith("999  ").endsWith("01:00:39:23 01:00:39:24"));
        assertThatThrownBy(() -> CmxEdl.write(oneFrameBites(1000))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("001 to 999").hasMessageContaining("1000 bites");
    }

    private static String fcm(FrameRate rate) {
        TimelineBite one = bite("R", "C", "c.mov", true, rate, "00:00:00:00", "00:00:00:01", "", "", "");
        return CmxEdlReader.read(CmxEdl.write(PaperEditTimeline.of("Rates", rate, List.of(one)))).fcm();
    }

    private static PaperEditTimeline oneFrameBites(int count) {
        FrameRate r = FrameRate.FPS_25;
        return PaperEditTimeline.of("Long", r, IntStream.range(0, count).mapToObj(i -> bite("Reel", "C" + i, "c.mov",
                true, r, "00:00:00:00", "00:00:00:01", "", "", "")).toList());
    }

    /** Each event starts where the one before ends, and records as many frames as it takes from its source. */
    private static void assertContinuous(Edl edl, int base, boolean dropFrame) {
        List<Event> events = edl.events();
        assertThat(events.get(0).recordIn()).isEqualTo(dropFrame ? "01:00:00;00" : "01:00:00:00");
        for (int i = 0; i < events.size(); i++) {
            Event e = events.get(i);
            assertThat(e.number()).isEqualTo(i + 1);
            assertThat(e.recordFrames(base, dropFrame)).as("event %d", i + 1).isEqualTo(e.sourceFrames(base,
                    dropFrame));
            if (i > 0) {
                assertThat(e.recordIn()).as("event %d", i + 1).isEqualTo(events.get(i - 1).recordOut());
            }
        }
    }
}
