package witness.timeline;

import java.util.Locale;

/**
 * A paper edit as a CMX 3600 edit decision list, the cut list every edit suite reads (Avid, Premiere, Resolve).
 *
 * <ul>
 * <li>Lines end with CR LF, as the lists of the DOS-era controllers did and Avid still writes; readers on every
 * system accept them.</li>
 * <li>The text is ASCII: names in other scripts are transliterated ({@link CmxText}).</li>
 * <li>{@code TITLE:} then {@code FCM: DROP FRAME} or {@code FCM: NON-DROP FRAME}. The list does not say the rate
 * itself: 23.976 and 24 are both counted in 24 frames a second, 29.97 non-drop and 30 in 30.</li>
 * <li>One event a bite, numbered 001 to 999 (the field has three digits: more bites are refused), in the spec's
 * columns: event 1-3, reel 6-13, channels 15-19, transition 21-24, its duration 26-28, then source in, source out,
 * record in and record out from column 30, each 11 characters and a space apart.</li>
 * <li>Channels as CMX 3600 names them: {@code AA/V} for a clip with picture and its two sound channels, {@code AA}
 * for sound only. ({@code B} is picture with channel 1 only, and rushes carry two.)</li>
 * <li>Every cut is a cut ({@code C}); records are laid end to end from the record start.</li>
 * <li>Drop-frame timecodes are written HH:MM:SS;FF, as Premiere, Resolve and OpenTimelineIO write them; the readers
 * take either separator, and the FCM line says how to count.</li>
 * <li>After each event, comments: {@code * FROM CLIP NAME:}, {@code * REEL:} with the reel's full name (the event
 * has its 8-character name, {@link CmxReels}), {@code * SOURCE FILE:} with the rushes file, which Resolve and
 * Premiere relink by, and {@code * COMMENT:} with the speaker and the scene.</li>
 * </ul>
 */
public final class CmxEdl {
    /** The most events a list numbers. */
    public static final int MAX_EVENTS = 999;
    /** The longest title the TITLE line holds. */
    static final int MAX_TITLE = 70;
    private static final String EOL = "\r\n";

    private CmxEdl() {
    }

    /** The list, as text; refused (IllegalArgumentException) for more than 999 bites. */
    public static String write(PaperEditTimeline timeline) {
        if (timeline.bites().size() > MAX_EVENTS) {
            throw new IllegalArgumentException("a CMX 3600 EDL numbers its events 001 to " + MAX_EVENTS + ": \""
                    + timeline.title() + "\" has " + timeline.bites().size() + " bites; export it in parts");
        }
        StringBuilder edl = new StringBuilder();
        line(edl, "TITLE: " + title(timeline.title()));
        line(edl, "FCM: " + (timeline.rate().dropFrame ? "DROP FRAME" : "NON-DROP FRAME"));
        CmxReels reels = new CmxReels();
        for (PlacedBite placed : timeline.placed()) {
            line(edl, "");
            event(edl, placed, reels.of(placed.bite().reelName()));
        }
        return edl.toString();
    }

    private static void event(StringBuilder edl, PlacedBite placed, String reel) {
        TimelineBite bite = placed.bite();
        line(edl, String.format(Locale.ROOT, "%03d  %-8s %-5s %-4s %3s %s %s %s %s", placed.number(), reel,
                bite.picture() ? "AA/V" : "AA", "C", "", bite.sourceIn(), bite.sourceOut(), placed.recordIn(),
                placed.recordOut()));
        line(edl, "* FROM CLIP NAME: " + CmxText.ascii(bite.clipName()));
        line(edl, "* REEL: " + CmxText.ascii(bite.reelName()));
        line(edl, "* SOURCE FILE: " + CmxText.ascii(bite.rushesFile()));
        String comment = comment(bite);
        if (!comment.isEmpty()) {
            line(edl, "* COMMENT: " + comment);
        }
    }

    /** The speaker in upper case, as a script names them, then the scene: "VLADY - 2.3 Orenburg". */
    private static String comment(TimelineBite bite) {
        String speaker = CmxText.ascii(bite.speaker()).toUpperCase(Locale.ROOT);
        String scene = CmxText.ascii((bite.sceneNumber() + " " + bite.sceneTitle()).strip());
        return speaker.isEmpty() || scene.isEmpty() ? speaker + scene : speaker + " - " + scene;
    }

    private static String title(String title) {
        String ascii = CmxText.ascii(title);
        return ascii.substring(0, Math.min(MAX_TITLE, ascii.length())).strip();
    }

    private static void line(StringBuilder edl, String text) {
        edl.append(text).append(EOL);
    }
}
