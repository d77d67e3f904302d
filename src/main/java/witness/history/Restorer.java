package witness.history;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.ObjIntConsumer;
import java.util.function.ToIntFunction;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.exception.ConstraintViolationException;
import witness.core.Film;
import witness.film.Scene;
import witness.film.Sequence;
import witness.film.Shot;
import witness.interview.Interview;
import witness.interview.Transcript;
import witness.location.Location;
import witness.person.Person;
import witness.person.PersonContact;
import witness.research.ChronologyEvent;
import witness.research.Citation;
import witness.research.ResearchLogEntry;
import witness.research.Source;
import witness.schedule.ShootDay;
import witness.web.WriteConflict;

/**
 * Brings a deleted item back as it was just before its deletion, with its own id, so that its history goes
 * on where it stopped. Its row and its collections are copied back from the audit tables (the deletion's
 * revision keeps their last values), and the copy is recorded in the restoring revision as a creation, which
 * the history shows as "restored". What was deleted with it and needs it comes back too:
 * <ul>
 * <li>a sequence: its scenes, with their shots and citations;</li>
 * <li>a scene: its shots and its citations, its chronology events and its paper edit (testimonies that
 * still exist); it goes back to its place in its sequence;</li>
 * <li>a shot: its place in its scene; a location, person or source deleted since is left empty;</li>
 * <li>an interview: its transcript;</li>
 * <li>a source: its authors, its citations (in scenes that still exist) and its links from shots,
 * chronology events and research log entries;</li>
 * <li>a location: its links from shots, interviews, shoot days and research log entries (not its photos:
 * the history keeps no files);</li>
 * <li>a person: their contact details; a research log entry: its follow-ups and links; a chronology event:
 * its people, sources and the scenes that covered it.</li>
 * </ul>
 * Shoot days do not plan a restored shot or interview again: planning is left to the producer. A restore is
 * refused (409, saying why) when the item's parent is gone or its key has been taken by another item since.
 */
@ApplicationScoped
public class Restorer {
    @Inject
    EntityManager em;
    @Inject
    Kinds kinds;
    @Inject
    DeletedItems deletedItems;

    /** What was restored, in words, and the page where it is. */
    public record Restored(String message, String page) {
    }

    @Transactional
    public Restored restore(Film film, Kind kind, long id) {
        Map<String, Object> last = lastRow(kind, id)
                .filter(row -> History.number(row.get("revtype")) == 2 && inFilm(kind, row, film))
                .orElseThrow(() -> new NotFoundException("This film has no deleted " + kind.one() + " " + id + "."));
        if (!Sql.ids("select id from " + kind.table() + " where id = ?", id).isEmpty()) {
            throw new WriteConflict(title(kind, last) + " has already been restored.");
        }
        try {
            BiFunction<Film, Map<String, Object>, Restored> restoring = restorings().get(kind.type());
            if (restoring == null) {
                throw new NotFoundException("A " + kind.one() + " cannot be restored on its own.");
            }
            return restoring.apply(film, last);
        } catch (ConstraintViolationException e) {
            // Another producer restored it, or made something in its place, at the same moment.
            throw new WriteConflict(title(kind, last) + " could not be restored: something changed at the same moment ("
                    + e.getConstraintName() + "). Reload the page and try again.");
        }
    }

    // ---- the kinds

    private Map<Class<?>, BiFunction<Film, Map<String, Object>, Restored>> restorings() {
        return Map.of(Sequence.class, this::sequence, Scene.class, this::scene, Shot.class, this::shot,
                Interview.class, this::interview, Source.class, this::source, Person.class, this::person,
                Location.class, this::location, ResearchLogEntry.class, this::logEntry,
                ChronologyEvent.class, this::event);
    }

    private Restored sequence(Film film, Map<String, Object> row) {
        keyFree(kinds.of(Sequence.class), row, Sequence.byKey(film, key(row)).map(s -> s.title));
        long delRev = rev(row), id = id(row);
        List<Long> scenes = deletedWith(kinds.of(Scene.class), "sequence_id", id, delRev);
        for (long scene : scenes) {
            keysOfScene(film, scene, delRev);
        }
        long rev = revision();
        int position = makeRoom(Sequence.ofFilm(film), s -> s.position, (s, p) -> s.position = p, position(row));
        reinsert(kinds.of(Sequence.class), id, delRev, rev, Map.of("position", position));
        Counts counts = new Counts();
        for (long scene : scenes) {
            restoreScene(scene, delRev, rev, null, counts);
        }
        return new Restored("Restored the sequence ‘" + row.get("title") + "’" + counts.said() + ".",
                "/films/" + film.slug + "#sequence-" + key(row));
    }

    private Restored scene(Film film, Map<String, Object> row) {
        long sequenceId = History.number(row.get("sequence_id"));
        Sequence sequence = Sequence.findById(sequenceId);
        if (sequence == null) {
            String gone = lastRow(kinds.of(Sequence.class), sequenceId).map(s -> "‘" + s.get("title") + "’").orElse("");
            throw new WriteConflict(title(kinds.of(Scene.class), row) + " cannot be restored: its sequence " + gone
                    + " no longer exists. Restore the sequence first (it brings back the scenes deleted with it).");
        }
        keysOfScene(film, id(row), -1);
        long delRev = rev(row), rev = revision();
        int position = makeRoom(Scene.ofSequence(sequence), s -> s.position, (s, p) -> s.position = p, position(row));
        Counts counts = new Counts();
        restoreScene(id(row), delRev, rev, position, counts);
        counts.scenes--;
        return new Restored("Restored the scene ‘" + row.get("title") + "’" + counts.said() + ".",
                "/films/" + film.slug + "/scenes/" + key(row));
    }

    private Restored shot(Film film, Map<String, Object> row) {
        long sceneId = History.number(row.get("scene_id"));
        Scene scene = Scene.findById(sceneId);
        if (scene == null) {
            String gone = lastRow(kinds.of(Scene.class), sceneId).map(s -> "‘" + s.get("title") + "’").orElse("");
            throw new WriteConflict(title(kinds.of(Shot.class), row) + " cannot be restored: its scene " + gone
                    + " no longer exists. Restore the scene first (it brings back the shots deleted with it).");
        }
        keyFree(kinds.of(Shot.class), row, Shot.byKey(film, key(row)).map(s -> s.key));
        long rev = revision();
        int position = makeRoom(Shot.ofScene(scene), s -> s.position, (s, p) -> s.position = p, position(row));
        reinsert(kinds.of(Shot.class), id(row), rev(row), rev, Map.of("position", position));
        return new Restored("Restored the shot " + key(row) + " in the scene ‘" + scene.title + "’.",
                "/films/" + film.slug + "/scenes/" + scene.key + "#shot-" + key(row));
    }

    private Restored interview(Film film, Map<String, Object> row) {
        keyFree(kinds.of(Interview.class), row, Interview.byKey(film, key(row)).map(Interview::interviewee));
        Object personId = row.get("person_id");
        if (personId != null && Person.findById(History.number(personId)) == null) {
            String gone = lastRow(kinds.of(Person.class), History.number(personId)).map(p -> "‘" + p.get("name") + "’").orElse("");
            throw new WriteConflict(title(kinds.of(Interview.class), row) + " cannot be restored: the person it is with, " + gone
                    + ", no longer exists. Restore the person first.");
        }
        long delRev = rev(row), rev = revision(), id = id(row);
        reinsert(kinds.of(Interview.class), id, delRev, rev, Map.of());
        String with = "";
        for (long transcript : deletedWith(kinds.of(Transcript.class), "interview_id", id, delRev)) {
            reinsert(kinds.of(Transcript.class), transcript, delRev, rev, Map.of());
            int lines = reinsertRows("transcript_line", "transcript_id", transcript, delRev, rev);
            with = " with its transcript (" + Kind.count(lines, "line") + ")";
        }
        return new Restored("Restored the interview " + key(row) + with + ". Shoot days do not plan it again by"
                + " themselves; a release form scan deleted with it is not kept by the history.",
                "/films/" + film.slug + "/interviews/" + key(row));
    }

    private Restored source(Film film, Map<String, Object> row) {
        keyFree(kinds.of(Source.class), row, Source.byKey(film, key(row)).map(s -> s.title));
        long delRev = rev(row), rev = revision(), id = id(row);
        reinsert(kinds.of(Source.class), id, delRev, rev, Map.of());
        Source source = Source.findById(id);
        int citations = 0;
        for (long citation : deletedWith(kinds.of(Citation.class), "source_id", id, delRev)) {
            if (restoreCitationInPlace(citation, delRev, rev)) {
                citations++;
            }
        }
        nulledAt(kinds.of(Shot.class), "source_id", id, delRev).forEach(shotId -> {
            Shot shot = Shot.findById(shotId);
            if (shot != null && shot.source == null) {
                shot.source = source;
            }
        });
        unlinkedAt("event_source", "chronology_event_id", "sources_id", id, delRev).forEach(eventId -> {
            ChronologyEvent event = ChronologyEvent.findById(eventId);
            if (event != null) {
                event.sources.add(source);
            }
        });
        unlinkedAt("log_source", "research_log_entry_id", "sources_id", id, delRev).forEach(entryId -> {
            ResearchLogEntry entry = ResearchLogEntry.findById(entryId);
            if (entry != null) {
                entry.sources.add(source);
            }
        });
        return new Restored("Restored the source ‘" + row.get("title") + "’"
                + (citations > 0 ? " with " + Kind.count(citations, "citation") : "") + ".",
                "/films/" + film.slug + "/sources/" + key(row));
    }

    private Restored person(Film film, Map<String, Object> row) {
        keyFree(kinds.of(Person.class), row, Person.byKey(film, key(row)).map(p -> p.name));
        long delRev = rev(row), rev = revision(), id = id(row);
        reinsert(kinds.of(Person.class), id, delRev, rev, Map.of());
        for (long contact : deletedWith(kinds.of(PersonContact.class), "person_id", id, delRev)) {
            reinsert(kinds.of(PersonContact.class), contact, delRev, rev, Map.of());
        }
        return new Restored("Restored " + row.get("name") + ".", "/films/" + film.slug + "/people/" + key(row));
    }

    private Restored location(Film film, Map<String, Object> row) {
        keyFree(kinds.of(Location.class), row, Location.byKey(film, key(row)).map(l -> l.name));
        long delRev = rev(row), rev = revision(), id = id(row);
        reinsert(kinds.of(Location.class), id, delRev, rev, Map.of());
        Location location = Location.findById(id);
        nulledAt(kinds.of(Shot.class), "location_id", id, delRev).forEach(shotId -> {
            Shot shot = Shot.findById(shotId);
            if (shot != null && shot.location == null) {
                shot.location = location;
            }
        });
        nulledAt(kinds.of(Interview.class), "location_id", id, delRev).forEach(interviewId -> {
            Interview interview = Interview.findById(interviewId);
            if (interview != null && interview.location == null) {
                interview.location = location;
            }
        });
        for (long dayId : Sql.ids("select a.id from shoot_day_aud a where a.rev = ? and a.location_id is null"
                + " and exists (select 1 from shoot_day_aud p where p.id = a.id and p.location_id = ?)", delRev, id)) {
            ShootDay day = ShootDay.findById(dayId);
            if (day != null && day.location == null) {
                day.location = location;
            }
        }
        unlinkedAt("log_location", "research_log_entry_id", "locations_id", id, delRev).forEach(entryId -> {
            ResearchLogEntry entry = ResearchLogEntry.findById(entryId);
            if (entry != null) {
                entry.locations.add(location);
            }
        });
        return new Restored("Restored the location ‘" + row.get("name") + "’ (without its photos: the history"
                + " keeps no files).", "/films/" + film.slug + "/locations/" + key(row));
    }

    private Restored logEntry(Film film, Map<String, Object> row) {
        long rev = revision();
        reinsert(kinds.of(ResearchLogEntry.class), id(row), rev(row), rev, Map.of());
        return new Restored("Restored the research log entry ‘" + row.get("summary") + "’.",
                "/films/" + film.slug + "/research-log/" + id(row));
    }

    private Restored event(Film film, Map<String, Object> row) {
        keyFree(kinds.of(ChronologyEvent.class), row, ChronologyEvent.byKey(film, key(row)).map(e -> e.description));
        long delRev = rev(row), rev = revision(), id = id(row);
        reinsert(kinds.of(ChronologyEvent.class), id, delRev, rev, Map.of());
        ChronologyEvent event = ChronologyEvent.findById(id);
        unlinkedAt("scene_event", "scene_id", "events_id", id, delRev).forEach(sceneId -> {
            Scene scene = Scene.findById(sceneId);
            if (scene != null) {
                scene.events.add(event);
            }
        });
        return new Restored("Restored the chronology event ‘" + Names.shortened(row.get("description").toString())
                + "’.", "/films/" + film.slug + "/chronology/" + key(row));
    }

    // ---- scenes and what goes with them

    private static final class Counts {
        int scenes, shots, citations;

        String said() {
            List<String> parts = new ArrayList<>();
            if (scenes > 0) {
                parts.add(Kind.count(scenes, "scene"));
            }
            if (shots > 0) {
                parts.add(Kind.count(shots, "shot"));
            }
            if (citations > 0) {
                parts.add(Kind.count(citations, "citation"));
            }
            return parts.isEmpty() ? "" : " with " + String.join(", ", parts);
        }
    }

    /** Refuses a scene (and its shots deleted with it) whose keys other items have taken since. */
    private void keysOfScene(Film film, long sceneId, long delRev) {
        Map<String, Object> scene = lastRow(kinds.of(Scene.class), sceneId).orElseThrow();
        keyFree(kinds.of(Scene.class), scene, Scene.byKey(film, key(scene)).map(s -> s.title));
        for (long shotId : deletedWith(kinds.of(Shot.class), "scene_id", sceneId, delRev < 0 ? rev(scene) : delRev)) {
            Map<String, Object> shot = lastRow(kinds.of(Shot.class), shotId).orElseThrow();
            Optional<Shot> taken = Shot.byKey(film, key(shot));
            if (taken.isPresent()) {
                throw new WriteConflict(title(kinds.of(Scene.class), scene) + " cannot be restored: its shot key ‘" + key(shot)
                        + "’ has been given to another shot since (in the scene ‘" + taken.get().scene.title
                        + "’). Delete that shot first.");
            }
        }
    }

    /** Puts a scene back (at the position given, or where it was) with its shots, citations and collections. */
    private void restoreScene(long sceneId, long delRev, long rev, Integer position, Counts counts) {
        reinsert(kinds.of(Scene.class), sceneId, delRev, rev, position == null ? Map.of() : Map.of("position", position));
        counts.scenes++;
        for (long shot : deletedWith(kinds.of(Shot.class), "scene_id", sceneId, delRev)) {
            reinsert(kinds.of(Shot.class), shot, delRev, rev, Map.of());
            counts.shots++;
        }
        for (long citation : deletedWith(kinds.of(Citation.class), "scene_id", sceneId, delRev)) {
            if (citable(citation, delRev)) {
                reinsert(kinds.of(Citation.class), citation, delRev, rev, Map.of());
                counts.citations++;
            }
        }
    }

    /** Whether a deleted citation still has something to cite: its source or its testimony. */
    private boolean citable(long citation, long delRev) {
        return !Sql.ids("select a.id from citation_aud a where a.id = ? and a.rev = ? and (exists (select 1 from"
                + " source s where s.id = a.source_id) or exists (select 1 from testimony t where t.id = a.testimony_id))",
                citation, delRev).isEmpty();
    }

    /** A citation deleted with its source goes back to its footnote number in its scene, if the scene is there. */
    private boolean restoreCitationInPlace(long citation, long delRev, long rev) {
        Map<String, Object> row = Sql.rows("select * from citation_aud where id = ? and rev = ?", citation, delRev).get(0);
        Scene scene = Scene.findById(History.number(row.get("scene_id")));
        if (scene == null) {
            return false;
        }
        List<Citation> footnotes = Citation.list("scene = ?1 order by position, id", scene);
        int position = makeRoom(footnotes, c -> c.position, (c, p) -> c.position = p, position(row));
        reinsert(kinds.of(Citation.class), citation, delRev, rev, Map.of("position", position));
        return true;
    }

    // ---- copying rows back

    /**
     * Inserts the item's row as it was at the deletion (references to items deleted since left empty, the
     * version back to 0), its collections, and the audit rows that record it as created in this revision.
     */
    private void reinsert(Kind kind, long id, long delRev, long rev, Map<String, Object> overrides) {
        em.flush();
        List<String> columns = dataColumns(kind.aud());
        List<String> live = Sql.columns(kind.table());
        List<String> into = new ArrayList<>(), select = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        for (String column : columns) {
            into.add(column);
            if (overrides.containsKey(column)) {
                select.add("?");
                params.add(overrides.get(column));
            } else if (kind.fields().stream().anyMatch(f -> f.column().equals(column)
                    && f.value() instanceof Value.Reference)) {
                String target = kind.fields().stream().filter(f -> f.column().equals(column))
                        .map(f -> ((Value.Reference) f.value()).table()).findFirst().orElseThrow();
                select.add("case when exists (select 1 from " + target + " x where x.id = a." + column + ") then a."
                        + column + " end");
            } else {
                select.add("a." + column);
            }
        }
        if (live.contains("version") && !into.contains("version")) {
            into.add("version");
            select.add("0");
        }
        params.add(id);
        params.add(delRev);
        Sql.update("insert into " + kind.table() + " (" + String.join(", ", into) + ") select "
                + String.join(", ", select) + " from " + kind.aud() + " a where a.id = ? and a.rev = ?",
                params.toArray());
        recordCreated(kind.table(), "id", id, rev);
        for (Kind.Part part : kind.parts()) {
            reinsertPart(part, id, delRev, rev);
        }
    }

    /** Copies back the rows of a child table deleted with their owner (transcript lines), recorded as created. */
    private int reinsertRows(String table, String ownerColumn, long ownerId, long delRev, long rev) {
        em.flush();
        List<String> columns = dataColumns(table + "_aud");
        String list = String.join(", ", columns);
        int n = Sql.update("insert into " + table + " (" + list + ") select " + list + " from " + table
                + "_aud a where a." + ownerColumn + " = ? and a.rev = ? and a.revtype = 2", ownerId, delRev);
        recordCreated(table, ownerColumn, ownerId, rev);
        return n;
    }

    /** A collection as it was when its owner was deleted: its elements that still exist, renumbered if a list. */
    private void reinsertPart(Kind.Part part, long ownerId, long delRev, long rev) {
        List<String> columns = dataColumns(part.aud());
        List<String> select = new ArrayList<>();
        for (String column : columns) {
            select.add(column.equals(part.order()) && part.isJoin()
                    ? "row_number() over (order by a." + column + ") - 1" : "a." + column);
        }
        String where = "a." + part.ownerColumn() + " = ? and a.rev = ? and a.revtype = 2"
                + (part.isJoin() ? " and exists (select 1 from " + part.elementTable() + " x where x.id = a."
                        + part.elementColumn() + ")" : "");
        Sql.update("insert into " + part.table() + " (" + String.join(", ", columns) + ") select "
                + String.join(", ", select) + " from " + part.aud() + " a where " + where, ownerId, delRev);
        recordCreated(part.table(), part.ownerColumn(), ownerId, rev);
    }

    /** Writes what Envers writes for a creation: the rows as they now are, in this revision, revtype 0. */
    private static void recordCreated(String table, String column, long value, long rev) {
        List<String> columns = dataColumns(table + "_aud");
        String list = String.join(", ", columns);
        Sql.update("insert into " + table + "_aud (rev, revtype, " + list + ") select ?, 0, " + list + " from "
                + table + " where " + column + " = ?", rev, value);
    }

    private static List<String> dataColumns(String audTable) {
        return Sql.columns(audTable).stream().filter(c -> !c.equals("rev") && !c.equals("revtype")).toList();
    }

    /** The revision this transaction writes (who is restoring, and when), stored now so that rows can name it. */
    private long revision() {
        Revision revision = AuditReaderFactory.get(em).getCurrentRevision(Revision.class, true);
        em.flush();
        return revision.id;
    }

    // ---- reading the audit tables

    static Optional<Map<String, Object>> lastRow(Kind kind, long id) {
        List<Map<String, Object>> rows = Sql.rows("select a.* from " + kind.aud() + " a where a.id = ? and a.rev ="
                + " (select max(b.rev) from " + kind.aud() + " b where b.id = a.id)", id);
        return rows.stream().findFirst();
    }

    private boolean inFilm(Kind kind, Map<String, Object> row, Film film) {
        List<Long> ids = Sql.ids("select count(*) from " + kind.aud() + " a where a.id = ? and a.rev = ? and "
                + deletedItems.scope(kind), id(row), rev(row), film.id);
        return ids.get(0) > 0;
    }

    /** The ids of the items of a kind deleted in the same revision as their parent. */
    private static List<Long> deletedWith(Kind kind, String parentColumn, long parentId, long delRev) {
        return Sql.ids("select a.id from " + kind.aud() + " a where a." + parentColumn + " = ? and a.rev = ? and"
                + " a.revtype = 2 order by a.id", parentId, delRev);
    }

    /** Items of a kind whose reference to the item was emptied by its deletion. */
    private static List<Long> nulledAt(Kind kind, String column, long itemId, long delRev) {
        String aud = kind.aud();
        return Sql.ids("select a.id from " + aud + " a where a.rev = ? and a.revtype = 1 and a." + column
                + " is null and exists (select 1 from " + aud + " p where p.id = a.id and p." + column + " = ? and"
                + " p.rev = (select max(q.rev) from " + aud + " q where q.id = a.id and q.rev < ?))",
                delRev, itemId, delRev);
    }

    /** The owners whose collection lost the item at its deletion. */
    private static List<Long> unlinkedAt(String table, String ownerColumn, String elementColumn, long itemId,
            long delRev) {
        return Sql.ids("select a." + ownerColumn + " from " + table + "_aud a where a.rev = ? and a.revtype = 2 and a."
                + elementColumn + " = ?", delRev, itemId);
    }

    /** Makes room at a 1-based position among ordered siblings (moving the later ones down); the place found. */
    static <T> int makeRoom(List<T> siblings, ToIntFunction<T> position, ObjIntConsumer<T> place, int wanted) {
        int at = Math.max(1, Math.min(wanted, siblings.size() + 1));
        for (T sibling : siblings) {
            int p = position.applyAsInt(sibling);
            if (p >= at) {
                place.accept(sibling, p + 1);
            }
        }
        return at;
    }

    private void keyFree(Kind kind, Map<String, Object> row, Optional<String> takenBy) {
        if (takenBy.isPresent()) {
            throw new WriteConflict(title(kind, row) + " cannot be restored: its key ‘" + key(row) + "’ has been given to"
                    + " another " + kind.one() + " since (‘" + Names.shortened(takenBy.get()) + "’). Delete that one"
                    + " first.");
        }
    }

    static String title(Kind kind, Map<String, Object> row) {
        Object name = row.get(kind.nameColumn());
        String one = Character.toUpperCase(kind.one().charAt(0)) + kind.one().substring(1);
        return name == null ? one : one + " ‘" + Names.shortened(name.toString()) + "’";
    }

    private static long id(Map<String, Object> row) {
        return History.number(row.get("id"));
    }

    private static long rev(Map<String, Object> row) {
        return History.number(row.get("rev"));
    }

    private static int position(Map<String, Object> row) {
        Object p = row.get("position");
        return p == null ? Integer.MAX_VALUE : (int) History.number(p);
    }

    /** The item's key: the one *_key column its row has. */
    private static String key(Map<String, Object> row) {
        return row.entrySet().stream().filter(e -> e.getKey().endsWith("_key")).map(e -> (String) e.getValue())
                .findFirst().orElse(null);
    }
}
