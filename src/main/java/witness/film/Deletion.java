package witness.film;

import static witness.web.Texts.plural;

import java.util.ArrayList;
import java.util.List;

/** What goes with a sequence or scene when it is deleted, said before anyone confirms. */
public record Deletion(long scenes, long shots, long citations, long testimonies, long shootDayPlans) {

    static Deletion of(List<Scene> scenes, long shots, long shootDayPlans) {
        if (scenes.isEmpty()) {
            return new Deletion(0, 0, 0, 0, 0);
        }
        return new Deletion(scenes.size(),
                shots,
                Citation.count("scene in ?1", scenes),
                scenes.stream().mapToLong(s -> s.testimonies.size()).sum(),
                shootDayPlans);
    }

    /** "2 scenes, 14 shots, 3 citations" — only what there is. */
    public String describe(boolean countScenes) {
        List<String> parts = new ArrayList<>();
        if (countScenes) {
            parts.add(plural(scenes, "scene"));
        }
        parts.add(plural(shots, "shot"));
        parts.add(plural(citations, "citation"));
        parts.add(plural(testimonies, "placement of a testimony (the testimony stays)", "placements of testimonies (the testimonies stay)"));
        parts.add(plural(shootDayPlans, "shot planned on a shoot day", "shots planned on shoot days"));
        parts.removeIf(p -> p.startsWith("0 "));
        return parts.isEmpty() ? "nothing else" : String.join(", ", parts);
    }
}
