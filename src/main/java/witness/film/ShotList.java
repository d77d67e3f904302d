package witness.film;

import io.quarkus.panache.common.Parameters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import witness.core.Film;
import witness.core.FilterQuery;
import witness.location.Location;
import witness.person.Person;
import witness.web.BadRequest;
import witness.web.Labelled;
import witness.web.QueryString;

/**
 * The shots of a film that pass a filter, grouped by sequence and scene in film order, with the
 * running-time totals of the whole film: all of them, or one {@link SequencePage page} of whole sequences.
 * A fixed number of queries, whatever the number of shots.
 */
public record ShotList(List<SequenceShots> sequences, Totals totals, SequencePage page) {

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

    /** A scene's shots; {@code sortable} when the list shows all of them, so that they can be dragged. */
    public record SceneShots(Scene scene, List<Shot> shots, boolean sortable) {
    }

    /** Every shot that passes the filter, on one page: for the exports and the API. */
    public static ShotList of(Film film, Filter filter) {
        return of(film, filter, listed(film, filter), SequencePage.WHOLE);
    }

    /** The page of this number (or the last) of the shots that pass the filter: for the shot list's page. */
    public static ShotList page(Film film, Filter filter, int number) {
        List<Sequence> sequences = listed(film, filter);
        return of(film, filter, sequences, SequencePage.of(number, sequences, shotsBySequence(film, filter),
                SequencePage.SHOTS));
    }

    /** The page of the unfiltered shot list that shows this sequence. */
    public static int pageNumberOf(Film film, Sequence sequence) {
        return SequencePage.numberOf(sequence, Sequence.ofFilm(film), shotsBySequence(film, Filter.NONE),
                SequencePage.SHOTS);
    }

    /** The sequences the filter lets through, in film order. */
    private static List<Sequence> listed(Film film, Filter filter) {
        return Sequence.ofFilm(film).stream().filter(q -> filter.sequence() == null || q == filter.sequence())
                .toList();
    }

    /** How many shots of each sequence (by id) pass the filter. */
    private static Map<Long, Long> shotsBySequence(Film film, Filter filter) {
        Parameters params = Parameters.with("film", film);
        var query = Shot.getEntityManager().createQuery("select q.id, count(s) from Shot s join s.scene sc"
                + " join sc.sequence q where q.film = :film" + shotClauses(filter, params) + " group by q.id",
                Object[].class);
        params.map().forEach(query::setParameter);
        Map<Long, Long> counts = new HashMap<>();
        query.getResultList().forEach(row -> counts.put((Long) row[0], (Long) row[1]));
        return counts;
    }

    private static ShotList of(Film film, Filter filter, List<Sequence> listed, SequencePage page) {
        Map<Scene, List<Shot>> byScene = new LinkedHashMap<>();
        for (Scene scene : scenes(film, filter, page)) {
            byScene.put(scene, new ArrayList<>());
        }
        for (Shot shot : shots(film, filter, page)) {
            byScene.get(shot.scene).add(shot);
        }
        Map<Sequence, List<SceneShots>> bySequence = new LinkedHashMap<>();
        if (filter.scene() == null && !filter.narrowsShots()) {
            listed.stream().filter(q -> !page.paged() || page.sequences().contains(q))
                    .forEach(q -> bySequence.put(q, new ArrayList<>()));
        }
        byScene.forEach((scene, shots) -> {
            if (!filter.narrowsShots() || !shots.isEmpty()) {
                bySequence.computeIfAbsent(scene.sequence, q -> new ArrayList<>()).add(new SceneShots(scene, shots,
                        !filter.narrowsShots()));
            }
        });
        List<SequenceShots> sequences = bySequence.entrySet().stream()
                .map(e -> new SequenceShots(e.getKey(), e.getValue())).toList();
        return new ShotList(sequences, Totals.of(film), page);
    }

    private static List<Scene> scenes(Film film, Filter filter, SequencePage page) {
        Parameters params = Parameters.with("film", film);
        String query = "from Scene sc join fetch sc.sequence q where q.film = :film" + placeClauses(filter, params)
                + pageClause(page, params);
        return Scene.list(query + " order by q.position, sc.position", params);
    }

    /** Only the sequences of the page, when the list is cut into pages. */
    private static String pageClause(SequencePage page, Parameters params) {
        if (!page.paged()) {
            return "";
        }
        params.and("page", page.sequences());
        return " and q in :page";
    }

    /** The sequence and scene parts of a filter, for queries naming them q and sc. */
    private static String placeClauses(Filter filter, Parameters params) {
        return FilterQuery.of("", params).and("q = :sequence", "sequence", filter.sequence())
                .and("sc = :scene", "scene", filter.scene()).query();
    }

    private static List<Shot> shots(Film film, Filter filter, SequencePage page) {
        Parameters params = Parameters.with("film", film);
        String query = "from Shot s join fetch s.scene sc join fetch sc.sequence q"
                + " left join fetch s.location left join fetch s.person left join fetch s.source"
                + " where q.film = :film" + shotClauses(filter, params) + pageClause(page, params);
        return Shot.list(query + " order by q.position, sc.position, s.position", params);
    }

    /** The conditions of a filter on the shots, for queries naming them s, sc and q. */
    private static String shotClauses(Filter filter, Parameters params) {
        return FilterQuery.of(placeClauses(filter, params), params).and("s.kind = :kind", "kind", filter.kind())
                .and("s.status = :status", "status", filter.status())
                .and("s.location = :location", "location", filter.location())
                .and("s.person = :person", "person", filter.interviewee())
                .and("(lower(s.description) like :text or lower(s.notes) like :text)", "text",
                        containing(filter.text()))
                .query();
    }

    /** A like pattern for text anywhere in a value, its own %, _ and \\ taken as written; null for no text. */
    private static String containing(String text) {
        return text == null ? null : "%" + text.toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
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
