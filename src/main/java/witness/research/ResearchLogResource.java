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
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.jboss.resteasy.reactive.RestCookie;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import witness.core.Film;
import witness.core.Versioned;
import witness.film.Scene;
import witness.location.Location;
import witness.person.Person;
import witness.source.Source;
import witness.source.SourceChoices;
import witness.web.ListPage;
import witness.web.BadRequest;
import witness.web.CachedPage;
import witness.web.FieldErrors;
import witness.web.Flash;
import witness.web.Form;
import witness.web.Html;
import witness.web.Inputs;
import witness.web.Labelled;
import witness.web.QueryString;
import witness.web.QuerySwitch;
import witness.web.VersionRead;

/**
 * The research log, newest first: /films/{slug}/research-log?researcher=…&kind=…&from=…&to=…&followUps=open,
 * a page to add an entry (/research-log/new), a page per entry to edit it, and follow-ups ticked off in place.
 * The form has a page of its own because it offers every source, person, scene and location of the film: on a long
 * series that is thousands of choices, which the log itself should not carry.
 */
@Path("/films/{slug}/research-log")
@Produces(MediaType.TEXT_HTML)
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
public class ResearchLogResource {
    static final List<String> FIELDS = List.of("date", "researcher", "kind", "summary", "findings", "followUps",
            "source", "person", "scene", "location", "version");
    /** The id of the new entry's form, which its fields' ids and messages start with. */
    static final String NEW_ENTRY = "new-entry";
    @Inject ResearchLogEditor editor;

    /** An entry form: its values and messages, and the links it has chosen. */
    public record EntryForm(Form form, List<String> sources, List<String> people, List<String> scenes,
            List<String> locations) {
    }

    /**
     * What the selects of an entry form, or of the log's filter, offer; on a long series an entry form's sources
     * through a search box ({@code findSources}: those picked and those its words find).
     */
    public record Choices(List<Source> sources, boolean findSources, List<Person> people, List<Scene> scenes,
            List<Location> locations) {
        static Choices of(Film film, EntryForm form) {
            boolean findSources = SourceChoices.searched(film);
            return new Choices(SourceChoices.offered(film, findSources, form.sources(),
                    form.form().value(SourceChoices.FIND)), findSources, Person.ofFilm(film), Scene.ofFilm(film),
                    Location.ofFilm(film));
        }

        public ResearchKind[] kinds() {
            return ResearchKind.values();
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance log(Film film, List<ResearchLogEntry> entries, ListPage logPage, String pageLink,
                List<String> researchers, ResearchLogEntry.Filter filter, FilterChoices choices, String notice);

        static native TemplateInstance create(Film film, EntryForm entryForm, Choices choices);

        static native TemplateInstance entry(Film film, ResearchLogEntry entry, EntryForm entryForm, Choices choices,
                String notice);
    }

    @CachedPage
    @GET
    public Response log(@RestPath("slug") Film film, @RestQuery String researcher, @RestQuery String kind,
            @RestQuery String from, @RestQuery String to, @RestQuery String followUps, @RestQuery String source,
            @RestQuery String person, @RestQuery String scene, @RestQuery String location, @RestQuery String page,
            @Context UriInfo uri, @RestCookie(Flash.COOKIE) String flash) {
        var links = new ResearchLogEntry.Links(linked("source", source, k -> Source.byKey(film, k)),
                linked("person", person, k -> Person.byKey(film, k)), linked("scene", scene, k -> Scene.byKey(film, k)),
                linked("location", location, k -> Location.byKey(film, k)));
        var filter = new ResearchLogEntry.Filter(researcher == null || researcher.isBlank() ? null : researcher,
                Labelled.parse(ResearchKind.class, "kind", kind), date("from", from), date("to", to),
                QuerySwitch.on("followUps", followUps, "all", "open"), links);
        ListPage logPage = ListPage.of(QueryString.pageNumber(page), ResearchLogEntry.count(film, filter));
        return Html.withNotice(Templates.log(film, ResearchLogEntry.ofFilm(film, filter, logPage), logPage,
                ListPage.link(uri), ResearchLogEntry.researchers(film), filter, FilterChoices.of(film, links),
                Flash.read(flash)), flash);
    }

    @GET
    @Path("new")
    public TemplateInstance createForm(@RestPath("slug") Film film) {
        EntryForm blank = new EntryForm(new Form(NEW_ENTRY, Map.of("date", LocalDate.now().toString()), Map.of(),
                FIELDS), List.of(), List.of(), List.of(), List.of());
        return Templates.create(film, blank, Choices.of(film, blank));
    }

    @POST
    public Response create(@RestPath("slug") Film film, @BeanParam LogEntryInput input,
            @RestForm(SourceChoices.FIND) String findSource) {
        FieldErrors errors = new FieldErrors();
        input.sources = SourceChoices.picked(film, Inputs.keys(input.sources), findSource, errors);
        return Html.written(() -> {
            ResearchLogEntry entry = editor.create(film, input, errors);
            return new Html.Done("/films/" + film.slug + "/research-log#entry-" + entry.id,
                    "Added the entry “" + entry.summary + "”.");
        }, messages -> {
            EntryForm refused = refused(NEW_ENTRY, input, messages);
            return Templates.create(film, refused, Choices.of(film, refused));
        });
    }

    @CachedPage
    @GET
    @Path("{id}")
    public Response entry(@RestPath("slug") Film film, @RestPath long id, @RestCookie(Flash.COOKIE) String flash) {
        ResearchLogEntry entry = ResearchLogEditor.find(film, id);
        EntryForm stored = stored(entry);
        return Html.withNotice(Templates.entry(film, entry, stored, Choices.of(film, stored), Flash.read(flash)),
                flash);
    }

    @POST
    @Path("{id}")
    public Response update(@RestPath("slug") Film film, @RestPath long id, @BeanParam LogEntryInput input,
            @RestForm(SourceChoices.FIND) String findSource) {
        ResearchLogEditor.find(film, id);
        FieldErrors errors = new FieldErrors();
        input.sources = SourceChoices.picked(film, Inputs.keys(input.sources), findSource, errors);
        return Html.written(() -> {
            ResearchLogEntry entry = editor.update(film, id, input, errors);
            return new Html.Done("/films/" + film.slug + "/research-log#entry-" + entry.id,
                    "Saved the entry “" + entry.summary + "”.");
        }, messages -> {
            EntryForm refused = refused("entry-" + id, input, messages);
            return Templates.entry(film, ResearchLogEditor.find(film, id), refused, Choices.of(film, refused), null);
        });
    }

    /** Ticks a follow-up off (done) or opens it again (open); n counts from 1. */
    @POST
    @Path("{id}/follow-ups/{n}/{state:done|open}")
    public Response followUp(@RestPath("slug") Film film, @RestPath long id, @RestPath int n, @RestPath String state,
            @RestForm VersionRead version) {
        ResearchLogEntry entry = editor.setDone(film, id, n - 1, state.equals("done"),
                VersionRead.of(version));
        return Html.seeOther("/films/" + film.slug + "/research-log#entry-" + entry.id, state.equals("done")
                ? "Marked the follow-up done." : "Opened the follow-up again.");
    }

    private static EntryForm stored(ResearchLogEntry entry) {
        LogEntryInput stored = LogEntryInput.of(entry);
        return new EntryForm(new Form("entry-" + entry.id, Inputs.values(stored), Map.of(), FIELDS), stored.sources,
                stored.people, stored.scenes, stored.locations);
    }

    private static EntryForm refused(String id, LogEntryInput input, Map<String, String> errors) {
        return new EntryForm(new Form(id, Inputs.values(input), errors, FIELDS), Inputs.keys(input.sources),
                Inputs.keys(input.people), Inputs.keys(input.scenes), Inputs.keys(input.locations));
    }

    private static LocalDate date(String field, String text) {
        try {
            return text == null || text.isBlank() ? null : LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new BadRequest(field, "'" + text + "' is not a date like 1988-05-14");
        }
    }

    /** The film's item a filter names by key; an unknown key is a bad link, not an empty log. */
    private static <T> T linked(String field, String key, Function<String, Optional<T>> byKey) {
        if (key == null || key.isBlank()) {
            return null;
        }
        return byKey.apply(key.strip())
                .orElseThrow(() -> new BadRequest(field, "there is no " + field + " '" + key + "' in this film"));
    }
}
