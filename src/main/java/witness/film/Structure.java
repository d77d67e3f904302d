package witness.film;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import witness.core.Film;
import witness.web.Form;
import witness.film.Coverage.SceneCoverage;

/**
 * The structure page's content: sequences in order, each with its scenes and their shots' count and time. A long
 * film's structure comes a page of whole sequences at a time ({@link SequencePage#SCENES} scenes), with the list
 * of every sequence and the page that shows it.
 */
public record Structure(List<SequenceRow> sequences, SequencePage page, List<Contents> contents) {

    /** A sequence in the list of the whole film's: the address of the page that shows it, at it. */
    public record Contents(Sequence sequence, String href, boolean current) {
    }

    /** The structure's address ready for a page number. */
    public String pageLink(Film film) {
        return "/films/" + film.slug + "?page=";
    }
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

    /**
     * The page of this number (or the last): five queries whatever the size of the film (sequences, scenes a
     * sequence, the page's scenes, and shot and citation totals by scene).
     */
    public static Structure page(Film film, StructureForms forms, int number) {
        return page(film, forms, Sequence.ofFilm(film), scenesBySequence(film), number);
    }

    /** The page that shows this sequence; with none, the last page (where a new sequence goes). */
    static Structure showing(Film film, StructureForms forms, Optional<Sequence> sequence) {
        List<Sequence> sequences = Sequence.ofFilm(film);
        Map<Long, Long> scenesBySequence = scenesBySequence(film);
        return page(film, forms, sequences, scenesBySequence, numberShowing(sequence, sequences, scenesBySequence));
    }

    private static Structure page(Film film, StructureForms forms, List<Sequence> sequences,
            Map<Long, Long> scenesBySequence, int number) {
        SequencePage page = SequencePage.of(number, sequences, scenesBySequence, SequencePage.SCENES);
        List<Scene> scenes = page.sequences().isEmpty() ? List.of()
                : Scene.list("from Scene s join fetch s.sequence q where q in ?1 order by q.position, s.position",
                        page.sequences());
        Map<Long, long[]> totals = shotTotals(film);
        Map<Long, SceneCoverage> coverage = Coverage.bySceneId(film, scenes);
        Map<Sequence, List<Scene>> bySequence = new LinkedHashMap<>();
        page.sequences().forEach(q -> bySequence.put(q, new ArrayList<>()));
        scenes.forEach(s -> bySequence.computeIfAbsent(s.sequence, q -> new ArrayList<>()).add(s));
        List<SequenceRow> result = new ArrayList<>();
        for (var entry : bySequence.entrySet()) {
            List<Scene> ofSequence = entry.getValue();
            List<SceneRow> sceneRows = new ArrayList<>();
            for (int j = 0; j < ofSequence.size(); j++) {
                Scene scene = ofSequence.get(j);
                long[] t = totals.getOrDefault(scene.id, new long[2]);
                sceneRows.add(new SceneRow(scene, t[0], t[1], coverage.get(scene.id), j == 0,
                        j == ofSequence.size() - 1, forms.moveScene(scene)));
            }
            Sequence sequence = entry.getKey();
            result.add(new SequenceRow(sequence, sceneRows, sequence == sequences.get(0),
                    sequence == sequences.get(sequences.size() - 1)));
        }
        return new Structure(result, page, page.paged() ? contents(film, page, sequences, scenesBySequence)
                : List.of());
    }

    /** The number of the structure's page that shows this sequence; with none, the last (where a new one goes). */
    static int pageNumberShowing(Film film, Optional<Sequence> sequence) {
        return numberShowing(sequence, Sequence.ofFilm(film), scenesBySequence(film));
    }

    private static int numberShowing(Optional<Sequence> sequence, List<Sequence> sequences,
            Map<Long, Long> scenesBySequence) {
        return sequence.map(q -> SequencePage.numberOf(q, sequences, scenesBySequence, SequencePage.SCENES))
                .orElseGet(() -> SequencePage.of(Integer.MAX_VALUE, sequences, scenesBySequence, SequencePage.SCENES)
                        .number());
    }

    private static List<Contents> contents(Film film, SequencePage page, List<Sequence> sequences,
            Map<Long, Long> scenesBySequence) {
        List<Contents> contents = new ArrayList<>();
        Map<Long, Integer> numbers = SequencePage.numbers(sequences, scenesBySequence, SequencePage.SCENES);
        for (Sequence sequence : sequences) {
            int number = numbers.get(sequence.id);
            contents.add(new Contents(sequence, "/films/" + film.slug + "?page=" + number + "#sequence-"
                    + sequence.key, number == page.number()));
        }
        return contents;
    }

    private static Map<Long, Long> scenesBySequence(Film film) {
        Map<Long, Long> counts = new HashMap<>();
        Scene.getEntityManager().createQuery("select s.sequence.id, count(s) from Scene s where s.sequence.film = :film"
                + " group by s.sequence.id", Object[].class).setParameter("film", film).getResultList()
                .forEach(row -> counts.put((Long) row[0], (Long) row[1]));
        return counts;
    }

    /** Shots and the time of those not dropped, by scene id. */
    private static Map<Long, long[]> shotTotals(Film film) {
        Map<Long, long[]> totals = new HashMap<>();
        List<Object[]> rows = Shot.getEntityManager().createQuery("select s.scene.id, count(s),"
                + " sum(case when s.status = :dropped then 0 else coalesce(s.seconds, 0) end)"
                + " from Shot s where s.scene.sequence.film = :film group by s.scene.id", Object[].class)
                .setParameter("dropped", ShotStatus.DROPPED).setParameter("film", film).getResultList();
        for (Object[] row : rows) {
            totals.put((Long) row[0], new long[] { ((Number) row[1]).longValue(),
                    row[2] == null ? 0 : ((Number) row[2]).longValue() });
        }
        return totals;
    }
}
