package witness.research;

import static witness.core.Versioned.current;
import static witness.web.Texts.blankToNull;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import jakarta.ws.rs.NotFoundException;
import java.util.Collection;
import java.util.List;
import witness.core.Film;
import witness.film.Scene;
import witness.location.Location;
import witness.person.Person;
import witness.source.Source;
import witness.web.FieldErrors;
import witness.web.Inputs;
import witness.web.Invalid;

/** Every change to the research log: validated field by field, version-checked. */
@ApplicationScoped
public class ResearchLogEditor {
    @Inject Validator validator;

    public static ResearchLogEntry find(Film film, long id) {
        return ResearchLogEntry.<ResearchLogEntry> find("id = ?1 and film = ?2", id, film).firstResultOptional()
                .orElseThrow(() -> new NotFoundException("This film's research log has no entry " + id + "."));
    }

    @Transactional
    public ResearchLogEntry create(Film film, LogEntryInput input, FieldErrors errors) {
        Links links = checked(film, input, errors);
        ResearchLogEntry entry = new ResearchLogEntry();
        entry.film = film;
        input.applyTo(entry);
        links.applyTo(entry);
        entry.persist();
        return entry;
    }

    @Transactional
    public ResearchLogEntry update(Film film, long id, LogEntryInput input, FieldErrors errors) {
        ResearchLogEntry entry = current("research log entry", find(film, id), input.version);
        Links links = checked(film, input, errors);
        input.applyTo(entry);
        links.applyTo(entry);
        entry.flush();
        return entry;
    }

    /** Marks one follow-up (0-based) done or open again. */
    @Transactional
    public ResearchLogEntry setDone(Film film, long id, int index, boolean done, Long version) {
        ResearchLogEntry entry = current("research log entry", find(film, id), version);
        if (index < 0 || index >= entry.followUps.size()) {
            throw new Invalid("followUp", "this entry has no follow-up " + (index + 1));
        }
        entry.followUps.get(index).done = done;
        entry.flush();
        return entry;
    }

    /** What an entry links to, found in the film by the keys its input gives. */
    private record Links(List<Source> sources, List<Person> people, List<Scene> scenes, List<Location> locations) {
        void applyTo(ResearchLogEntry entry) {
            replace(entry.sources, sources);
            replace(entry.people, people);
            replace(entry.scenes, scenes);
            replace(entry.locations, locations);
        }
    }

    /**
     * Every message the input earns, its own and those of the entry it would make (checked on a new one, so that a
     * refused input leaves the stored entry untouched); its links when there is none.
     */
    private Links checked(Film film, LogEntryInput input, FieldErrors errors) {
        errors.validate(validator, input);
        Links links = new Links(errors.linked("source", Inputs.keys(input.sources), key -> Source.byKey(film, key)),
                errors.linked("person", Inputs.keys(input.people), key -> Person.byKey(film, key)),
                errors.linked("scene", Inputs.keys(input.scenes), key -> Scene.byKey(film, key)),
                errors.linked("location", Inputs.keys(input.locations), key -> Location.byKey(film, key)));
        ResearchLogEntry check = new ResearchLogEntry();
        check.film = film;
        input.applyTo(check);
        errors.validate(validator, check).check();
        return links;
    }

    private static <T> void replace(Collection<T> links, List<T> chosen) {
        links.clear();
        links.addAll(chosen);
    }
}
