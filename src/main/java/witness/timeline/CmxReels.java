package witness.timeline;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The reel names of one EDL. CMX 3600 allows a reel at most 8 characters, and readers are safe only with upper-case
 * letters, digits and underscores; the team writes reels as they like ("Vlady interview day 1"). Each reel as
 * written gets one short name ("VLADY_IN"), the same each time it comes back; a second reel that shortens to a name
 * already given gets a number in its last characters ("VLADY_I2"), so that two reels are never one in the edit
 * suite. Reels are told apart as written: "Vlady A" and "VLADY A" are two reels.
 */
final class CmxReels {
    static final int MAX = 8;

    private final Map<String, String> byWritten = new LinkedHashMap<>();
    private final Set<String> given = new HashSet<>();

    /** The short name of a reel as the team wrote it. */
    String of(String written) {
        return byWritten.computeIfAbsent(written, w -> unique(shortened(w)));
    }

    static String shortened(String written) {
        String name = CmxText.ascii(written).toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9_]+", "_")
                .replaceAll("^_+|_+$", "");
        name = name.substring(0, Math.min(MAX, name.length())).replaceAll("_+$", "");
        return name.isEmpty() ? "REEL" : name;
    }

    private String unique(String name) {
        String candidate = name;
        for (int n = 2; !given.add(candidate); n++) {
            String suffix = Integer.toString(n);
            candidate = name.substring(0, Math.min(name.length(), MAX - suffix.length())) + suffix;
        }
        return candidate;
    }
}
