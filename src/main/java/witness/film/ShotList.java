package witness.film;

import io.quarkus.panache.common.Parameters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import witness.location.Location;
import witness.person.Person;
import witness.web.BadRequest;
import witness.web.Labelled;
import witness.web.QueryString;

/**
 * The shots of a film that pass a filter, grouped by sequence and scene in film order, with the
 * running-time totals of the whole film. A fixed number of queries, whatever the number of shots.
 */
public record ShotList(List<SequenceShots> sequences, Totals totals) {

    /** What the shot list's URL asks for; every part optional. */
    public record Filter(Sequence sequence, Scene scene, ShotKind kind, ShotStatus status, Location location,
            Person interviewee, String text) {

        public static final Filter NONE = new Filter(null, null, null, null, null, null, null);

        /** Reads the URL's filter, answering 400 with the field's name for anything this film has not got. */
        public static Filter of(Film film, String sequence, String scene, String kind, String status, String location,
                String interviewee, String text) {
            return new Filter(
                    blank(sequence) ? null : Sequence.byKey(film, sequence).orElseThrow(
                            () -> new BadRequest("sequence", "this film has no sequence '" + sequence + "'")),
                    blank(scene) ? null : Scene.byKey(film, scene).orElseThrow(
                            () -> new BadRequest("scene", "this film has no scene '" + scene + "'")),
                    Labelled.parse(ShotKind.class, "kind", kind),
                    Labelled.parse(ShotStatus.class, "status", status),
                    blank(location) ? null : Location.byKey(film, location).orElseThrow(
                            () -> new BadRequest("location", "this film has no location '" + location + "'")),
                    blank(interviewee) ? null : Person.byKey(film, interviewee).orElseThrow(
                            () -> new BadRequest("interviewee", "this film has no person '" + interviewee + "'")),
                    blank(text) ? null : text.strip());
        }

        /** Whether only some shots of a scene may show (then scenes without a match are left out). */
        public boolean narrowsShots() {
            return kind != null || status != null || location != null || interviewee != null || text != null;
        }

        /** The same filter from a page's URL parameters. */
        public static Filter of(Film film, Map<String, String> query) {
            return of(film, query.get("sequence"), query.get("scene"), query.get("kind"), query.get("status"),
                    query.get("location"), query.get("interviewee"), query.get("q"));
        }

        /** The URL query that asks for this filter. */
        public String query() {
            Map<String, String> params = new LinkedHashMap<>();
            params.put("sequence", sequence == null ? null : sequence.key);
            params.put("scene", scene == null ? null : scene.key);
            params.put("kind", kind == null ? null : kind.code());
            params.put("status", status == null ? null : status.code());
            params.put("location", location == null ? null : location.key);
            params.put("interviewee", interviewee == null ? null : interviewee.key);
            params.put("q", text);
            return QueryString.of(params);
        }

        public boolean isEmpty() {
            return sequence == null && scene == null && !narrowsShots();
        }

        private static boolean blank(String value) {
            return value == null || value.isBlank();
        }
    }

    public record SequenceShots(Sequence sequence, List<SceneShots> scenes) {
    }

    public record SceneShots(Scene scene, List<Shot> shots) {
    }

    public static ShotList of(Film film, Filter filter) {
        Map<Scene, List<Shot>> byScene = new LinkedHashMap<>();
        for (Scene scene : scenes(film, filter)) {
            byScene.put(scene, new ArrayList<>());
        }
        for (Shot shot : shots(film, filter)) {
            byScene.get(shot.scene).add(shot);
        }
        Map<Sequence, List<SceneShots>> bySequence = new LinkedHashMap<>();
        if (filter.scene() == null && !filter.narrowsShots()) {
            Sequence.ofFilm(film).stream().filter(q -> filter.sequence() == null || q == filter.sequence())
                    .forEach(q -> bySequence.put(q, new ArrayList<>()));
        }
        byScene.forEach((scene, shots) -> {
            if (!filter.narrowsShots() || !shots.isEmpty()) {
                bySequence.computeIfAbsent(scene.sequence, q -> new ArrayList<>()).add(new SceneShots(scene, shots));
            }
        });
        List<SequenceShots> sequences = bySequence.entrySet().stream()
                .map(e -> new SequenceShots(e.getKey(), e.getValue())).toList();
        return new ShotList(sequences, Totals.of(film));
    }

    private static List<Scene> scenes(Film film, Filter filter) {
        Parameters params = Parameters.with("film", film);
        String query = "from Scene sc join fetch sc.sequence q where q.film = :film" + placeClauses(filter, params);
        return Scene.list(query + " order by q.position, sc.position", params);
    }

    /** The sequence and scene parts of a filter, for queries naming them q and sc. */
    private static String placeClauses(Filter filter, Parameters params) {
        StringBuilder clauses = new StringBuilder();
        if (filter.sequence() != null) {
            clauses.append(" and q = :sequence");
            params.and("sequence", filter.sequence());
        }
        if (filter.scene() != null) {
            clauses.append(" and sc = :scene");
            params.and("scene", filter.scene());
        }
        return clauses.toString();
    }

    private static List<Shot> shots(Film film, Filter filter) {
        StringBuilder query = new StringBuilder("from Shot s join fetch s.scene sc join fetch sc.sequence q"
                + " left join fetch s.location left join fetch s.person left join fetch s.source"
                + " where q.film = :film");
        Parameters params = Parameters.with("film", film);
        query.append(placeClauses(filter, params));
        if (filter.kind() != null) {
            query.append(" and s.kind = :kind");
            params.and("kind", filter.kind());
        }
        if (filter.status() != null) {
            query.append(" and s.status = :status");
            params.and("status", filter.status());
        }
        if (filter.location() != null) {
            query.append(" and s.location = :location");
            params.and("location", filter.location());
        }
        if (filter.interviewee() != null) {
            query.append(" and s.person = :person");
            params.and("person", filter.interviewee());
        }
        if (filter.text() != null) {
            query.append(" and (lower(s.description) like :text or lower(s.notes) like :text)");
            params.and("text", "%" + filter.text().toLowerCase(java.util.Locale.ROOT)
                    .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        return Shot.list(query.append(" order by q.position, sc.position, s.position").toString(), params);
    }

    /** Every shot listed, in film order. */
    public List<Shot> shots() {
        return sequences.stream().flatMap(q -> q.scenes().stream()).flatMap(s -> s.shots().stream())
                .collect(Collectors.toList());
    }

    public int count() {
        return sequences.stream().flatMap(q -> q.scenes().stream()).mapToInt(s -> s.shots().size()).sum();
    }
}
