package witness.film;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import witness.core.Film;
import witness.interview.Testimony;
import witness.interview.TestimonyChoices;
import witness.chronology.ChronologyEvent;
import witness.web.Form;

/**
 * A scene with what is read on its page: its shots, its placed testimonies, its citations as footnotes with
 * their coverage, the chronology events it covers, and what a new citation may cite.
 */
public record ScenePage(Scene scene, List<Shot> shots, List<Testimony> testimonies, List<Citation> citations,
        Placeable placeable, Map<String, String> paperErrors, List<Footnotes.Footnote> footnotes,
        Coverage.SceneCoverage coverage, List<ChronologyEvent> events, CitationForms.Choices citable,
        Form citationForm) {

    /**
     * What the paper edit's form offers to place: the testimonies not placed yet, or on a long series a search
     * box ({@code searched}) and the testimonies its words find (typed when the form comes back refused).
     */
    public record Placeable(List<Testimony> testimonies, boolean searched, String words) {
        /** From what the citation form offers: every testimony of a film of few, else a search's. */
        static Placeable of(Film film, List<Testimony> placed, CitationForms.Choices citable, String words) {
            boolean searched = citable.findTestimonies();
            Set<Long> ids = new HashSet<>(placed.stream().map(t -> t.id).toList());
            List<Testimony> offered = searched ? TestimonyChoices.offered(film, true, null, words)
                    : citable.testimonies();
            return new Placeable(offered.stream().filter(t -> !ids.contains(t.id)).toList(), searched,
                    words == null ? "" : words);
        }

        /** The list's first option: none to choose until the search box's words find some; else no such option. */
        public String blank() {
            return searched ? "— none —" : null;
        }

        /** Nothing left to place: every testimony of the film is in the scene. */
        public boolean none() {
            return !searched && testimonies.isEmpty();
        }
    }

    /** A constant number of queries whatever the scene holds. */
    public static ScenePage of(Scene scene) {
        List<Shot> shots = Shot.list("from Shot s left join fetch s.location left join fetch s.person"
                + " left join fetch s.source where s.scene = ?1 order by s.position", scene);
        List<Testimony> testimonies = Testimony.getEntityManager().createQuery(
                "select t from Scene s join s.testimonies t join fetch t.person left join fetch t.source"
                        + " left join fetch t.interview left join fetch t.clip where s = :scene order by index(t)",
                Testimony.class).setParameter("scene", scene).getResultList();
        List<Citation> citations = Citation.list("from Citation c left join fetch c.source"
                + " left join fetch c.testimony t left join fetch t.person left join fetch t.source"
                + " left join fetch t.interview left join fetch t.clip left join fetch c.shot where c.scene = ?1"
                + " order by c.position", scene);
        List<ChronologyEvent> events = ChronologyEvent.list("select e from Scene s join s.events e where s = ?1"
                + " order by e.date, e.key", scene);
        Form form = CitationForms.blank();
        Film film = scene.sequence.film;
        CitationForms.Choices citable = CitationForms.Choices.of(film, shots, form);
        return new ScenePage(scene, shots, testimonies, citations, Placeable.of(film, testimonies, citable, null),
                Map.of(), Footnotes.of(citations), Coverage.of(scene, citations), events, citable, form);
    }

    /** The page with the paper edit form's messages and the words it had typed, when a change was refused. */
    public ScenePage withPaperErrors(Map<String, String> errors, String words) {
        Placeable offered = words == null || words.isBlank() ? placeable
                : Placeable.of(scene.sequence.film, testimonies, citable, words);
        return new ScenePage(scene, shots, testimonies, citations, offered, errors, footnotes, coverage, events,
                citable, citationForm);
    }

    /** The page with the new citation's form as it was refused. */
    public ScenePage withCitationForm(Form form) {
        return new ScenePage(scene, shots, testimonies, citations, placeable, paperErrors, footnotes, coverage, events,
                CitationForms.Choices.of(scene.sequence.film, shots, form), form);
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
