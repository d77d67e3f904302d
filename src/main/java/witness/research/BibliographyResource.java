package witness.research;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Set;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import witness.core.Film;
import witness.film.Citation;
import witness.source.Bibliography;
import witness.source.Source;
import witness.web.CachedPage;
import witness.web.QuerySwitch;

/**
 * The film's bibliography, /films/{slug}/bibliography: every source of the film by default, or only the
 * ones a scene cites (?sources=cited), in Chicago notes-bibliography style, grouped by type; lost sources marked.
 */
@Path("/films/{slug}/bibliography")
@Produces(MediaType.TEXT_HTML)
public class BibliographyResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance bibliography(Film film, Bibliography bibliography, boolean citedOnly,
                int all);
    }

    @CachedPage
    @GET
    public TemplateInstance bibliography(@RestPath("slug") Film film, @RestQuery String sources) {
        boolean citedOnly = QuerySwitch.on("sources", sources, "all", "cited");
        List<Source> all = Source.list("from Source s left join fetch s.names where s.film = ?1", film).stream()
                .map(Source.class::cast).distinct().toList();
        List<Source> shown = all;
        if (citedOnly) {
            Set<Long> cited = Set.copyOf(Citation.getEntityManager().createQuery("select distinct s.id from Citation c"
                    + " left join c.testimony t join Source s on s = c.source or s = t.source"
                    + " where c.scene.sequence.film = :film", Long.class).setParameter("film", film).getResultList());
            shown = all.stream().filter(s -> cited.contains(s.id)).toList();
        }
        return Templates.bibliography(film, Bibliography.of(shown), citedOnly, all.size());
    }
}
