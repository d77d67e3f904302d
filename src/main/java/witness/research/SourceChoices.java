package witness.research;

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
import witness.film.Film;
import witness.search.Search;
import witness.web.Choices;
import witness.web.FieldErrors;
import witness.web.Films;
import witness.web.Highlights;

/**
 * The sources a form's source list offers ({@link Choices}): all of them on a film of few, else those whose
 * title, authors, key, date or call number hold the words typed in the form's search box ({@value #FIND}).
 * As one types, htmx asks for the list's options here.
 */
@Path("/films/{slug}/choices/sources")
@Produces(MediaType.TEXT_HTML)
public class SourceChoices {
    /** The name of a form's search box for sources. */
    public static final String FIND = "findSource";
    private static final String[] NAMED = { "source", "sources" };

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance options(List<Source> sources, String chosen, String blank);
    }

    /** The options of a source list for the words typed: "— 3 sources match —" and those sources. */
    @GET
    public TemplateInstance options(@RestPath String slug, @RestQuery(FIND) String words) {
        Film film = Films.bySlug(slug);
        List<String> terms = Highlights.terms(words);
        List<Source> found = terms.isEmpty() ? List.of() : matching(film, terms);
        String chosen = found.size() == 1 ? found.get(0).key : "";
        return Templates.options(found.subList(0, Math.min(found.size(), Choices.FOUND_AT_MOST)), chosen,
                blank(terms, found.size()));
    }

    /** Whether the film's forms offer its sources through a search box. */
    public static boolean searched(Film film) {
        return Choices.searched(Source.count("film", film));
    }

    /** What a source list offers: every source of a film of few; else those the words find, and the chosen one. */
    public static List<Source> offered(Film film, boolean searched, String chosen, String words) {
        if (!searched) {
            return Source.withNames(film);
        }
        List<Source> offered = new ArrayList<>();
        if (chosen != null && !chosen.isBlank()) {
            Source.byKey(film, chosen.strip()).ifPresent(offered::add);
        }
        List<String> terms = Highlights.terms(words);
        if (!terms.isEmpty()) {
            matching(film, terms).stream().limit(Choices.FOUND_AT_MOST).filter(s -> !offered.contains(s))
                    .forEach(offered::add);
        }
        return offered;
    }

    /** The key of the source a form means: chosen in its list, or the only one its search box's words find. */
    public static String chosen(Film film, String chosen, String words, FieldErrors errors) {
        return Choices.chosen("source", chosen, words, NAMED,
                terms -> matching(film, terms).stream().map(s -> s.key).toList(), errors);
    }

    private static List<Source> matching(Film film, List<String> terms) {
        return new Search(film, terms).find(Source.class, "Source x", "x.film",
                List.of("x.title", "x.key", "x.issued", "x.callNumber"), List.of(Search.SOURCE_NAMES), "x.title, x.key",
                Choices.FOUND_AT_MOST + 1);
    }

    private static String blank(List<String> terms, int found) {
        if (terms.isEmpty()) {
            return "— none —";
        }
        if (found == 0) {
            return "— no source matches —";
        }
        return found > Choices.FOUND_AT_MOST ? "— more than " + Choices.FOUND_AT_MOST + " match: type more words —"
                : found == 1 ? "— none —" : "— " + found + " sources match —";
    }
}
