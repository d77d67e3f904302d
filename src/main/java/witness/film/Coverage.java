package witness.film;

import jakarta.persistence.Tuple;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import witness.core.Film;

/**
 * How well a film's scenes rest on their sources. Every citation supports one claim of its scene, so a
 * scene's claims cited are its citations; of those, how many were checked (verified) and how many are
 * disputed. A scene with narration and no citation at all is "uncited narration".
 */
public record Coverage(List<SceneCoverage> scenes) {

    /** One scene's figures. */
    public record SceneCoverage(Scene scene, long citations, long verified, long disputed) {

        public boolean narrated() {
            return scene.narration != null && !scene.narration.isBlank();
        }

        public boolean uncitedNarration() {
            return narrated() && citations == 0;
        }

        public long unverified() {
            return citations - verified - disputed;
        }

        /** "4 citations, 3 verified, 1 disputed"; "No citations" */
        public String summary() {
            return Coverage.summary(citations, verified, disputed);
        }
    }

    /** The figures of one scene from its citations, already read (no query). */
    public static SceneCoverage of(Scene scene, List<Citation> citations) {
        return new SceneCoverage(scene, citations.size(),
                citations.stream().filter(c -> c.status == VerificationStatus.VERIFIED).count(),
                citations.stream().filter(c -> c.status == VerificationStatus.DISPUTED).count());
    }

    /** Every scene of the film in order with its figures: two queries whatever the film holds. */
    public static Coverage of(Film film) {
        List<Scene> scenes = Scene.list("from Scene s join fetch s.sequence q where q.film = ?1"
                + " order by q.position, s.position", film);
        Map<Long, SceneCoverage> counts = bySceneId(film, scenes);
        return new Coverage(scenes.stream().map(s -> counts.get(s.id)).toList());
    }

    /** The figures of the given scenes of the film by scene id, in one grouped query. */
    public static Map<Long, SceneCoverage> bySceneId(Film film, List<Scene> scenes) {
        List<Tuple> rows = Citation.getEntityManager().createQuery("select c.scene.id as scene, count(c) as n,"
                + " sum(case when c.status = :verified then 1 else 0 end) as verified,"
                + " sum(case when c.status = :disputed then 1 else 0 end) as disputed"
                + " from Citation c where c.scene.sequence.film = :film group by c.scene.id", Tuple.class)
                .setParameter("film", film).setParameter("verified", VerificationStatus.VERIFIED)
                .setParameter("disputed", VerificationStatus.DISPUTED).getResultList();
        Map<Long, long[]> counts = new HashMap<>();
        for (Tuple row : rows) {
            counts.put(row.get("scene", Long.class), new long[] { number(row.get("n")), number(row.get("verified")),
                    number(row.get("disputed")) });
        }
        Map<Long, SceneCoverage> coverage = new HashMap<>();
        for (Scene s : scenes) {
            long[] n = counts.getOrDefault(s.id, new long[3]);
            coverage.put(s.id, new SceneCoverage(s, n[0], n[1], n[2]));
        }
        return coverage;
    }

    public List<SceneCoverage> uncitedNarration() {
        return scenes.stream().filter(SceneCoverage::uncitedNarration).toList();
    }

    public long citations() {
        return scenes.stream().mapToLong(SceneCoverage::citations).sum();
    }

    public long verified() {
        return scenes.stream().mapToLong(SceneCoverage::verified).sum();
    }

    public long disputed() {
        return scenes.stream().mapToLong(SceneCoverage::disputed).sum();
    }

    public long unverified() {
        return citations() - verified() - disputed();
    }

    public long narrated() {
        return scenes.stream().filter(SceneCoverage::narrated).count();
    }

    public long cited() {
        return scenes.stream().filter(s -> s.citations() > 0).count();
    }

    public String summary() {
        return summary(citations(), verified(), disputed());
    }

    static String summary(long citations, long verified, long disputed) {
        if (citations == 0) {
            return "No citations";
        }
        return citations + (citations == 1 ? " citation, " : " citations, ") + verified + " verified"
                + (disputed > 0 ? ", " + disputed + " disputed" : "");
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
