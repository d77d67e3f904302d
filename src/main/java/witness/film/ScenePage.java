package witness.film;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import witness.interview.Testimony;
import witness.research.ChronologyEvent;
import witness.research.Citation;
import witness.research.CitationForms;
import witness.research.Coverage;
import witness.research.Footnotes;
import witness.research.Source;
import witness.web.Form;

/**
 * A scene with what is read on its page: its shots, its placed testimonies, its citations as footnotes with
 * their coverage, the chronology events it covers, and what a new citation may cite.
 */
public record ScenePage(Scene scene, List<Shot> shots, List<Testimony> testimonies, List<Citation> citations,
        List<Testimony> choices, Map<String, String> paperErrors, List<Footnotes.Footnote> footnotes,
        Coverage.SceneCoverage coverage, List<ChronologyEvent> events, CitationForms.Choices citable,
        Form citationForm) {

    /** A constant number of queries whatever the scene holds. */
    public static ScenePage of(Scene scene) {
        List<Shot> shots = Shot.list("from Shot s left join fetch s.location left join fetch s.person"
                + " left join fetch s.source where s.scene = ?1 order by s.position", scene);
        List<Testimony> testimonies = Testimony.getEntityManager().createQuery(
                "select t from Scene s join s.testimonies t join fetch t.person left join fetch t.source"
                        + " left join fetch t.interview where s = :scene order by index(t)",
                Testimony.class).setParameter("scene", scene).getResultList();
        List<Citation> citations = Citation.list("from Citation c left join fetch c.source"
                + " left join fetch c.testimony t left join fetch t.person left join fetch t.source"
                + " left join fetch t.interview left join fetch c.shot where c.scene = ?1 order by c.position", scene);
        Set<Long> placed = new HashSet<>(testimonies.stream().map(t -> t.id).toList());
        List<ChronologyEvent> events = ChronologyEvent.list("select e from Scene s join s.events e where s = ?1"
                + " order by e.date, e.key", scene);
        List<Testimony> all = Testimony.list("from Testimony t join fetch t.person left join fetch t.source"
                + " left join fetch t.interview where t.film = ?1 order by t.person.name, t.key", scene.sequence.film);
        List<Testimony> unplaced = all.stream().filter(t -> !placed.contains(t.id)).toList();
        var citable = new CitationForms.Choices(Source.withNames(scene.sequence.film), all, shots);
        return new ScenePage(scene, shots, testimonies, citations, unplaced, Map.of(), Footnotes.of(citations),
                Coverage.of(scene, citations), events, citable, CitationForms.blank());
    }

    /** The page with the paper edit form's messages, when a change of the bites was refused. */
    public ScenePage withPaperErrors(Map<String, String> errors) {
        return new ScenePage(scene, shots, testimonies, citations, choices, errors, footnotes, coverage, events,
                citable, citationForm);
    }

    /** The page with the new citation's form as it was refused. */
    public ScenePage withCitationForm(Form form) {
        return new ScenePage(scene, shots, testimonies, citations, choices, paperErrors, footnotes, coverage, events,
                citable, form);
    }

    /** The bites' running time from their timecodes: those without both timecodes count for nothing. */
    public int biteSeconds() {
        return testimonies.stream().map(Testimony::seconds).filter(s -> s != null).mapToInt(Integer::intValue).sum();
    }

    /** How many placed testimonies have no running time (a written source, or timecodes missing). */
    public long untimedBites() {
        return testimonies.stream().filter(t -> t.seconds() == null).count();
    }

    /** "version: is required…" for the paper edit's messages. */
    public List<String> paperMessages() {
        return paperErrors.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue()).toList();
    }

    /** Estimated time of the shots that are not dropped. */
    public int shotSeconds() {
        return shots.stream().filter(s -> s.status != ShotStatus.DROPPED && s.seconds != null).mapToInt(s -> s.seconds)
                .sum();
    }

    /** The shots run longer than the scene's estimate. */
    public boolean over() {
        return scene.estimatedSeconds != null && shotSeconds() > scene.estimatedSeconds;
    }
}
