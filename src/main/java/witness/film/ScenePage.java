package witness.film;

import java.util.List;
import witness.interview.Testimony;
import witness.research.Citation;

/** A scene with what is read on its page: its shots, its placed testimonies and its citations, in order. */
public record ScenePage(Scene scene, List<Shot> shots, List<Testimony> testimonies, List<Citation> citations) {

    /** A constant number of queries whatever the scene holds. */
    public static ScenePage of(Scene scene) {
        List<Shot> shots = Shot.list("from Shot s left join fetch s.location left join fetch s.person"
                + " left join fetch s.source where s.scene = ?1 order by s.position", scene);
        List<Testimony> testimonies = Testimony.getEntityManager().createQuery(
                "select t from Scene s join s.testimonies t join fetch t.person where s = :scene order by index(t)",
                Testimony.class).setParameter("scene", scene).getResultList();
        List<Citation> citations = Citation.list("from Citation c left join fetch c.source"
                + " left join fetch c.testimony t left join fetch t.person left join fetch c.shot"
                + " where c.scene = ?1 order by c.position", scene);
        return new ScenePage(scene, shots, testimonies, citations);
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
