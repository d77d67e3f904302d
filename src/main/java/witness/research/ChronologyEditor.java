package witness.research;

import static witness.core.Versioned.current;
import static witness.web.Texts.blankToNull;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import jakarta.ws.rs.NotFoundException;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import witness.chronology.ChronologyEvent;
import witness.chronology.EventInput;
import witness.core.Film;
import witness.core.Keys;
import witness.film.Scene;
import witness.person.Person;
import witness.source.Source;
import witness.web.FieldErrors;
import witness.web.Inputs;

/**
 * Every change to a film's chronology: events validated field by field, version-checked, and the
 * scenes that cover an event (the scene owns that link) kept in step with the event's form.
 */
@ApplicationScoped
public class ChronologyEditor {
    @Inject Validator validator;

    public static ChronologyEvent find(Film film, String key) {
        return ChronologyEvent.byKey(film, key)
                .orElseThrow(() -> new NotFoundException("This film's chronology has no event '" + key + "'."));
    }

    @Transactional
    public ChronologyEvent create(Film film, EventInput input, FieldErrors errors) {
        Links links = checked(film, input, errors);
        ChronologyEvent event = new ChronologyEvent();
        event.film = film;
        input.applyTo(event);
        event.key = Keys.fromTitle(keyText(event), key -> ChronologyEvent.byKey(film, key).isPresent());
        links.applyTo(event);
        event.persist();
        cover(film, event, links.scenes());
        event.flush();
        return event;
    }

    @Transactional
    public ChronologyEvent update(Film film, String key, EventInput input, FieldErrors errors) {
        ChronologyEvent event = current("chronology event", find(film, key), input.version);
        Links links = checked(film, input, errors);
        input.applyTo(event);
        links.applyTo(event);
        cover(film, event, links.scenes());
        event.flush();
        return event;
    }

    /**
     * Deletes the event and its links to people, sources and the scenes that covered it, unless it changed since
     * {@code version}.
     */
    @Transactional
    public ChronologyEvent delete(Film film, String key, Long version) {
        ChronologyEvent event = current("event", find(film, key), version);
        for (Scene scene : coveringScenes(event)) {
            scene.events.remove(event);
        }
        event.people.clear();
        event.sources.clear();
        event.flush();
        event.delete();
        return event;
    }

    /** The scenes that cover the event, in film order. */
    public static List<Scene> coveringScenes(ChronologyEvent event) {
        return Scene.list("select sc from Scene sc join sc.events e join fetch sc.sequence q where e = ?1"
                + " order by q.position, sc.position", event);
    }

    /** What an event links to, found in the film by the keys its input gives. */
    private record Links(List<Person> people, List<Source> sources, List<Scene> scenes) {
        void applyTo(ChronologyEvent event) {
            event.people.clear();
            event.people.addAll(people);
            event.sources.clear();
            event.sources.addAll(sources);
        }
    }

    /**
     * Every message the input earns, its own and those of the event it would make (checked on a new one, so that
     * a refused input leaves the stored event untouched); its links when there is none.
     */
    private Links checked(Film film, EventInput input, FieldErrors errors) {
        errors.validate(validator, input);
        Links links = new Links(errors.linked("person", Inputs.keys(input.people), key -> Person.byKey(film, key)),
                errors.linked("source", Inputs.keys(input.sources), key -> Source.byKey(film, key)),
                errors.linked("scene", Inputs.keys(input.scenes), key -> Scene.byKey(film, key)));
        ChronologyEvent check = new ChronologyEvent();
        check.film = film;
        check.key = "checked";
        input.applyTo(check);
        errors.validate(validator, check).check();
        return links;
    }

    /** Makes exactly the chosen scenes cover the event. */
    private static void cover(Film film, ChronologyEvent event, List<Scene> chosen) {
        for (Scene scene : coveringScenes(event)) {
            if (!chosen.contains(scene)) {
                scene.events.remove(event);
            }
        }
        for (Scene scene : chosen) {
            scene.events.add(event);
        }
    }

    /** "1947 death in mexico city" from the date and the first words of the description. */
    private static String keyText(ChronologyEvent event) {
        String words = Arrays.stream(event.description.split("\\s+")).limit(5).collect(Collectors.joining(" "));
        return event.date.getYear() + " " + words;
    }
}
