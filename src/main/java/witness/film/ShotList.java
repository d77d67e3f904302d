package witness.film;

import io.quarkus.panache.common.Parameters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The shots of a film that pass a filter, grouped by sequence and scene, in film order. */
public record ShotList(List<SequenceShots> sequences) {

    public record Filter(String sequence, ShotKind kind, ShotStatus status) {
    }

    public record SequenceShots(Sequence sequence, List<SceneShots> scenes) {
        public int seconds() {
            return scenes.stream().mapToInt(SceneShots::seconds).sum();
        }
    }

    public record SceneShots(Scene scene, List<Shot> shots) {
        /** Estimated running time of the shots that are not dropped. */
        public int seconds() {
            return shots.stream().filter(s -> s.status != ShotStatus.DROPPED && s.seconds != null)
                    .mapToInt(s -> s.seconds).sum();
        }
    }

    /** One query, whatever the number of shots. */
    public static ShotList of(Film film, Filter filter) {
        StringBuilder query = new StringBuilder("from Shot s join fetch s.scene sc join fetch sc.sequence q"
                + " left join fetch s.location left join fetch s.person left join fetch s.source"
                + " where q.film = :film");
        Parameters params = Parameters.with("film", film);
        if (filter.sequence() != null) {
            query.append(" and q.key = :sequence");
            params.and("sequence", filter.sequence());
        }
        if (filter.kind() != null) {
            query.append(" and s.kind = :kind");
            params.and("kind", filter.kind());
        }
        if (filter.status() != null) {
            query.append(" and s.status = :status");
            params.and("status", filter.status());
        }
        query.append(" order by q.position, sc.position, s.position");
        return group(Shot.list(query.toString(), params));
    }

    private static ShotList group(List<Shot> shots) {
        Map<Sequence, Map<Scene, List<Shot>>> grouped = new LinkedHashMap<>();
        for (Shot shot : shots) {
            grouped.computeIfAbsent(shot.scene.sequence, q -> new LinkedHashMap<>())
                    .computeIfAbsent(shot.scene, s -> new ArrayList<>()).add(shot);
        }
        List<SequenceShots> sequences = new ArrayList<>();
        grouped.forEach((sequence, scenes) -> sequences.add(new SequenceShots(sequence,
                scenes.entrySet().stream().map(e -> new SceneShots(e.getKey(), e.getValue())).toList())));
        return new ShotList(sequences);
    }

    public int seconds() {
        return sequences.stream().mapToInt(SequenceShots::seconds).sum();
    }

    public int count() {
        return sequences.stream().flatMap(q -> q.scenes().stream()).mapToInt(s -> s.shots().size()).sum();
    }
}
