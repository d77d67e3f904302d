package witness.history;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import witness.core.Film;
import witness.film.Scene;
import witness.film.Sequence;
import witness.film.Shot;

/**
 * The film's deleted items, read from the audit tables: each item whose last revision deleted it (the row
 * of that revision keeps its last values), who deleted it and when. Scenes deleted with their sequence, and
 * shots with their scene, are told with it rather than listed apart: restoring it brings them back.
 */
@ApplicationScoped
public class DeletedItems {
    @Inject Kinds kinds;

    /** One kind of item and its deleted items, newest first. */
    public record Group(String code, String label, List<Item> items) {
    }

    /** A deleted item: what it was, what went with it, who deleted it and when. */
    public record Item(String kind, long id, String name, String key, String with, String who, Instant at) {
        public String when() {
            return Value.MOMENT.format(at.atZone(ZoneId.systemDefault()));
        }

        public String iso() {
            return at.toString();
        }
    }

    @Transactional
    public List<Group> of(Film film) {
        Kind sequence = kinds.of(Sequence.class), scene = kinds.of(Scene.class), shot = kinds.of(Shot.class);
        Map<Kind, List<Map<String, Object>>> deleted = new HashMap<>();
        for (Kind kind : kinds.listed()) {
            deleted.put(kind, lastDeleted(kind, film));
        }
        Set<String> sequencesGone = keys(deleted.get(sequence), "id");
        Set<String> scenesGone = keys(deleted.get(scene), "id");
        Map<String, Integer> scenesWith = new HashMap<>(), shotsWith = new HashMap<>();
        List<Map<String, Object>> allScenes = List.copyOf(deleted.get(scene));
        String sequenceColumn = scene.column("sequence");
        deleted.get(scene).removeIf(row -> folded(row, sequenceColumn, sequencesGone, scenesWith));
        deleted.get(shot).removeIf(row -> folded(row, shot.column("scene"), scenesGone, shotsWith));
        // Shots folded into a scene that is itself folded into a sequence count for the sequence.
        Map<String, Integer> shotsOfSequences = new HashMap<>();
        for (Map<String, Object> row : allScenes) {
            String own = History.number(row.get("id")) + "@" + History.number(row.get("rev"));
            String parent = History.number(row.get(sequenceColumn)) + "@" + History.number(row.get("rev"));
            if (sequencesGone.contains(parent) && shotsWith.containsKey(own)) {
                shotsOfSequences.merge(parent, shotsWith.get(own), Integer::sum);
            }
        }
        List<Group> groups = new ArrayList<>();
        for (Kind kind : kinds.listed()) {
            List<Item> items = new ArrayList<>();
            for (Map<String, Object> row : deleted.get(kind)) {
                String own = History.number(row.get("id")) + "@" + History.number(row.get("rev"));
                List<String> with = new ArrayList<>();
                if (scenesWith.containsKey(own) && kind == sequence) {
                    with.add(Kind.count(scenesWith.get(own), "scene"));
                }
                int shots = kind == sequence ? shotsOfSequences.getOrDefault(own, 0)
                        : kind == scene ? shotsWith.getOrDefault(own, 0) : 0;
                if (shots > 0) {
                    with.add(Kind.count(shots, "shot"));
                }
                Object name = row.get(kind.nameColumn());
                items.add(new Item(kind.code(), History.number(row.get("id")),
                        name == null ? kind.one() : Names.shortened(name.toString()),
                        kind.keyColumn() == null ? null : (String) row.get(kind.keyColumn()),
                        with.isEmpty() ? null : "with " + String.join(" and ", with),
                        (String) row.get("rev_by"), (Instant) row.get("rev_at")));
            }
            if (!items.isEmpty()) {
                String label = kind.many();
                groups.add(new Group(kind.code(), Character.toUpperCase(label.charAt(0)) + label.substring(1), items));
            }
        }
        return groups;
    }

    /** The deleted rows of a kind in the film whose deletion is their last revision, newest first. */
    List<Map<String, Object>> lastDeleted(Kind kind, Film film) {
        return new ArrayList<>(Sql.rows("select a.*, r.username as rev_by, r.revision_time as rev_at from "
                + kind.aud() + " a join revision r on r.id = a.rev where a.revtype = 2 and " + scope(kind)
                + " and a.rev = (select max(b.rev) from " + kind.aud() + " b where b.id = a.id) order by a.rev desc, a.id",
                film.id));
    }

    /** The condition that an audit row of the kind (alias a) belongs to the film (one parameter). */
    String scope(Kind kind) {
        Kind sequences = kinds.of(Sequence.class), scenes = kinds.of(Scene.class);
        String ofFilm = "select q.id from " + sequences.aud() + " q where q." + sequences.column("film") + " = ?";
        String scenesOfFilm = "select s.id from " + scenes.aud() + " s where s." + scenes.column("sequence") + " in ("
                + ofFilm + ")";
        if (kind.is(Scene.class)) {
            return "a." + scenes.column("sequence") + " in (" + ofFilm + ")";
        }
        if (kind.is(Shot.class)) {
            return "a." + kind.column("scene") + " in (" + scenesOfFilm + ")";
        }
        return "a." + kind.column("film") + " = ?";
    }

    private static Set<String> keys(List<Map<String, Object>> rows, String idColumn) {
        Set<String> keys = new HashSet<>();
        rows.forEach(r -> keys.add(History.number(r.get(idColumn)) + "@" + History.number(r.get("rev"))));
        return keys;
    }

    /** Whether the row went with its parent (deleted in the same revision); counts it for the parent if so. */
    private static boolean folded(Map<String, Object> row, String parentColumn, Set<String> parentsGone,
            Map<String, Integer> counts) {
        Object parent = row.get(parentColumn);
        if (parent == null) {
            return false;
        }
        String key = History.number(parent) + "@" + History.number(row.get("rev"));
        if (parentsGone.contains(key)) {
            counts.merge(key, 1, Integer::sum);
            return true;
        }
        return false;
    }
}
