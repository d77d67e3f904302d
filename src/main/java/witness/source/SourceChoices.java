package witness.source;

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
        static native TemplateInstance options(List<Source> sources, List<String> chosen, String blank);
    }

    /**
     * The options of a source list for the words typed: "— 3 sources match —" (not in a list of several) and the
     * sources picked in it so far, then those the words find; the only one found is chosen when none was.
     */
    @GET
    public TemplateInstance options(@RestPath("slug") Film film, @RestQuery(FIND) String words,
            @RestQuery("source") List<String> picked, @RestQuery boolean multiple) {
        List<String> terms = Highlights.terms(words);
        List<Source> found = terms.isEmpty() ? List.of() : matching(film, terms);
        List<String> keys = picked.stream().filter(k -> !k.isBlank()).toList();
        List<Source> offered = offered(film, keys, found);
        List<String> chosen = keys.isEmpty() && found.size() == 1 ? List.of(found.get(0).key) : keys;
        return Templates.options(offered, chosen, multiple ? null : Choices.blank(terms, found.size(), NAMED));
    }

    /** Whether the film's forms offer its sources through a search box. */
    public static boolean searched(Film film) {
        return Choices.searched(Source.count("film", film));
    }

    /** What a source list offers: every source of a film of few; else the chosen one and those the words find. */
    public static List<Source> offered(Film film, boolean searched, String chosen, String words) {
        return offered(film, searched, chosen == null || chosen.isBlank() ? List.of() : List.of(chosen.strip()), words);
    }

    /** What a list of several sources offers: every source of a film of few; else those picked and found. */
    public static List<Source> offered(Film film, boolean searched, List<String> picked, String words) {
        if (!searched) {
            return Source.withNames(film);
        }
        List<String> terms = Highlights.terms(words);
        return offered(film, picked, terms.isEmpty() ? List.of() : matching(film, terms));
    }

    private static List<Source> offered(Film film, List<String> picked, List<Source> found) {
        List<Source> offered = new ArrayList<>();
        if (!picked.isEmpty()) {
            offered.addAll(Source.list("film = ?1 and key in ?2 order by title", film, picked));
        }
        found.stream().limit(Choices.FOUND_AT_MOST).filter(s -> !offered.contains(s)).forEach(offered::add);
        return offered;
    }

    /** The key of the source a form means: chosen in its list, or the only one its search box's words find. */
    public static String chosen(Film film, String chosen, String words, FieldErrors errors) {
        return Choices.chosen("source", chosen, words, NAMED,
                terms -> matching(film, terms).stream().map(s -> s.key).toList(), errors);
    }

    /** The keys of the sources a list of several means: those picked, and the only one its box's words find. */
    public static List<String> picked(Film film, List<String> picked, String words, FieldErrors errors) {
        return Choices.picked("source", picked, words, NAMED,
                terms -> matching(film, terms).stream().map(s -> s.key).toList(), errors);
    }

    private static List<Source> matching(Film film, List<String> terms) {
        return new WordSearch(film, terms).find(Source.class, "Source x", "x.film",
                List.of("x.title", "x.key", "x.issued", "x.callNumber"), List.of(WordSearch.SOURCE_NAMES), "x.title, x.key",
                Choices.FOUND_AT_MOST + 1);
    }
}
