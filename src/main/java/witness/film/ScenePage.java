package witness.film;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import witness.interview.Testimony;
import witness.research.Citation;

/** A scene with what is read on its page: its shots, its placed testimonies and its citations, in order. */
public record ScenePage(Scene scene, List<Shot> shots, List<Testimony> testimonies, List<Citation> citations,
        List<Testimony> choices, Map<String, String> paperErrors) {

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
        List<Testimony> choices = Testimony.<Testimony>list("from Testimony t join fetch t.person left join fetch t.source"
                + " left join fetch t.interview where t.film = ?1 order by t.person.name, t.key", scene.sequence.film)
                .stream().filter(t -> !placed.contains(t.id)).toList();
        return new ScenePage(scene, shots, testimonies, citations, choices, Map.of());
    }

    /** The page with the paper edit form's messages, when a change of the bites was refused. */
    public ScenePage withPaperErrors(Map<String, String> errors) {
        return new ScenePage(scene, shots, testimonies, citations, choices, errors);
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
