package witness.film;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import witness.core.Film;
import witness.web.Formats;

/**
 * Estimated running time of the shots that are not dropped, per scene, per sequence and for the
 * film, compared with the film's target. One grouped query.
 */
public record Totals(Map<Long, Integer> byScene, Map<Long, Integer> bySequence, int film, Integer targetSeconds) {

    public static Totals of(Film film) {
        List<Object[]> rows = Shot.getEntityManager().createQuery(
                "select sc.sequence.id, sc.id, coalesce(sum(s.seconds), 0) from Shot s join s.scene sc"
                        + " where sc.sequence.film = :film and s.status <> :dropped group by sc.sequence.id, sc.id",
                Object[].class).setParameter("film", film).setParameter("dropped", ShotStatus.DROPPED).getResultList();
        Map<Long, Integer> byScene = new HashMap<>(), bySequence = new HashMap<>();
        int total = 0;
        for (Object[] row : rows) {
            int seconds = ((Number) row[2]).intValue();
            byScene.put((Long) row[1], seconds);
            bySequence.merge((Long) row[0], seconds, Integer::sum);
            total += seconds;
        }
        return new Totals(byScene, bySequence, total, film.targetMinutes == null ? null : film.targetMinutes * 60);
    }

    public int scene(Scene scene) {
        return byScene.getOrDefault(scene.id, 0);
    }

    public int sequence(Sequence sequence) {
        return bySequence.getOrDefault(sequence.id, 0);
    }

    /** "4 min over the target", "12 min under the target", or null without a target. */
    public String againstTarget() {
        if (targetSeconds == null) {
            return null;
        }
        int difference = film - targetSeconds;
        if (difference == 0) {
            return "exactly the target";
        }
        return Formats.duration(Math.abs(difference)) + (difference > 0 ? " over" : " under")
                + " the target";
    }

    public boolean overTarget() {
        return targetSeconds != null && film > targetSeconds;
    }
}
