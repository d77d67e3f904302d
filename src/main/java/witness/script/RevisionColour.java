package witness.script;

import java.util.List;

/**
 * The colours of script revisions in the order the industry issues them: the first draft on white paper, then
 * blue, pink, yellow, green, goldenrod, buff, salmon, cherry; after cherry the round starts again as "Double
 * White", "Double Blue" …, then "Triple White" ….
 */
public final class RevisionColour {
    static final List<String> ORDER = List.of("White", "Blue", "Pink", "Yellow", "Green", "Goldenrod", "Buff",
            "Salmon", "Cherry");
    private static final List<String> HEX = List.of("#FFFFFF", "#CFE3FF", "#FFD6E4", "#FFF3A8", "#D4F5C9",
            "#F3D27A", "#F0E2C4", "#FFC2A8", "#E8A0B0");
    private static final List<String> ROUNDS = List.of("", "Double ", "Triple ", "Quadruple ");

    private RevisionColour() {
    }

    /** The colour of the nth draft (1: White, 2: Blue … 10: Double White). */
    public static String of(int draft) {
        int round = (draft - 1) / ORDER.size();
        String colour = ORDER.get((draft - 1) % ORDER.size());
        return round < ROUNDS.size() ? ROUNDS.get(round) + colour : colour + " (round " + (round + 1) + ")";
    }

    /** The paper's colour as Final Draft writes it: "#CFE3FF" for blue. */
    public static String hex(int draft) {
        return HEX.get((draft - 1) % HEX.size());
    }

    /** The style class of the paper's colour, for the swatch on the drafts page: "paper-blue". */
    public static String paper(int draft) {
        return "paper-" + ORDER.get((draft - 1) % ORDER.size()).toLowerCase();
    }
}
