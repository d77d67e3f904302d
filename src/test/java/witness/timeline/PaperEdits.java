package witness.timeline;

import java.util.List;
import witness.interview.FrameRate;
import witness.interview.SmpteTimecode;

/** Paper edits the timeline tests export: one at 25 fps, one at 29.97 drop-frame, one at 23.976. */
final class PaperEdits {

    private PaperEdits() {
    }

    static TimelineBite bite(String reel, String clip, String file, boolean picture, FrameRate rate, String in,
            String out, String speaker, String scene, String title) {
        return new TimelineBite(reel, clip, file, picture, rate, SmpteTimecode.parse(in, rate),
                SmpteTimecode.parse(out, rate), speaker, scene, title);
    }

    /**
     * Four bites at 25 fps: Vlady (135 frames), the sound roll's ambience, sound only (75), Vlady on the second day,
     * whose reel shortens like the first day's (35), and Vlady on the first day again (2). Scene 2.3 holds the first
     * two, 2.4 the last two.
     */
    static PaperEditTimeline orenburg() {
        FrameRate r = FrameRate.FPS_25;
        return PaperEditTimeline.of("Witness – Orenburg, cut 1", r, List.of(
                bite("Vlady interview day 1", "A001_C003", "/rushes/day 1/A001_C003.mov", true, r, "10:02:13:05",
                        "10:02:18:15", "Vlady", "2.3", "Orenburg, зима"),
                bite("Sound roll Orenburg 3", "Café Müller ambience", "SR3_014.wav", false, r, "14:20:00:00",
                        "14:20:03:00", "", "2.3", "Orenburg, зима"),
                bite("Vlady interview day 2", "B002_C011", "/rushes/day2/B002_C011.mov", true, r, "11:00:00:20",
                        "11:00:02:05", "Vlady", "2.4", "The archive"),
                bite("Vlady interview day 1", "A001_C007", "/rushes/day 1/A001_C007.mov", true, r, "10:15:59:24",
                        "10:16:00:01", "Vlady", "2.4", "The archive")));
    }

    /**
     * Three bites at 29.97 drop-frame: across the first minute's dropped labels (18 frames), the whole tenth minute,
     * which drops none (1800), and sound only across the twentieth, which drops none either (4).
     */
    static PaperEditTimeline dropFrame() {
        FrameRate r = FrameRate.FPS_29_97_DF;
        return PaperEditTimeline.of("NTSC cut", r, List.of(
                bite("Vlady", "V1", "V1.mov", true, r, "00:00:59;20", "00:01:00;10", "Vlady", "1.1", "Steppe"),
                bite("Vlady", "V2", "V2.mov", true, r, "00:10:00;00", "00:11:00;02", "Vlady", "1.1", "Steppe"),
                bite("Sound 1", "S1", "S1.wav", false, r, "00:19:59;28", "00:20:00;02", "", "1.2", "Road")));
    }

    /** Two bites at 23.976: 31 frames, then 2 across a second. */
    static PaperEditTimeline film() {
        FrameRate r = FrameRate.FPS_23_976;
        return PaperEditTimeline.of("Film cut", r, List.of(
                bite("Roll 1", "R1", "R1.mov", true, r, "00:00:10:20", "00:00:12:03", "Anna", "3.1", "Tram"),
                bite("Roll 2", "R2", "R2.mov", true, r, "01:02:03:23", "01:02:04:01", "Anna", "3.1", "Tram")));
    }
}
