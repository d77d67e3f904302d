package witness.interview;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import witness.core.Film;
import witness.core.FilterQuery;
import witness.person.Person;
import witness.web.Highlights;
import witness.web.ListPage;

/**
 * The testimonies page's list: by speaker, then key, a hundred at a time, optionally of one speaker or holding some
 * words; each with the scenes it is placed in.
 */
public record TestimonyList(List<Testimony> testimonies, Map<Long, List<Placement>> placements, Filter filter,
        ListPage page, List<Person> speakers) {
    private static final String FETCHED = "from Testimony x join fetch x.person left join fetch x.source"
            + " left join fetch x.interview";
    private static final String ORDER = " order by x.person.name, x.key";
    /** What the words box searches: the quotation, its key, its page or timecodes, and the speaker's name. */
    private static final List<String> SEARCHED = List.of("x.text", "x.key", "x.page", "x.timecodeIn",
            "x.person.name");

    /** A scene a testimony is placed in (its page's address), with its place among the scene's bites. */
    public record Placement(String path, String number, String title, int place) {
    }

    /** What the list's URL asks for; both optional. person: a person's key; q: words each testimony holds. */
    public record Filter(String person, String q) {
        static final Filter NONE = new Filter(null, null);

        public boolean any() {
            return person != null || q != null;
        }
    }

    public static TestimonyList of(Film film, Filter filter, int asked) {
        FilterQuery count = where(film, filter);
        ListPage page = ListPage.of(asked, Testimony.count("from Testimony x" + count.query(), count.params()));
        FilterQuery query = where(film, filter);
        List<Testimony> shown = Testimony.find(FETCHED + query.query() + ORDER, query.params())
                .page(page.number() - 1, page.size()).list();
        return new TestimonyList(shown, placements(film, shown), filter, page, speakers(film));
    }

    /** The people some testimony quotes, by name: the speaker filter's choices. */
    private static List<Person> speakers(Film film) {
        return Person.list("from Person p where p in (select t.person from Testimony t where t.film = ?1)"
                + " order by p.name", film);
    }

    /** The address of the list's page that shows the testimony, at its row. */
    public static String address(Testimony t) {
        long before = Testimony.count("film = ?1 and (person.name < ?2 or (person.name = ?2 and key < ?3))", t.film,
                t.person.name, t.key);
        long page = before / ListPage.SIZE + 1;
        return "/films/" + t.film.slug + "/testimonies" + (page == 1 ? "" : "?page=" + page) + "#testimony-" + t.key;
    }

    private static FilterQuery where(Film film, Filter filter) {
        return FilterQuery.of(" where x.film = :film", "film", film)
                .and("x.person.key = :person", "person", filter.person())
                .words(Highlights.terms(filter.q()), SEARCHED, List.of());
    }

    /** The scenes each testimony shown is placed in, in film order, with its place among each scene's bites. */
    private static Map<Long, List<Placement>> placements(Film film, List<Testimony> shown) {
        Map<Long, List<Placement>> placements = new HashMap<>();
        shown.forEach(t -> placements.put(t.id, new ArrayList<>()));
        if (shown.isEmpty()) {
            return placements;
        }
        List<Object[]> rows = Testimony.getEntityManager().createQuery(
                "select t.id, s.key, s.sequence.position, s.position, s.title, index(t), s.printedNumber"
                        + " from Scene s join s.testimonies t where s.sequence.film = :film and t in :shown"
                        + " order by s.sequence.position, s.position",
                Object[].class).setParameter("film", film).setParameter("shown", shown).getResultList();
        for (Object[] r : rows) {
            placements.get((Long) r[0]).add(new Placement("/films/" + film.slug + "/scenes/" + r[1],
                    r[6] != null ? (String) r[6] : r[2] + "." + r[3], (String) r[4], ((Number) r[5]).intValue() + 1));
        }
        return placements;
    }
}
