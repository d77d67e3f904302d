package witness.film;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import witness.interview.Interview;
import witness.interview.Testimony;
import witness.person.Appearances;
import witness.person.Appearances.InterviewLine;
import witness.person.Appearances.Quote;
import witness.person.Appearances.SceneLine;
import witness.person.Person;

/**
 * What the person page shows of a person's place in the film: their interviews, testimonies and the scenes they
 * appear in (by the shots that show them, or by their testimonies in its paper edit), read in a fixed number of
 * queries whatever the size of the film.
 */
@ApplicationScoped
public class PersonAppearances implements Appearances.Finder {

    @Override
    public Appearances of(Person person) {
        List<Interview> interviews = Interview.list("person = ?1 order by date nulls last, key", person);
        List<Testimony> testimonies = Testimony.list(
                "from Testimony t left join fetch t.interview left join fetch t.source where t.person = ?1 order by t.key",
                person);
        return new Appearances(
                interviews.stream().map(i -> new InterviewLine(i.key, i.interviewee(), i.status.label(), i.date, i.place,
                        i.language)).toList(),
                testimonies.stream().map(t -> new Quote(t.key, t.excerpt(), t.origin())).toList(),
                scenes(person));
    }

    private static List<SceneLine> scenes(Person person) {
        List<Shot> shots = Shot.list("from Shot sh join fetch sh.scene sc join fetch sc.sequence left join fetch sh.location"
                + " left join fetch sh.source where sh.person = ?1",
                person);
        List<Object[]> edits = Scene.getEntityManager().createQuery(
                "select sc, t from Scene sc join sc.testimonies t join fetch sc.sequence where t.person = :person",
                Object[].class).setParameter("person", person).getResultList();

        Map<Scene, List<Shot>> shotsOf = new LinkedHashMap<>();
        Map<Scene, List<Testimony>> editsOf = new LinkedHashMap<>();
        for (Shot shot : shots) {
            shotsOf.computeIfAbsent(shot.scene, s -> new ArrayList<>()).add(shot);
        }
        for (Object[] row : edits) {
            List<Testimony> used = editsOf.computeIfAbsent((Scene) row[0], s -> new ArrayList<>());
            if (!used.contains((Testimony) row[1])) {
                used.add((Testimony) row[1]);
            }
        }
        List<Scene> scenes = new ArrayList<>(shotsOf.keySet());
        editsOf.keySet().stream().filter(s -> !shotsOf.containsKey(s)).forEach(scenes::add);
        scenes.sort(Comparator.comparingInt((Scene s) -> s.sequence.position).thenComparingInt(s -> s.position));
        return scenes.stream().map(s -> new SceneLine(s.key, s.number(), s.title,
                shotsOf.getOrDefault(s, List.of()).stream().sorted(Comparator.comparingInt((Shot sh) -> sh.position))
                        .map(Shot::number).toList(),
                editsOf.getOrDefault(s, List.of()).stream().map(Testimony::excerpt).toList())).toList();
    }
}
