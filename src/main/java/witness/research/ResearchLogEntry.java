package witness.research;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import witness.core.Film;
import witness.core.FilmItem;
import witness.core.FilterQuery;
import witness.core.Recorded;
import witness.core.SearchText;
import witness.core.SearchTextListener;
import witness.core.Searched;
import witness.core.Shown;
import witness.film.Scene;
import witness.location.Location;
import witness.person.Person;
import witness.source.Source;
import witness.web.ListPage;

/** One day's research: what was done, found, and what is left to do. */
@Entity
@Audited
@Recorded(one = "research log entry", namedBy = "summary", code = "log-entries", listed = 8)
@Table(name = "research_log_entry")
@EntityListeners(SearchTextListener.class)
public class ResearchLogEntry extends FilmItem implements Searched {
    @Shown("Date") @NotNull @Column(name = "entry_date", nullable = false) public LocalDate date;
    @Shown("Researcher") @NotBlank @Size(max = 200) @Column(nullable = false, length = 200) public String researcher;
    @Shown("Kind")
    @NotNull @Enumerated(EnumType.STRING) @Column(nullable = false, length = 20) public ResearchKind kind;
    @Shown("Summary") @NotBlank @Size(max = 500) @Column(nullable = false, length = 500) public String summary;
    /** Markdown. */
    @Shown(value = "Findings", as = Shown.As.LONG_TEXT)
    @Size(max = 20000) @Column(length = 20000) public String findings;
    @Shown("Follow-ups")
    @ElementCollection
    @CollectionTable(name = "follow_up")
    @OrderColumn(name = "position")
    public List<@Valid FollowUp> followUps = new ArrayList<>();
    @Shown("Sources") @ManyToMany @JoinTable(name = "log_source") public Set<Source> sources = new HashSet<>();
    @Shown("People") @ManyToMany @JoinTable(name = "log_person") public Set<Person> people = new HashSet<>();
    @Shown("Scenes") @ManyToMany @JoinTable(name = "log_scene") public Set<Scene> scenes = new HashSet<>();
    @Shown("Locations") @ManyToMany @JoinTable(name = "log_location") public Set<Location> locations = new HashSet<>();
    /** What the site search reads: its searched texts, folded ({@link Searched}). */
    @JsonIgnore @NotAudited @Size(max = SearchText.MAX) @Column(length = SearchText.MAX) public String searchText;

    public long openFollowUps() {
        return followUps.stream().filter(f -> !f.done).count();
    }

    /** What the log's URL asks for; every part optional. */
    public record Filter(String researcher, ResearchKind kind, LocalDate from, LocalDate to, boolean openOnly,
            Links links) {
        public static final Filter NONE = new Filter(null, null, null, null, false, Links.NONE);
        public static final Filter OPEN_FOLLOW_UPS = new Filter(null, null, null, null, true, Links.NONE);

        /** The filter narrows the log in some way. */
        public boolean any() {
            return researcher != null || kind != null || from != null || to != null || openOnly || links.any();
        }
    }

    /** The items an entry must link to, each optional. */
    public record Links(Source source, Person person, Scene scene, Location location) {
        public static final Links NONE = new Links(null, null, null, null);

        public boolean any() {
            return source != null || person != null || scene != null || location != null;
        }
    }

    /** Newest first, narrowed by researcher, kind, date range and open follow-ups. */
    /** The entry's page, "/films/{slug}/research-log/{id}": its edit link and follow-ups go on from it. */
    public String path() {
        return "/films/" + film.slug + "/research-log/" + id;
    }

    public static List<ResearchLogEntry> ofFilm(Film film, Filter filter) {
        Where where = where(film, filter);
        List<ResearchLogEntry> entries = where.query().list();
        // an entry shows its follow-ups and links: each kind for all the entries at once
        String condition = where.hql().substring("from ResearchLogEntry r".length());
        for (String fetch : LINKS) {
            find("select r from ResearchLogEntry r left join fetch " + fetch + condition, where.params()).list();
        }
        return entries;
    }

    /** One page of the entries a filter selects, newest first, with what each of them shows. */
    public static List<ResearchLogEntry> ofFilm(Film film, Filter filter, ListPage page) {
        return loadedWith(film, where(film, filter).query().page(page.number() - 1, page.size()).list(), LINKS);
    }

    /**
     * The entries with these collections loaded, one query per collection for all of them; an empty list asks too,
     * so that a page asks as many questions whatever it shows. The ids go as one array, not a list: Hibernate keeps
     * the SQL of a query whose parameters are single values, and made it anew for every list.
     */
    private static List<ResearchLogEntry> loadedWith(Film film, List<ResearchLogEntry> entries, List<String> fetches) {
        Long[] ids = entries.stream().map(e -> e.id).toArray(Long[]::new);
        for (String fetch : fetches) {
            find("select r from ResearchLogEntry r left join fetch " + fetch
                    + " where r.film = ?1 and array_contains(?2, r.id)", film, ids).list();
        }
        return entries;
    }

    /** How many entries a filter selects. */
    public static long count(Film film, Filter filter) {
        return where(film, filter).query().count();
    }

    /** The entries a filter selects, as a query and its parameters. */
    private record Where(String hql, Parameters params) {
        PanacheQuery<ResearchLogEntry> query() {
            return ResearchLogEntry.find(hql + " order by r.date desc, r.id desc", params);
        }
    }

    private static Where where(Film film, Filter filter) {
        Links links = filter.links();
        FilterQuery query = FilterQuery.of("from ResearchLogEntry r where r.film = :film", "film", film)
                .and("r.researcher = :researcher", "researcher", filter.researcher())
                .and("r.kind = :kind", "kind", filter.kind())
                .and("r.date >= :from", "from", filter.from())
                .and("r.date <= :to", "to", filter.to())
                .and(":source member of r.sources", "source", links.source())
                .and(":person member of r.people", "person", links.person())
                .and(":scene member of r.scenes", "scene", links.scene())
                .and(":location member of r.locations", "location", links.location())
                .and(filter.openOnly(), "exists (select 1 from ResearchLogEntry e join e.followUps f"
                        + " where e = r and f.done = false)");
        return new Where(query.query(), query.params());
    }

    private static final List<String> LINKS = List.of("r.followUps", "r.sources", "r.people",
            "r.scenes sc left join fetch sc.sequence", "r.locations");

    /** The newest entries with open follow-ups, at most {@code newest} of them (the dashboard's list). */
    public static List<ResearchLogEntry> withOpenFollowUps(Film film, int newest) {
        return loadedWith(film, where(film, Filter.OPEN_FOLLOW_UPS).query().range(0, newest - 1).list(),
                List.of("r.followUps"));
    }

    /** How many follow-ups of the film's log are open, and in how many entries. */
    public static long[] openFollowUpCounts(Film film) {
        Object[] row = getEntityManager().createQuery("select count(f), count(distinct r) from ResearchLogEntry r"
                + " join r.followUps f where r.film = ?1 and f.done = false", Object[].class)
                .setParameter(1, film).getSingleResult();
        return new long[] {(Long) row[0], (Long) row[1]};
    }

    public static List<String> researchers(Film film) {
        return getEntityManager().createQuery("select distinct r.researcher from ResearchLogEntry r"
                + " where r.film = ?1 order by r.researcher", String.class).setParameter(1, film).getResultList();
    }

    @Override
    public String foldedText() {
        return SearchText.of(summary, findings, researcher);
    }
}
