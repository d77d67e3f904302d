package witness.interview;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import witness.core.Film;
import witness.core.WordSearch;
import witness.web.Choices;
import witness.web.FieldErrors;
import witness.web.Highlights;

/**
 * The testimonies a form's testimony list offers ({@link Choices}): all of them on a film of few, else those
 * whose words, speaker or key hold the words typed in the form's search box ({@value #FIND}). As one types,
 * htmx asks for the list's options here.
 */
@Path("/films/{slug}/choices/testimonies")
@Produces(MediaType.TEXT_HTML)
public class TestimonyChoices {
    /** The name of a form's search box for testimonies. */
    public static final String FIND = "findTestimony";
    private static final String[] NAMED = { "testimony", "testimonies" };
    private static final String FETCHED = "Testimony x join fetch x.person left join fetch x.source"
            + " left join fetch x.interview";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance options(List<Testimony> testimonies, String chosen, String blank);
    }

    /**
     * The options of a testimony list for the words typed: "— 3 testimonies match —", the testimony chosen in it
     * so far, then those the words find; the only one found is chosen when none was.
     */
    @GET
    public TemplateInstance options(@RestPath("slug") Film film, @RestQuery(FIND) String words,
            @RestQuery("testimony") String chosen) {
        List<String> terms = Highlights.terms(words);
        List<Testimony> found = terms.isEmpty() ? List.of() : matching(film, terms);
        String kept = chosen == null ? "" : chosen.strip();
        String selected = kept.isEmpty() && found.size() == 1 ? found.get(0).key : kept;
        return Templates.options(offered(film, kept.isEmpty() ? null : kept, found), selected,
                Choices.blank(terms, found.size(), NAMED));
    }

    /** Whether the film's forms offer its testimonies through a search box. */
    public static boolean searched(Film film) {
        return Choices.searched(Testimony.count("film", film));
    }

    /** Every testimony of the film, by speaker, with what their lists show of them. */
    private static List<Testimony> all(Film film) {
        return Testimony.list("from " + FETCHED + " where x.film = ?1 order by x.person.name, x.key", film);
    }

    /** What a testimony list offers: every one of a film of few; else those the words find, and the chosen one. */
    public static List<Testimony> offered(Film film, boolean searched, String chosen, String words) {
        if (!searched) {
            return all(film);
        }
        List<String> terms = Highlights.terms(words);
        return offered(film, chosen == null || chosen.isBlank() ? null : chosen.strip(),
                terms.isEmpty() ? List.of() : matching(film, terms));
    }

    private static List<Testimony> offered(Film film, String chosen, List<Testimony> found) {
        List<Testimony> offered = new ArrayList<>();
        if (chosen != null) {
            Testimony.<Testimony>find("film = ?1 and key = ?2", film, chosen).firstResultOptional()
                    .ifPresent(offered::add);
        }
        found.stream().limit(Choices.FOUND_AT_MOST).filter(t -> !offered.contains(t)).forEach(offered::add);
        return offered;
    }

    /** The key of the testimony a form means: chosen in its list, or the only one its search box's words find. */
    public static String chosen(Film film, String chosen, String words, FieldErrors errors) {
        return Choices.chosen("testimony", chosen, words, NAMED,
                terms -> matching(film, terms).stream().map(t -> t.key).toList(), errors);
    }

    private static List<Testimony> matching(Film film, List<String> terms) {
        return new WordSearch(film, terms).find(Testimony.class, FETCHED, "x.film",
                List.of("x.text", "x.person.name", "x.key"), List.of(), "x.person.name, x.key",
                Choices.FOUND_AT_MOST + 1);
    }
}
