package witness.dossier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import witness.chronology.ChronologyEvent;
import witness.chronology.EventInput;
import witness.core.Film;
import witness.dossier.Dossier.DateData;
import witness.dossier.Dossier.FilmData;
import witness.dossier.Dossier.NameData;
import witness.dossier.Dossier.ProductionData;
import witness.dossier.Dossier.SourceData;
import witness.film.Citation;
import witness.film.CitationInput;
import witness.film.Scene;
import witness.film.SceneInput;
import witness.film.Sequence;
import witness.film.SequenceInput;
import witness.film.Shot;
import witness.film.ShotInput;
import witness.interview.Clip;
import witness.interview.Interview;
import witness.interview.InterviewInput;
import witness.interview.Testimony;
import witness.interview.TestimonyInput;
import witness.location.Location;
import witness.location.LocationInput;
import witness.person.Person;
import witness.person.PersonInput;
import witness.research.LogEntryInput;
import witness.research.ResearchLogEntry;
import witness.schedule.Schedule;
import witness.schedule.ScheduleInput;
import witness.schedule.ShootDay;
import witness.schedule.ShootDayInput;
import witness.source.Source;
import witness.source.SourceName;

/**
 * Writes a film back as its dossier. Everything is put in a stable order (keys, positions,
 * dates) and nothing of the export itself (no time, no id) is written, so exporting twice
 * gives the same bytes.
 */
@ApplicationScoped
public class DossierExporter {

    @Transactional
    public DossierFiles export(Film film) {
        preload(film);
        Map<Long, List<Clip>> clips = Clip.ofFilm(film).stream().collect(Collectors.groupingBy(c -> c.interview.id));
        return DossierWriter.write(new Dossier(
                new FilmData(film.slug, film.title, film.broadcaster, film.logline, film.synopsis, film.targetMinutes,
                        film.illustrative, film.productionCompany, film.producer, film.director, film.writer,
                        film.contacts),
                sorted(Person.<Person>list("film", film), p -> p.key).stream().map(PersonInput::of).toList(),
                ChronologyEvent.<ChronologyEvent>list("film", film).stream()
                        .sorted(Comparator.comparing((ChronologyEvent e) -> e.date).thenComparing(e -> e.key))
                        .map(EventInput::of).toList(),
                sorted(Source.<Source>list("film", film), s -> s.key).stream().map(this::source).toList(),
                sorted(Testimony.<Testimony>list("film", film), t -> t.key).stream().map(TestimonyInput::of).toList(),
                sorted(Interview.<Interview>list("film", film), i -> i.key).stream()
                        .map(i -> InterviewInput.filed(i, clips.getOrDefault(i.id, List.of()))).toList(),
                sorted(Location.<Location>list("film", film), l -> l.key).stream().map(LocationInput::of).toList(),
                sequences(film),
                ResearchLogEntry.<ResearchLogEntry>list("film", film).stream()
                        .sorted(Comparator.comparing((ResearchLogEntry e) -> e.date).thenComparing(e -> e.researcher)
                                .thenComparing(e -> e.summary).thenComparing(e -> e.id))
                        .map(LogEntryInput::filed).toList(),
                sorted(Schedule.<Schedule>list("film", film), s -> s.key).stream().map(this::schedule).toList(),
                Map.of()));
    }

    /**
     * Loads every kind and every collection the dossier holds in one query each, in the order they refer to
     * one another, so that the mapping below finds them all loaded instead of fetching them a batch at a time.
     */
    private static void preload(Film film) {
        Person.list("film", film);
        Location.list("film", film);
        Source.withNames(film);
        Interview.list("film", film);
        Testimony.list("from Testimony t left join fetch t.clip where t.film = ?1", film);
        Scene.list("from Scene s join fetch s.sequence q where q.film = ?1", film);
        Scene.list("select s from Scene s left join fetch s.testimonies where s.sequence.film = ?1", film);
        Scene.list("select s from Scene s left join fetch s.events where s.sequence.film = ?1", film);
        ChronologyEvent.list("select e from ChronologyEvent e left join fetch e.people where e.film = ?1", film);
        ChronologyEvent.list("select e from ChronologyEvent e left join fetch e.sources where e.film = ?1", film);
        ResearchLogEntry.ofFilm(film, ResearchLogEntry.Filter.NONE);
        ShootDay.list("select d from ShootDay d left join fetch d.shots where d.schedule.film = ?1", film);
        ShootDay.list("select d from ShootDay d left join fetch d.interviews where d.schedule.film = ?1", film);
    }

    private SourceData source(Source s) {
        return new SourceData(s.key, s.type, s.title, names(s, SourceName.AUTHOR), names(s, SourceName.EDITOR),
                names(s, SourceName.TRANSLATOR), issued(s.issued), s.publisher, s.publisherPlace,
                s.containerTitle, s.volume, s.issue, s.page, s.url, s.archive, s.archiveLocation, s.archivePlace, s.callNumber, s.language, s.doi, s.isbn, s.note,
                new ProductionData(s.clearance, s.rightsHolder, s.fee, s.currency, s.territory, s.term, s.lost));
    }

    private static List<NameData> names(Source s, String role) {
        return s.names.stream().filter(n -> n.role.equals(role))
                .map(n -> new NameData(n.family, n.given, n.literal)).toList();
    }

    private static DateData issued(String issued) {
        if (issued == null) {
            return null;
        }
        List<Integer> parts = new ArrayList<>();
        for (String part : issued.split("-")) {
            parts.add(Integer.valueOf(part));
        }
        return new DateData(List.of(parts));
    }

    private List<SequenceInput> sequences(Film film) {
        Map<Scene, List<Shot>> shots = Shot.<Shot>list("scene.sequence.film = ?1 order by position", film)
                .stream().collect(Collectors.groupingBy(s -> s.scene));
        Map<Scene, List<Citation>> citations = Citation.<Citation>list(
                        "scene.sequence.film = ?1 order by position", film)
                .stream().collect(Collectors.groupingBy(c -> c.scene));
        Map<Sequence, List<Scene>> scenes = Scene.ofFilm(film).stream()
                .collect(Collectors.groupingBy(s -> s.sequence));
        return Sequence.ofFilm(film).stream()
                .map(q -> sequence(q, scenes.getOrDefault(q, List.of()).stream()
                        .map(s -> scene(s, shots.getOrDefault(s, List.of()), citations.getOrDefault(s, List.of())))
                        .toList()))
                .toList();
    }

    private SequenceInput sequence(Sequence q, List<SceneInput> scenes) {
        SequenceInput sequence = SequenceInput.filed(q);
        sequence.scenes = scenes;
        return sequence;
    }

    private SceneInput scene(Scene s, List<Shot> shots, List<Citation> citations) {
        SceneInput scene = SceneInput.filed(s);
        scene.citations = citations.stream().map(CitationInput::filed).toList();
        scene.shots = shots.stream().map(ShotInput::filed).toList();
        return scene;
    }

    private ScheduleInput schedule(Schedule s) {
        return ScheduleInput.filed(s, ShootDay.ofSchedule(s).stream().map(ShootDayInput::filed).toList());
    }

    /** Sorted in Java, not by the database: its collation (en_US ignores hyphens) would change the bytes. */
    private static <T> List<T> sorted(List<T> entities, Function<T, String> key) {
        return entities.stream().sorted(Comparator.comparing(key)).toList();
    }
}
