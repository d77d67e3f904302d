package witness.research;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.jboss.resteasy.reactive.RestCookie;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import witness.core.Film;
import witness.core.FilterQuery;
import witness.core.WordSearch;
import witness.source.ClearanceStatus;
import witness.source.Source;
import witness.source.SourceInput;
import witness.web.BadRequest;
import witness.web.CachedPage;
import witness.web.FieldErrors;
import witness.web.Flash;
import witness.web.Highlights;
import witness.web.Html;
import witness.web.Labelled;
import witness.web.ListPage;
import witness.web.QueryString;
import witness.web.VersionRead;

/**
 * Sources and their clearances: the list (filtered by clearance status and type), a page per source with
 * everywhere it is cited, and the forms that add, change and delete sources.
 */
@Path("/films/{slug}/sources")
@Produces(MediaType.TEXT_HTML)
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
public class SourceResource {
    @Inject SourceEditor editor;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance sources(Film film, List<Source> sources, Filter filter, ListPage listPage,
                String pageLink, SourceForms forms, List<SourceForms.TypeChoice> types, String notice);

        static native TemplateInstance source(Film film, SourcePage page, SourceForms forms, String notice);

        static native TemplateInstance deletion(Film film, Source source, SourceDeletion deletion);
    }

    /** What the list's URL asks for; every part optional. q: words each source shown holds (title, authors…). */
    public record Filter(ClearanceStatus clearance, String type, String q) {
        static final Filter NONE = new Filter(null, null, null);

        public boolean any() {
            return clearance != null || type != null || q != null;
        }
    }

    @CachedPage
    @GET
    public Response sources(@RestPath("slug") Film film, @RestQuery String clearance, @RestQuery String type,
            @RestQuery String q, @RestQuery String page, @RestCookie(Flash.COOKIE) String flash, @Context UriInfo uri) {
        Filter filter = filter(clearance, type, q);
        ListPage listPage = ListPage.of(QueryString.pageNumber(page), SourceList.count(film, filter));
        return Html.withNotice(list(film, filter, listPage, ListPage.link(uri), SourceForms.none(),
                Flash.read(flash)), flash);
    }

    @POST
    public Response create(@RestPath("slug") Film film, @BeanParam SourceInput input) {
        return Html.written(() -> {
            Source source = editor.create(film, input, new FieldErrors());
            return new Html.Done(pageOf(film.slug, source.key), "Added the source " + source.title + ".");
        }, errors -> list(film, Filter.NONE, ListPage.of(1, SourceList.count(film, Filter.NONE)), "?page=",
                SourceForms.refused(SourceForms.NEW, input, errors), null));
    }

    @CachedPage
    @GET
    @Path("{key}")
    public Response source(@RestPath("slug") Film film, @RestPath String key, @RestCookie(Flash.COOKIE) String flash) {
        return Html.withNotice(page(film, key, SourceForms.none(), Flash.read(flash)), flash);
    }

    @POST
    @Path("{key}")
    public Response update(@RestPath("slug") Film film, @RestPath String key, @BeanParam SourceInput input) {
        return Html.written(() -> {
            Source source = editor.update(film, key, input, new FieldErrors());
            return new Html.Done(pageOf(film.slug, key), "Saved the source " + source.title + ".");
        }, errors -> page(film, key, SourceForms.refused(SourceForms.EDIT, input, errors), null));
    }

    @GET
    @Path("{key}/delete")
    public TemplateInstance confirmDeletion(@RestPath("slug") Film film, @RestPath String key) {
        Source source = SourceEditor.find(film, key);
        return Templates.deletion(film, source, editor.deletion(film, key));
    }

    @POST
    @Path("{key}/delete")
    public Response delete(@RestPath("slug") Film film, @RestPath String key, @RestForm VersionRead version) {
        SourceDeletion deletion = editor.delete(film, key, VersionRead.of(version));
        return Html.seeOther("/films/" + film.slug + "/sources",
                "Deleted the source " + deletion.title() + ". " + deletion.describe());
    }

    private static TemplateInstance list(Film film, Filter filter, ListPage listPage, String pageLink,
            SourceForms forms, String notice) {
        List<SourceForms.TypeChoice> types = Source.getEntityManager()
                .createQuery("select distinct s.type from Source s where s.film = :film order by s.type", String.class)
                .setParameter("film", film).getResultList().stream().map(SourceForms.TypeChoice::of).toList();
        return Templates.sources(film, SourceList.page(film, filter, listPage), filter, listPage, pageLink, forms,
                types, notice);
    }

    private static TemplateInstance page(Film film, String key, SourceForms forms, String notice) {
        Source source = SourceEditor.find(film, key);
        return Templates.source(film, SourcePage.of(source), forms, notice);
    }

    static Filter filter(String clearance, String type, String q) {
        ClearanceStatus status = Labelled.parse(ClearanceStatus.class, "clearance", clearance);
        String kind = type == null || type.isBlank() ? null : type.strip();
        if (kind != null && !SourceEditor.CSL_TYPES.contains(kind)) {
            throw new BadRequest("type", "'" + kind + "' is not a CSL type such as book, manuscript or graphic");
        }
        return new Filter(status, kind, QueryString.words(q));
    }

    static String pageOf(String slug, String key) {
        return "/films/" + slug + "/sources/" + key;
    }

    /** The film's sources by title, with their names, in one query. */
    static final class SourceList {
        /** What the search box searches: the title, key, date, archive, call number and rights holder, and names. */
        private static final List<String> SEARCHED = List.of("x.title", "x.key", "x.issued", "x.archive",
                "x.callNumber", "x.rightsHolder");

        private SourceList() {
        }

        /** Every source the filter selects, by title: for the API. */
        static List<Source> of(Film film, Filter filter) {
            FilterQuery query = where(film, filter);
            return Source.list("select distinct x from Source x left join fetch x.names" + query.query()
                    + " order by x.title, x.key", query.params());
        }

        /** One page of them, their names loaded with one more query whatever the page's length. */
        static List<Source> page(Film film, Filter filter, ListPage page) {
            FilterQuery query = where(film, filter);
            List<Source> shown = Source.find("from Source x" + query.query() + " order by x.title, x.key",
                    query.params()).page(page.number() - 1, page.size()).list();
            if (!shown.isEmpty()) {
                Source.list("select distinct x from Source x left join fetch x.names where x in ?1", shown);
            }
            return shown;
        }

        static long count(Film film, Filter filter) {
            FilterQuery query = where(film, filter);
            return Source.count("from Source x" + query.query(), query.params());
        }

        private static FilterQuery where(Film film, Filter filter) {
            return FilterQuery.of(" where x.film = :film", "film", film)
                    .and("x.clearance = :clearance", "clearance", filter.clearance())
                    .and("x.type = :type", "type", filter.type())
                    .words(Highlights.terms(filter.q()), SEARCHED, List.of(WordSearch.SOURCE_NAMES));
        }
    }
}
