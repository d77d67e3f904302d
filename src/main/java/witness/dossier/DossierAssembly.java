package witness.dossier;

import static witness.dossier.DossierParser.CHRONOLOGY;
import static witness.dossier.DossierParser.FILM;
import static witness.dossier.DossierParser.INTERVIEWS;
import static witness.dossier.DossierParser.LOCATIONS;
import static witness.dossier.DossierParser.LOG;
import static witness.dossier.DossierParser.PEOPLE;
import static witness.dossier.DossierParser.SOURCES;
import static witness.dossier.DossierParser.TESTIMONIES;

import com.fasterxml.jackson.core.type.TypeReference;
import de.undercouch.citeproc.csl.CSLItemData;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Size;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import witness.chronology.ChronologyEvent;
import witness.chronology.PartialDate;
import witness.core.Film;
import witness.dossier.Dossier.SourceData;
import witness.dossier.DossierKeys.Where;
import witness.film.Citation;
import witness.film.CitationInput;
import witness.film.Scene;
import witness.film.SceneInput;
import witness.film.Sequence;
import witness.film.SequenceInput;
import witness.film.Shot;
import witness.film.ShotInput;
import witness.film.VerificationStatus;
import witness.interview.BiteCut;
import witness.interview.Clip;
import witness.interview.ClipEditor;
import witness.interview.ClipInput;
import witness.interview.Interview;
import witness.interview.Testimony;
import witness.interview.TestimonyInput;
import witness.location.Location;
import witness.person.Person;
import witness.research.ResearchLogEntry;
import witness.schedule.CallEditor;
import witness.schedule.CallInput;
import witness.schedule.CrewNames;
import witness.schedule.Schedule;
import witness.schedule.ShootDay;
import witness.schedule.ShootDayCall;
import witness.source.ClearanceStatus;
import witness.source.CslItems;
import witness.source.Source;
import witness.web.FieldErrors;
import witness.web.Invalid;

/**
 * Turns a parsed dossier into a film's entities, resolving every key. Entities are persisted
 * as they are made; any unresolved reference is collected and the whole import is then
 * refused, which rolls the transaction back.
 */
final class DossierAssembly {
    private final Dossier dossier;
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };
    private final Validator validator;
    private final List<DossierError> errors = new ArrayList<>();
    private final DossierKeys<Person> people = keys("person", PEOPLE);
    private final DossierKeys<Source> sources = keys("source", SOURCES);
    private final DossierKeys<Location> locations = keys("location", LOCATIONS);
    private final DossierKeys<ChronologyEvent> events = keys("chronology event", CHRONOLOGY);
    private final DossierKeys<Interview> interviews = keys("interview", INTERVIEWS);
    private final DossierKeys<Clip> clips = keys("clip", INTERVIEWS);
    /** Clips refused already: the bites cut from them are not checked against them again. */
    private final Set<Clip> faultyClips = new HashSet<>();
    private final DossierKeys<Testimony> testimonies = keys("testimony", TESTIMONIES);
    private final DossierKeys<Scene> scenes = keys("scene", "research/sequences/");
    private final DossierKeys<Shot> shots = keys("shot", "research/sequences/");
    private final DossierKeys<Sequence> sequences = keys("sequence", "research/sequences/");
    private Film film;

    private DossierAssembly(Dossier dossier, Validator validator) {
        this.dossier = dossier;
        this.validator = validator;
    }

    /** @param slug the film's slug, or null to keep the dossier's own */
    static Film assemble(Dossier dossier, String slug, Validator validator) {
        return new DossierAssembly(dossier, validator).assemble(slug);
    }

    private Film assemble(String slug) {
        film();
        if (slug != null) {
            film.slug = slug;
        }
        if (Film.bySlug(film.slug).isPresent()) {
            error(new Where(FILM, "/slug"), "a film with the slug '" + film.slug
                    + "' already exists: import it under another slug");
            throw new DossierRefused(errors);
        }
        save(film, new Where(FILM, ""));
        people();
        sources();
        locations();
        chronology();
        interviews();
        testimonies();
        sequences();
        researchLog();
        schedules();
        if (!errors.isEmpty()) {
            throw new DossierRefused(errors);
        }
        return film;
    }

    private void film() {
        var data = dossier.film();
        film = new Film();
        film.slug = data.slug();
        film.title = data.title();
        film.broadcaster = data.broadcaster();
        film.logline = data.logline();
        film.synopsis = data.synopsis();
        film.targetMinutes = data.targetMinutes();
        film.illustrative = data.illustrative() == null ? new ArrayList<>() : new ArrayList<>(data.illustrative());
        film.productionCompany = data.productionCompany();
        film.producer = data.producer();
        film.director = data.director();
        film.writer = data.writer();
        film.contacts = data.contacts();
    }

    private void people() {
        each(PEOPLE, dossier.people(), (data, at) -> {
            Person p = new Person();
            p.film = film;
            p.key = data.key;
            data.applyTo(p);
            save(p, at);
            people.define(p.key, p, at.at("/key"));
        });
    }

    private void sources() {
        each(SOURCES, dossier.sources(), (data, at) -> {
            Source s = new Source();
            s.film = film;
            s.key = data.id();
            // The CSL fields are read as the Zotero importer reads an item; the date is checked here, by line.
            cslItem(data, at).ifPresentOrElse(item -> CslItems.copy(item, s), () -> {
                // Refused already; kept as written so that no other message follows from it.
                s.type = data.type();
                s.title = data.title();
            });
            s.issued = issued(data, at);
            var custom = data.custom();
            if (custom != null) {
                s.clearance = Objects.requireNonNullElse(custom.clearance(), ClearanceStatus.NOT_NEEDED);
                s.rightsHolder = custom.rightsHolder();
                s.fee = custom.fee();
                s.currency = custom.currency();
                s.territory = custom.territory();
                s.term = custom.term();
                s.lost = Boolean.TRUE.equals(custom.lost());
            }
            save(s, at);
            sources.define(s.key, s, at.at("/id"));
        });
    }

    /** The entry as citeproc-java reads a CSL-JSON item; none, with a message, when it cannot. */
    private Optional<CSLItemData> cslItem(SourceData data, Where at) {
        try {
            return Optional.of(CSLItemData.fromJson(DossierMapper.JSON.convertValue(data, MAP)));
        } catch (IllegalArgumentException e) {
            error(at.at("/type"), "'" + data.type() + "' is not a CSL item type");
            return Optional.empty();
        }
    }

    private String issued(SourceData data, Where at) {
        if (data.issued() == null || data.issued().dateParts().isEmpty()) {
            return null;
        }
        List<Integer> parts = data.issued().dateParts().get(0);
        String iso = parts.stream().map(p -> String.format("%02d", p)).collect(Collectors.joining("-"));
        try {
            return PartialDate.parse(iso).iso();
        } catch (IllegalArgumentException e) {
            error(at.at("/issued"), "date-parts must be [[year]], [[year, month]] or [[year, month, day]]");
            return null;
        }
    }

    private void locations() {
        each(LOCATIONS, dossier.locations(), (data, at) -> {
            Location l = new Location();
            l.film = film;
            l.key = data.key;
            data.applyTo(l);
            save(l, at);
            locations.define(l.key, l, at.at("/key"));
        });
    }

    private void chronology() {
        each(CHRONOLOGY, dossier.chronology(), (data, at) -> {
            ChronologyEvent e = new ChronologyEvent();
            e.film = film;
            e.key = data.key;
            data.applyTo(e);
            e.people = new HashSet<>(people.findAll(data.people, at.at("/people")));
            e.sources = new HashSet<>(sources.findAll(data.sources, at.at("/sources")));
            save(e, at);
            events.define(e.key, e, at.at("/key"));
        });
    }

    private void interviews() {
        each(INTERVIEWS, dossier.interviews(), (data, at) -> {
            Interview i = new Interview();
            i.film = film;
            i.key = data.key;
            i.person = people.find(data.person, at.at("/person"));
            i.location = locations.find(data.location, at.at("/location"));
            if (data.person == null && (data.label == null || data.label.isBlank())) {
                error(at.at("/person"), "an interview needs a person, or a label for someone not yet named");
            }
            data.applyTo(i);
            save(i, at);
            interviews.define(i.key, i, at.at("/key"));
            List<ClipInput> rushes = data.clips == null ? List.of() : data.clips;
            for (int k = 0; k < rushes.size(); k++) {
                clip(i, rushes.get(k), at.at("/clips/" + k));
            }
        });
    }

    /** An interview's clip: its rate one of ours, its timecodes real at that rate. */
    private void clip(Interview interview, ClipInput data, Where at) {
        Clip clip = new Clip();
        clip.film = film;
        clip.interview = interview;
        clip.key = data.key;
        data.applyFiledTo(clip);
        FieldErrors faults = new FieldErrors();
        ClipEditor.rateAndTimecodes(data, clip, faults);
        clips.define(clip.key, clip, at.at("/key"));
        if (faults.has("rate") || faults.has("start") || faults.has("duration")) {
            faultyClips.add(clip);
            report(faults, at);
        } else {
            save(clip, at);
        }
    }

    /** The messages of a check, each at its field under {@code at}. */
    private void report(FieldErrors faults, Where at) {
        try {
            faults.check();
        } catch (Invalid e) {
            e.errors.forEach((field, message) -> error(at.at("/" + field), message));
        }
    }

    private void testimonies() {
        each(TESTIMONIES, dossier.testimonies(), (data, at) -> {
            Testimony t = new Testimony();
            t.film = film;
            t.key = data.key;
            t.person = people.find(data.person, at.at("/person"));
            t.source = sources.find(data.source, at.at("/source"));
            t.interview = interviews.find(data.interview, at.at("/interview"));
            data.applyTo(t);
            cut(t, data, at);
            if ((data.source == null) == (data.interview == null)) {
                error(at.at("/source"), "a testimony comes either from a written source or from an interview");
            }
            if (t.person != null) {
                save(t, at);
            }
            testimonies.define(t.key, t, at.at("/key"));
        });
    }

    /** A bite's clip, in and out, checked as the testimony's page checks them (an unknown clip: by its key). */
    private void cut(Testimony t, TestimonyInput data, Where at) {
        Clip clip = clips.find(data.clip, at.at("/clip"));
        if ((data.clip == null || clip != null) && !faultyClips.contains(clip)) {
            FieldErrors faults = new FieldErrors();
            BiteCut.cut(t, clip, data.clipIn, data.clipOut, faults);
            report(faults, at);
        }
    }

    private void sequences() {
        List<SequenceInput> all = dossier.sequences();
        List<String> files = dossier.lines().keySet().stream()
                .filter(p -> p.startsWith(DossierParser.SEQUENCES)).sorted().toList();
        for (int i = 0; i < all.size(); i++) {
            sequence(all.get(i), i + 1, new Where(files.get(i), ""));
        }
    }

    private void sequence(SequenceInput data, int position, Where at) {
        Sequence s = new Sequence();
        s.film = film;
        s.key = data.key;
        s.position = position;
        data.applyFiledTo(s);
        save(s, at);
        sequences.define(s.key, s, at.at("/key"));
        List<SceneInput> sceneData = copy(data.scenes);
        for (int i = 0; i < sceneData.size(); i++) {
            scene(sceneData.get(i), s, i + 1, at.at("/scenes/" + i));
        }
    }

    private void scene(SceneInput data, Sequence sequence, int position, Where at) {
        Scene s = new Scene();
        s.sequence = sequence;
        s.key = data.key;
        s.position = position;
        data.applyFiledTo(s);
        s.events = new HashSet<>(events.findAll(data.events, at.at("/events")));
        s.testimonies = testimonies.findAll(data.testimonies, at.at("/testimonies"));
        save(s, at);
        scenes.define(s.key, s, at.at("/key"));
        List<ShotInput> shotData = copy(data.shots);
        for (int i = 0; i < shotData.size(); i++) {
            shot(shotData.get(i), s, i + 1, at.at("/shots/" + i));
        }
        List<CitationInput> citations = copy(data.citations);
        for (int i = 0; i < citations.size(); i++) {
            citation(citations.get(i), s, i + 1, at.at("/citations/" + i));
        }
    }

    private void shot(ShotInput data, Scene scene, int position, Where at) {
        Shot s = new Shot();
        s.scene = scene;
        s.key = data.key;
        s.position = position;
        data.applyFiledTo(s);
        s.location = locations.find(data.location, at.at("/location"));
        s.person = people.find(data.interviewee, at.at("/person"));
        s.source = sources.find(data.source, at.at("/source"));
        save(s, at);
        shots.define(s.key, s, at.at("/key"));
    }

    private void citation(CitationInput data, Scene scene, int position, Where at) {
        Citation c = new Citation();
        c.scene = scene;
        c.position = position;
        c.source = sources.find(data.source, at.at("/source"));
        c.testimony = testimonies.find(data.testimony, at.at("/testimony"));
        if ((data.source == null) == (data.testimony == null)) {
            error(at.at("/source"), "a citation cites either a source or a testimony");
        }
        c.shot = shots.find(data.shot, at.at("/shot"));
        if (c.shot != null && c.shot.scene != scene) {
            error(at.at("/shot"), "the shot '" + data.shot + "' is not in this scene");
        }
        data.applyTo(c);
        save(c, at);
    }

    private void researchLog() {
        each(LOG, dossier.researchLog(), (data, at) -> {
            ResearchLogEntry e = new ResearchLogEntry();
            e.film = film;
            data.applyFiledTo(e);
            e.sources = new HashSet<>(sources.findAll(data.sources, at.at("/sources")));
            e.people = new HashSet<>(people.findAll(data.people, at.at("/people")));
            e.scenes = new HashSet<>(scenes.findAll(data.scenes, at.at("/scenes")));
            e.locations = new HashSet<>(locations.findAll(data.locations, at.at("/locations")));
            save(e, at);
        });
    }

    private void schedules() {
        DossierKeys<Schedule> defined = keys("schedule", "schedules/");
        for (var data : dossier.schedules()) {
            String file = DossierFiles.SCHEDULES + data.key + ".yaml";
            Schedule s = new Schedule();
            s.film = film;
            s.key = data.key;
            data.applyTo(s);
            save(s, new Where(file, ""));
            defined.define(s.key, s, new Where(file, ""));
            var days = copy(data.days);
            for (int i = 0; i < days.size(); i++) {
                var day = days.get(i);
                Where at = new Where(file, "/days/" + i);
                ShootDay d = new ShootDay();
                d.schedule = s;
                day.applyTo(d);
                d.location = locations.find(day.location, at.at("/location"));
                d.interviews = interviews.findAll(day.interviews, at.at("/interviews"));
                d.shots = shots.findAll(day.shots, at.at("/shots"));
                CrewNames.Read crew = formerCrew(day.crew);
                d.notes = CrewNames.withNote(d.notes, crew);
                save(d, at);
                calls(d, day.calls, at);
                List<Person> everyone = people.all();
                crew.called().forEach(n -> call(d, everyone.get(n.intValue()), null, at.at("/crew")));
            }
        }
    }

    /** Each call of a day, once per person and before its wrap. */
    private void calls(ShootDay d, List<CallInput> calls, Where at) {
        for (int i = 0; i < copy(calls).size(); i++) {
            CallInput data = calls.get(i);
            Where callAt = at.at("/calls/" + i);
            Person person = people.find(data.person, callAt.at("/person"));
            LocalTime time = data.time();
            CallEditor.problems(d, time).forEach(problem -> error(callAt.at("/call"), problem));
            ShootDayCall call = person == null ? null : call(d, person, data, callAt);
            if (call == null && person != null) {
                error(callAt.at("/person"), person.name + " is called twice on this day");
            }
        }
    }

    /** Calls the person on the day unless they are already called (then null). */
    private ShootDayCall call(ShootDay d, Person person, CallInput data, Where at) {
        if (d.calls.stream().anyMatch(c -> c.person == person)) {
            return null;
        }
        ShootDayCall call = new ShootDayCall();
        call.day = d;
        call.person = person;
        if (data != null) {
            data.applyTo(call);
        }
        d.calls.add(call);
        save(call, at);
        return call;
    }

    /** A day's crew as files written before calls list it, read against the dossier's people by their index. */
    private CrewNames.Read formerCrew(List<String> crew) {
        if (crew == null || crew.isEmpty()) {
            return new CrewNames.Read(List.of(), List.of());
        }
        List<Person> all = people.all();
        List<CrewNames.Named> named = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            named.add(new CrewNames.Named(i, all.get(i).name, all.get(i).otherNames));
        }
        return CrewNames.read(crew, named);
    }

    private interface EntryAssembler<T> {
        void assemble(T data, Where at);
    }

    private <T> void each(String file, List<T> entries, EntryAssembler<T> assembler) {
        for (int i = 0; i < entries.size(); i++) {
            assembler.assemble(entries.get(i), new Where(file, "/" + i));
        }
    }

    /**
     * Persists the entity once it meets its constraints (the lengths the database holds among them); else
     * each broken constraint is an error at its field, and the entity is left out of an import that is
     * refused anyway. Once anything is refused nothing more is persisted, only checked: an item may refer to one
     * left out (a shoot day to its schedule, a scene to its sequence).
     */
    private void save(PanacheEntityBase entity, Where at) {
        Set<ConstraintViolation<PanacheEntityBase>> violations = validator.validate(entity);
        for (ConstraintViolation<PanacheEntityBase> v : violations) {
            String property = v.getPropertyPath().toString().replaceAll("\\[(\\d+)]", "/$1").replace('.', '/');
            error(at.at("/" + property), messageOf(v));
        }
        for (ColumnLengths.TooLong text : ColumnLengths.of(entity)) {
            error(at.at("/" + text.property()), "is " + text.length() + " characters long: at most " + text.max()
                    + " characters fit");
        }
        if (errors.isEmpty()) {
            entity.persist();
        }
    }

    private static String messageOf(ConstraintViolation<?> v) {
        if (v.getConstraintDescriptor().getAnnotation() instanceof Size size && v.getInvalidValue() instanceof String text) {
            return "is " + text.length() + " characters long: at most " + size.max() + " characters fit";
        }
        return v.getMessage();
    }

    private <T> DossierKeys<T> keys(String kind, String file) {
        return new DossierKeys<>(kind, file, this::error);
    }

    private void error(Where where, String message) {
        LineIndex index = dossier.lines().get(where.file());
        errors.add(new DossierError(where.file(), index == null ? 0 : index.lineOf(where.pointer()),
                DossierError.fieldOf(where.pointer()), message));
    }

    private static <T> List<T> copy(List<T> list) {
        return list == null ? new ArrayList<>() : new ArrayList<>(list);
    }
}
