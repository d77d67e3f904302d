package witness.core;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.panache.common.Parameters;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import witness.web.Highlights;

/**
 * One query per kind of item: every word of the search must appear, regardless of case and accents,
 * somewhere in the item's searched texts.
 */
public final class WordSearch {
    /** How many items of one kind a page shows; one more tells that there are more. */
    public static final int LIMIT = 50;
    /** A source (x) whose authors' or editors' names hold the term: for {@code also}. */
    public static final String SOURCE_NAMES = "select 1 from Source s2 join s2.names n where s2 = x and " + folded(
            "concat(coalesce(n.family, ''), ' ', coalesce(n.given, ''), ' ', coalesce(n.literal, ''))")
            + " like :term escape '!'";

    /** A source (x) one of whose authors' or editors' names holds the term: for {@link #findStored}'s {@code also}. */
    public static final String SOURCE_BY_NAME = "x.id in (select s2.id from Source s2 join s2.names n"
            + " where s2.film = :film and " + folded("concat(coalesce(n.family, ''), ' ', coalesce(n.given, ''), ' ',"
            + " coalesce(n.literal, ''))") + " like :term escape '!')";

    private final Film film;
    private final List<String> terms;

    public WordSearch(Film film, List<String> terms) {
        this.film = film;
        this.terms = terms;
    }

    /**
     * Items of {@code entity} (aliased x) in the film at {@code filmPath} whose {@code fields} hold every
     * term; {@code also} are subqueries (with {@code :term}) that count as a match too.
     */
    public <T> List<T> find(Class<T> type, String from, String filmPath, List<String> fields, List<String> also,
            String orderBy) {
        return find(type, from, filmPath, fields, also, orderBy, LIMIT + 1);
    }

    /**
     * Items of {@code type} (aliased x) in the film at {@code filmPath} whose stored search text ({@link Searched})
     * holds every term, or which meets one of the conditions {@code also} (with {@code :film} and {@code :term}: an
     * {@code in} with a subquery independent of x runs once a search, not once a row).
     */
    public <T extends Searched> List<T> findStored(Class<T> type, String from, String filmPath, List<String> also,
            String orderBy) {
        String where = IntStream.range(0, terms.size()).mapToObj(i -> storedCondition(also, ":term" + i))
                .collect(Collectors.joining(" and "));
        String jpql = "select x from " + from + " where " + filmPath + " = :film and " + where + " order by " + orderBy;
        TypedQuery<T> query = Panache.getEntityManager().createQuery(jpql, type).setParameter("film", film)
                .setMaxResults(LIMIT + 1);
        if (jpql.contains(":accented")) {
            query.setParameter("accented", Highlights.ACCENTED).setParameter("plain", Highlights.PLAIN);
        }
        for (int i = 0; i < terms.size(); i++) {
            query.setParameter("term" + i, "%" + escape(terms.get(i)) + "%");
        }
        return query.getResultList();
    }

    private static String storedCondition(List<String> also, String term) {
        return Stream.concat(Stream.of("x.searchText like " + term + " escape '!'"),
                also.stream().map(condition -> condition.replace(":term", term)))
                .collect(Collectors.joining(" or ", "(", ")"));
    }

    /** As above, at most {@code limit} of them. */
    public <T> List<T> find(Class<T> type, String from, String filmPath, List<String> fields, List<String> also,
            String orderBy, int limit) {
        String text = fields.stream().map(f -> "coalesce(" + f + ", '')").collect(Collectors.joining(", ' ', "));
        String where = IntStream.range(0, terms.size()).mapToObj(i -> condition(text, also, i))
                .collect(Collectors.joining(" and "));
        TypedQuery<T> query = Panache.getEntityManager().createQuery(
                "select x from " + from + " where " + filmPath + " = :film and " + where + " order by " + orderBy, type)
                .setParameter("film", film)
                .setParameter("accented", Highlights.ACCENTED)
                .setParameter("plain", Highlights.PLAIN)
                .setMaxResults(limit);
        for (int i = 0; i < terms.size(); i++) {
            query.setParameter("term" + i, "%" + escape(terms.get(i)) + "%");
        }
        return query.getResultList();
    }

    /**
     * The condition that every term is in the fields of x or in one of the subqueries {@code also} (with
     * {@code :term}), for a list's filter; its parameters go into {@code params}.
     */
    static String condition(List<String> terms, List<String> fields, List<String> also, Parameters params) {
        String text = fields.stream().map(f -> "coalesce(" + f + ", '')").collect(Collectors.joining(", ' ', "));
        params.and("accented", Highlights.ACCENTED).and("plain", Highlights.PLAIN);
        for (int i = 0; i < terms.size(); i++) {
            params.and("term" + i, "%" + escape(terms.get(i)) + "%");
        }
        return IntStream.range(0, terms.size()).mapToObj(i -> condition(text, also, i))
                .collect(Collectors.joining(" and "));
    }

    public static String folded(String expression) {
        return "translate(lower(" + expression + "), :accented, :plain)";
    }

    private static String condition(String text, List<String> also, int i) {
        String term = ":term" + i;
        String inFields = folded(fields(text)) + " like " + term + " escape '!'";
        String inOthers = also.stream().map(a -> "exists (" + a.replace(":term", term) + ")")
                .collect(Collectors.joining(" or "));
        return inOthers.isEmpty() ? inFields : "(" + inFields + " or " + inOthers + ")";
    }

    private static String fields(String text) {
        return text.contains(", ' ', ") ? "concat(" + text + ")" : text;
    }

    /** A like pattern that means the term itself, whatever % or _ it holds. */
    static String escape(String term) {
        return term.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
