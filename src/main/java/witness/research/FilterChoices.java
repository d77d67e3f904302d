package witness.research;

import java.util.ArrayList;
import java.util.List;
import witness.core.Film;
import witness.core.Versioned;
import witness.film.Scene;
import witness.location.Location;
import witness.person.Person;
import witness.source.Source;
import witness.web.Option;

/**
 * What the research log's filter offers: only the items some entry links to, so that every choice finds entries,
 * and the one chosen even when no entry links to it any more; each option ready to draw ({@link Option}).
 */
public record FilterChoices(List<Option> sources, List<Option> people, List<Option> scenes,
        List<Option> locations) {

    static FilterChoices of(Film film, ResearchLogEntry.Links chosen) {
        return new FilterChoices(
                options(film, "Source x", "sources", "x.title", "x.title", chosen.source()),
                options(film, "Person x", "people", "x.name", "x.name", chosen.person()),
                options(film, "Scene x join x.sequence q", "scenes", "x.title", "q.position, x.position",
                        chosen.scene()),
                options(film, "Location x", "locations", "x.name", "x.name", chosen.location()));
    }

    public ResearchKind[] kinds() {
        return ResearchKind.values();
    }

    /**
     * One query of keys and labels only: the items of a kind that some entry of the film links to, in the kind's
     * order, and the one chosen where none does.
     */
    private static List<Option> options(Film film, String from, String collection, String label, String order,
            Versioned chosen) {
        long chosenId = chosen == null ? -1 : chosen.id;
        List<Object[]> rows = ResearchLogEntry.getEntityManager().createQuery("select x.id, x.key, " + label
                + " from " + from + " where x.id in (select l.id from ResearchLogEntry r join r." + collection
                + " l where r.film = ?1) order by " + order, Object[].class).setParameter(1, film).getResultList();
        List<Option> options = new ArrayList<>(rows.size() + 1);
        for (Object[] row : rows) {
            options.add(new Option((String) row[1], (String) row[2], (Long) row[0] == chosenId));
        }
        if (chosen != null && options.stream().noneMatch(Option::selected)) {
            options.add(chosen(chosen));
        }
        return options;
    }

    private static Option chosen(Versioned item) {
        if (item instanceof Source s) {
            return new Option(s.key, s.title, true);
        } else if (item instanceof Person p) {
            return new Option(p.key, p.name, true);
        } else if (item instanceof Scene sc) {
            return new Option(sc.key, sc.title, true);
        }
        Location l = (Location) item;
        return new Option(l.key, l.name, true);
    }
}
