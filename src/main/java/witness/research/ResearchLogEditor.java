package witness.research;

import static witness.web.Texts.blankToNull;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import jakarta.ws.rs.NotFoundException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import witness.core.Film;
import witness.film.Scene;
import witness.location.Location;
import witness.person.Person;
import witness.web.FieldErrors;
import witness.web.Invalid;
import witness.web.WriteConflict;

/** Every change to the research log: validated field by field, version-checked. */
@ApplicationScoped
public class ResearchLogEditor {
    @Inject
    Validator validator;

    public static ResearchLogEntry find(Film film, long id) {
        ResearchLogEntry entry = ResearchLogEntry.findById(id);
        if (entry == null || !entry.film.id.equals(film.id)) {
            throw new NotFoundException("This film's research log has no entry " + id + ".");
        }
        return entry;
    }

    @Transactional
    public ResearchLogEntry create(Film film, LogEntryInput input, FieldErrors errors) {
        ResearchLogEntry entry = new ResearchLogEntry();
        entry.film = film;
        apply(film, entry, input, errors);
        entry.persist();
        return entry;
    }

    @Transactional
    public ResearchLogEntry update(Film film, long id, LogEntryInput input, FieldErrors errors) {
        ResearchLogEntry entry = find(film, id);
        WriteConflict.unlessCurrent("research log entry", entry.version, input.version());
        apply(film, entry, input, errors);
        entry.flush();
        return entry;
    }

    /** Marks one follow-up (0-based) done or open again. */
    @Transactional
    public ResearchLogEntry setDone(Film film, long id, int index, boolean done, Long version) {
        ResearchLogEntry entry = find(film, id);
        WriteConflict.unlessCurrent("research log entry", entry.version, version);
        if (index < 0 || index >= entry.followUps.size()) {
            throw new Invalid("followUp", "this entry has no follow-up " + (index + 1));
        }
        entry.followUps.get(index).done = done;
        entry.flush();
        return entry;
    }

    private void apply(Film film, ResearchLogEntry entry, LogEntryInput input, FieldErrors errors) {
        entry.date = input.date();
        entry.researcher = blankToNull(input.values().get("researcher"));
        entry.kind = errors.choice(ResearchKind.class, "kind", input.values().get("kind"));
        entry.summary = blankToNull(input.values().get("summary"));
        entry.findings = blankToNull(input.values().get("findings"));
        entry.followUps.clear();
        entry.followUps.addAll(input.followUps());
        replace(entry.sources, linked(errors, "source", input.sources(), film, Source::byKey));
        replace(entry.people, linked(errors, "person", input.people(), film, Person::byKey));
        replace(entry.scenes, linked(errors, "scene", input.scenes(), film, Scene::byKey));
        replace(entry.locations, linked(errors, "location", input.locations(), film, Location::byKey));
        errors.validate(validator, entry).check();
    }

    private static <T> List<T> linked(FieldErrors errors, String field, List<String> keys, Film film,
            BiFunction<Film, String, Optional<T>> byKey) {
        return keys.stream().map(key -> byKey.apply(film, key).orElseGet(() -> {
            errors.add(field, "this film has no " + field + " with the key '" + key + "'");
            return null;
        })).filter(java.util.Objects::nonNull).toList();
    }

    private static <T> void replace(Collection<T> links, List<T> chosen) {
        links.clear();
        links.addAll(chosen);
    }
}
