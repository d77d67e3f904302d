package witness.history;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.ObjIntConsumer;
import java.util.function.ToIntFunction;
import jakarta.validation.ValidationException;
import org.hibernate.exception.ConstraintViolationException;
import witness.core.Film;
import witness.film.Scene;
import witness.film.Sequence;
import witness.film.Shot;
import witness.interview.Clip;
import witness.interview.Interview;
import witness.interview.Transcript;
import witness.interview.TranscriptLine;
import witness.location.Location;
import witness.person.Person;
import witness.person.PersonContact;
import witness.chronology.ChronologyEvent;
import witness.film.Citation;
import witness.film.Numbering;
import witness.research.ResearchLogEntry;
import witness.source.Source;
import witness.schedule.ShootDay;
import witness.web.WriteConflict;

/**
 * Brings a deleted item back as it was just before its deletion, with its own id, so that its history goes
 * on where it stopped: its state is read through Envers and stored again through the entities ({@link Revival}),
 * and the restoring revision records it as a creation, which the history shows as "restored". What was deleted
 * with it and needs it comes back too:
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
    @Inject EntityManager em;
    @Inject Kinds kinds;
    @Inject DeletedItems deletedItems;
    @Inject AuditedStates states;
    @Inject Revival revival;

    /** What was restored, in words, and the page where it is. */
    public record Restored(String message, String page) {
    }

    /** How one kind is restored, from its last state and the revision that deleted it. */
    private interface Restoring<T> {
        Restored restore(Film film, T item, long deletion);
    }

    private record Way<T>(Class<T> type, Restoring<T> restoring) {
        Restored restore(Film film, Object item, long deletion) {
            return restoring.restore(film, type.cast(item), deletion);
        }
    }

    @Transactional
    public Restored restore(Film film, Kind kind, long id) {
        AuditedStates.Last<?> last = states.last(kind.type(), id).filter(l -> l.deleted() && inFilm(kind, l, film))
                .orElseThrow(() -> new NotFoundException("This film has no deleted " + kind.one() + " " + id + "."));
        if (em.find(kind.type(), id) != null) {
            throw new WriteConflict(title(kind, last.item()) + " has already been restored.");
        }
        Way<?> way = ways().stream().filter(w -> w.type().equals(kind.type())).findFirst()
                .orElseThrow(() -> new NotFoundException("A " + kind.one() + " cannot be restored on its own."));
        try {
            Restored restored = way.restore(film, last.item(), last.revision());
            em.flush();
            return restored;
        } catch (PersistenceException e) {
            ConstraintViolationException violation = violation(e);
            if (violation == null) {
                throw e;
            }
            // Another producer restored it, or made something in its place, at the same moment.
            throw new WriteConflict(title(kind, last.item()) + " could not be restored: something changed at the same"
                    + " moment (" + violation.getConstraintName() + "). Reload the page and try again.");
        } catch (ValidationException e) {
            // Stored again as an entity, the old state is checked by today's rules, which may be stricter.
            throw new WriteConflict(title(kind, last.item()) + " cannot be restored as it was: it does not meet"
                    + " today's checks (" + e.getMessage() + ").");
        }
    }

    private List<Way<?>> ways() {
        return List.of(new Way<>(Sequence.class, this::sequence), new Way<>(Scene.class, this::scene),
                new Way<>(Shot.class, this::shot), new Way<>(Interview.class, this::interview),
                new Way<>(Source.class, this::source), new Way<>(Person.class, this::person),
                new Way<>(Location.class, this::location), new Way<>(ResearchLogEntry.class, this::logEntry),
                new Way<>(ChronologyEvent.class, this::event));
    }

    // ---- the kinds

    private Restored sequence(Film film, Sequence gone, long deletion) {
        keyFree(Sequence.class, gone, gone.key, Sequence.byKey(film, gone.key).map(s -> s.title));
        List<Scene> scenes = states.deletedWith(Scene.class, "sequence", gone.id, deletion);
        for (Scene scene : scenes) {
            keysOfScene(film, scene, deletion);
        }
        Sequence sequence = revival.copyOf(states.before(Sequence.class, gone.id, deletion));
        sequence.position = makeRoom(Sequence.ofFilm(film), s -> s.position, (s, p) -> s.position = p, gone.position);
        revival.bringBack(sequence);
        Counts counts = new Counts();
        for (Scene scene : scenes) {
            restoreScene(revival.copyOf(scene), deletion, counts);
        }
        Numbering.restored(sequence);
        return new Restored("Restored the sequence ‘" + gone.title + "’" + counts.said() + ".",
                sequence.path());
    }

    private Restored scene(Film film, Scene gone, long deletion) {
        Sequence sequence = parent(Scene.class, gone, Sequence.class, gone.sequence);
        keysOfScene(film, gone, deletion);
        Scene scene = revival.copyOf(states.before(Scene.class, gone.id, deletion));
        scene.position = makeRoom(Scene.ofSequence(sequence), s -> s.position, (s, p) -> s.position = p,
                gone.position);
        Counts counts = new Counts();
        restoreScene(scene, deletion, counts);
        Numbering.restored(scene);
        counts.scenes--;
        return new Restored("Restored the scene ‘" + gone.title + "’" + counts.said() + ".",
                "/films/" + film.slug + "/scenes/" + gone.key);
    }

    private Restored shot(Film film, Shot gone, long deletion) {
        Scene scene = parent(Shot.class, gone, Scene.class, gone.scene);
        keyFree(Shot.class, gone, gone.key, Shot.byKey(film, gone.key).map(s -> s.key));
        Shot shot = revival.copyOf(states.before(Shot.class, gone.id, deletion));
        shot.position = makeRoom(Shot.ofScene(scene), s -> s.position, (s, p) -> s.position = p, gone.position);
        revival.bringBack(shot);
        Numbering.restored(shot);
        return new Restored("Restored the shot " + gone.key + " in the scene ‘" + scene.title + "’.",
                "/films/" + film.slug + "/scenes/" + scene.key + "#shot-" + gone.key);
    }

    private Restored interview(Film film, Interview gone, long deletion) {
        keyFree(Interview.class, gone, gone.key, Interview.byKey(film, gone.key).map(Interview::interviewee));
        if (gone.person != null && Person.findById(states.id(gone.person)) == null) {
            String was = states.last(Person.class, states.id(gone.person)).map(p -> "‘" + p.item().name + "’")
                    .orElse("");
            throw new WriteConflict(title(Interview.class, gone) + " cannot be restored: the person it is with, " + was
                    + ", no longer exists. Restore the person first.");
        }
        revival.bringBack(revival.copyOf(states.before(Interview.class, gone.id, deletion)));
        String with = clips(film, gone, deletion);
        for (Transcript transcript : states.deletedWith(Transcript.class, "interview", gone.id, deletion)) {
            revival.bringBack(revival.copyOf(transcript));
            List<TranscriptLine> lines = states.deletedWith(TranscriptLine.class, "transcript", transcript.id,
                    deletion);
            lines.forEach(line -> revival.bringBack(revival.copyOf(line)));
            with += (with.isEmpty() ? " with" : " and") + " its transcript (" + Kind.count(lines.size(), "line") + ")";
        }
        return new Restored("Restored the interview " + gone.key + with + ". Shoot days do not plan it again by"
                + " themselves; a release form scan and the clips' proxies deleted with it are not kept by the history.",
                "/films/" + film.slug + "/interviews/" + gone.key);
    }

    /** Brings back the interview's clips deleted with it, but those whose key another clip has taken since. */
    private String clips(Film film, Interview gone, long deletion) {
        int clips = 0;
        for (Clip clip : states.deletedWith(Clip.class, "interview", gone.id, deletion)) {
            if (Clip.byKey(film, clip.key).isEmpty()) {
                revival.bringBack(revival.copyOf(clip));
                clips++;
            }
        }
        return clips == 0 ? "" : " with its rushes (" + Kind.count(clips, "clip") + ")";
    }

    private Restored source(Film film, Source gone, long deletion) {
        keyFree(Source.class, gone, gone.key, Source.byKey(film, gone.key).map(s -> s.title));
        Source source = revival.bringBack(revival.copyOf(states.before(Source.class, gone.id, deletion)));
        int citations = 0;
        for (Citation citation : states.deletedWith(Citation.class, "source", gone.id, deletion)) {
            if (restoreCitationInPlace(revival.copyOf(citation))) {
                citations++;
            }
        }
        for (Shot shot : referring(Shot.class, "source", gone.id, deletion)) {
            if (shot.source == null) {
                shot.source = source;
            }
        }
        for (ChronologyEvent event : unlinked(ChronologyEvent.class, "sources", gone.id, deletion)) {
            event.sources.add(source);
        }
        for (ResearchLogEntry entry : unlinked(ResearchLogEntry.class, "sources", gone.id, deletion)) {
            entry.sources.add(source);
        }
        return new Restored("Restored the source ‘" + gone.title + "’"
                + (citations > 0 ? " with " + Kind.count(citations, "citation") : "") + ".",
                "/films/" + film.slug + "/sources/" + gone.key);
    }

    private Restored person(Film film, Person gone, long deletion) {
        keyFree(Person.class, gone, gone.key, Person.byKey(film, gone.key).map(p -> p.name));
        revival.bringBack(revival.copyOf(states.before(Person.class, gone.id, deletion)));
        for (PersonContact contact : states.deletedWith(PersonContact.class, "person", gone.id, deletion)) {
            revival.bringBack(revival.copyOf(contact));
        }
        return new Restored("Restored " + gone.name + ".", "/films/" + film.slug + "/people/" + gone.key);
    }

    private Restored location(Film film, Location gone, long deletion) {
        keyFree(Location.class, gone, gone.key, Location.byKey(film, gone.key).map(l -> l.name));
        Location location = revival.bringBack(revival.copyOf(states.before(Location.class, gone.id, deletion)));
        for (Shot shot : referring(Shot.class, "location", gone.id, deletion)) {
            if (shot.location == null) {
                shot.location = location;
            }
        }
        for (Interview interview : referring(Interview.class, "location", gone.id, deletion)) {
            if (interview.location == null) {
                interview.location = location;
            }
        }
        for (ShootDay day : referring(ShootDay.class, "location", gone.id, deletion)) {
            if (day.location == null) {
                day.location = location;
            }
        }
        for (ResearchLogEntry entry : unlinked(ResearchLogEntry.class, "locations", gone.id, deletion)) {
            entry.locations.add(location);
        }
        return new Restored("Restored the location ‘" + gone.name + "’ (without its photos: the history"
                + " keeps no files).", "/films/" + film.slug + "/locations/" + gone.key);
    }

    private Restored logEntry(Film film, ResearchLogEntry gone, long deletion) {
        revival.bringBack(revival.copyOf(states.before(ResearchLogEntry.class, gone.id, deletion)));
        return new Restored("Restored the research log entry ‘" + gone.summary + "’.",
                "/films/" + film.slug + "/research-log/" + gone.id);
    }

    private Restored event(Film film, ChronologyEvent gone, long deletion) {
        keyFree(ChronologyEvent.class, gone, gone.key, ChronologyEvent.byKey(film, gone.key).map(e -> e.description));
        ChronologyEvent event = revival.bringBack(revival.copyOf(states.before(ChronologyEvent.class, gone.id,
                deletion)));
        for (Scene scene : unlinked(Scene.class, "events", gone.id, deletion)) {
            scene.events.add(event);
        }
        return new Restored("Restored the chronology event ‘" + Names.shortened(gone.description) + "’.",
                "/films/" + film.slug + "/chronology/" + gone.key);
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
    private void keysOfScene(Film film, Scene scene, long deletion) {
        keyFree(Scene.class, scene, scene.key, Scene.byKey(film, scene.key).map(s -> s.title));
        for (Shot shot : states.deletedWith(Shot.class, "scene", scene.id, deletion)) {
            Optional<Shot> taken = Shot.byKey(film, shot.key);
            if (taken.isPresent()) {
                throw new WriteConflict(title(Scene.class, scene) + " cannot be restored: its shot key ‘" + shot.key
                        + "’ has been given to another shot since (in the scene ‘" + taken.get().scene.title
                        + "’). Delete that shot first.");
            }
        }
    }

    /** Puts a scene back (a copy, at its place) with the shots and citations deleted with it. */
    private void restoreScene(Scene scene, long deletion, Counts counts) {
        revival.bringBack(scene);
        counts.scenes++;
        for (Shot shot : states.deletedWith(Shot.class, "scene", scene.id, deletion)) {
            revival.bringBack(revival.copyOf(shot));
            counts.shots++;
        }
        for (Citation citation : states.deletedWith(Citation.class, "scene", scene.id, deletion)) {
            Citation copy = revival.copyOf(citation);
            if (copy.source != null || copy.testimony != null) {
                revival.bringBack(copy);
                counts.citations++;
            }
        }
    }

    /** A citation deleted with its source goes back to its footnote number in its scene, if the scene is there. */
    private boolean restoreCitationInPlace(Citation citation) {
        if (citation.scene == null) {
            return false;
        }
        List<Citation> footnotes = Citation.list("scene = ?1 order by position, id", citation.scene);
        citation.position = makeRoom(footnotes, c -> c.position, (c, p) -> c.position = p, citation.position);
        revival.bringBack(citation);
        return true;
    }

    // ---- reading what was

    /** The items of a type, still there, whose collection (its property) lost the item at its deletion. */
    private <T> List<T> unlinked(Class<T> owner, String collection, long itemId, long deletion) {
        return existing(owner, states.unlinkedIn(kinds.of(owner).part(collection), itemId, deletion));
    }

    /** The items of a type, still there, that referred to the item by that property just before its deletion. */
    private <T> List<T> referring(Class<T> type, String property, long itemId, long deletion) {
        return existing(type, states.referringBefore(type, property, itemId, deletion));
    }

    private <T> List<T> existing(Class<T> type, List<Long> ids) {
        return ids.stream().map(id -> em.find(type, id)).filter(Objects::nonNull).toList();
    }

    private boolean inFilm(Kind kind, AuditedStates.Last<?> last, Film film) {
        List<Long> ids = Sql.ids("select count(*) from " + kind.aud() + " a where a.id = ? and a.rev = ? and "
                + deletedItems.scope(kind), states.id(last.item()), last.revision(), film.id);
        return ids.get(0) > 0;
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

    /**
     * The parent a deleted item goes back into (a scene's sequence, a shot's scene); refused, naming it, when the
     * parent has been deleted since: restoring the parent brings the item back with it.
     */
    private <P> P parent(Class<?> type, Object gone, Class<P> parentType, Object parentOfGone) {
        long parentId = states.id(parentOfGone);
        P parent = em.find(parentType, parentId);
        if (parent == null) {
            Kind kind = kinds.of(parentType);
            String was = states.last(parentType, parentId)
                    .map(p -> "‘" + states.valueOf(p.item(), kind.namedBy()) + "’").orElse("");
            throw new WriteConflict(title(type, gone) + " cannot be restored: its " + kind.one() + " " + was
                    + " no longer exists. Restore the " + kind.one() + " first (it brings back the "
                    + kinds.of(type).many() + " deleted with it).");
        }
        return parent;
    }

    private void keyFree(Class<?> type, Object item, String key, Optional<String> takenBy) {
        if (takenBy.isPresent()) {
            throw new WriteConflict(title(type, item) + " cannot be restored: its key ‘" + key + "’ has been given to"
                    + " another " + kinds.of(type).one() + " since (‘" + Names.shortened(takenBy.get())
                    + "’). Delete that one first.");
        }
    }

    private String title(Class<?> type, Object item) {
        return title(kinds.of(type), item);
    }

    /** "Scene ‘The last taxi ride’": the kind and the item's name. */
    private String title(Kind kind, Object item) {
        Object name = states.valueOf(item, kind.namedBy());
        String one = Character.toUpperCase(kind.one().charAt(0)) + kind.one().substring(1);
        return name == null ? one : one + " ‘" + Names.shortened(name.toString()) + "’";
    }

    private static ConstraintViolationException violation(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConstraintViolationException violation) {
                return violation;
            }
        }
        return null;
    }
}
