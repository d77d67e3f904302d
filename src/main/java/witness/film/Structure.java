package witness.film;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import witness.core.Film;
import witness.web.Form;
import witness.film.Coverage.SceneCoverage;

/** The structure page's content: sequences in order, each with its scenes and their shots' count and time. */
public record Structure(List<SequenceRow> sequences) {

    public record SequenceRow(Sequence sequence, List<SceneRow> scenes, boolean first, boolean last) {
        public int up() {
            return sequence.position - 1;
        }

        public int down() {
            return sequence.position + 1;
        }

        /** The scenes' estimates added up. */
        public int estimatedSeconds() {
            return scenes.stream().mapToInt(s -> s.scene().estimatedSeconds == null ? 0 : s.scene().estimatedSeconds)
                    .sum();
        }
    }

    /**
     * @param shots       every shot of the scene, dropped ones too
     * @param shotSeconds estimated time of the shots that are not dropped
     * @param move        the form of its ↑/↓ buttons (a row reads what it shows from itself: a name from outside the
     *                    loop costs Qute a search through every enclosing level)
     */
    public record SceneRow(Scene scene, long shots, long shotSeconds, SceneCoverage coverage, boolean first,
            boolean last, Form move) {
        public int up() {
            return scene.position - 1;
        }

        public int down() {
            return scene.position + 1;
        }
    }

    /** Four queries whatever the size of the film: sequences, scenes, and shot and citation totals by scene. */
    public static Structure of(Film film, StructureForms forms) {
        List<Sequence> sequences = Sequence.ofFilm(film);
        List<Scene> scenes = Scene.list("from Scene s join fetch s.sequence q where q.film = ?1"
                + " order by q.position, s.position", film);
        Map<Long, long[]> totals = new HashMap<>();
        List<Object[]> rows = Shot.getEntityManager().createQuery("select s.scene.id, count(s),"
                + " sum(case when s.status = :dropped then 0 else coalesce(s.seconds, 0) end)"
                + " from Shot s where s.scene.sequence.film = :film group by s.scene.id", Object[].class)
                .setParameter("dropped", ShotStatus.DROPPED).setParameter("film", film).getResultList();
        for (Object[] row : rows) {
            totals.put((Long) row[0], new long[] { ((Number) row[1]).longValue(),
                    row[2] == null ? 0 : ((Number) row[2]).longValue() });
        }
        Map<Long, SceneCoverage> coverage = Coverage.bySceneId(film, scenes);
        Map<Sequence, List<Scene>> bySequence = new LinkedHashMap<>();
        sequences.forEach(q -> bySequence.put(q, new ArrayList<>()));
        scenes.forEach(s -> bySequence.computeIfAbsent(s.sequence, q -> new ArrayList<>()).add(s));
        List<SequenceRow> result = new ArrayList<>();
        int i = 0;
        for (var entry : bySequence.entrySet()) {
            List<Scene> ofSequence = entry.getValue();
            List<SceneRow> sceneRows = new ArrayList<>();
            for (int j = 0; j < ofSequence.size(); j++) {
                Scene scene = ofSequence.get(j);
                long[] t = totals.getOrDefault(scene.id, new long[2]);
                sceneRows.add(new SceneRow(scene, t[0], t[1], coverage.get(scene.id), j == 0,
                        j == ofSequence.size() - 1, forms.moveScene(scene)));
            }
            result.add(new SequenceRow(entry.getKey(), sceneRows, i == 0, i == bySequence.size() - 1));
            i++;
        }
        return new Structure(result);
    }
}
