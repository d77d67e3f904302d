package witness.script;

import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.List;
import org.jboss.resteasy.reactive.RestCookie;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import witness.core.Film;
import witness.security.WitnessUser;
import witness.web.BadRequest;
import witness.web.Flash;
import witness.web.Form;
import witness.web.Forms;
import witness.web.Html;

/**
 * The script's drafts page, /films/{slug}/script/drafts: whether the numbers are locked (and the buttons that lock
 * and unlock them), issuing a draft, the drafts issued with their files exactly as issued, and the title page.
 */
@Path("/films/{slug}/script")
public class ScriptDraftResource {
    static final String TITLE_PAGE = "title-page";
    static final List<String> TITLE_PAGE_FIELDS = List.of("productionCompany", "producer", "director", "writer",
            "contacts");

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance drafts(Film film, List<ScriptDraft> drafts, int next, String nextColour,
                Form titlePage);
    }

    @Inject ScriptDrafts drafts;
    @Inject ScriptFormats formats;
    @Inject SecurityIdentity identity;

    @GET
    @Path("drafts")
    @Produces(MediaType.TEXT_HTML)
    public Response page(@RestPath("slug") Film film, @RestCookie(Flash.COOKIE) String flash) {
        return Html.withNotice(page(film, Forms.none()), flash);
    }

    @POST
    @Path("lock")
    public Response lock(@RestPath("slug") Film film) {
        drafts.lock(film, who());
        return Html.seeOther(draftsPage(film), "Locked the numbers: a scene added after 2.3 is now 2.3A, and a"
                + " deleted one stays in the script as OMITTED.");
    }

    @POST
    @Path("unlock")
    public Response unlock(@RestPath("slug") Film film) {
        drafts.unlock(film);
        return Html.seeOther(draftsPage(film), "Unlocked the numbers: every sequence, scene and shot is numbered in"
                + " order again, and the omitted numbers are gone.");
    }

    @POST
    @Path("drafts")
    public Response issue(@RestPath("slug") Film film, @RestForm String name, @RestForm Integer expected) {
        ScriptDraft draft = drafts.issue(film, name, expected, who());
        return Html.seeOther(draftsPage(film) + "#draft-" + draft.number, "Issued draft " + draft.number + ", "
                + draft.name + ", on " + draft.colour.toLowerCase() + " pages.");
    }

    @POST
    @Path("title-page")
    public Response titlePage(@RestPath("slug") Film film, @BeanParam TitlePageInput input) {
        return Html.written(() -> {
            drafts.saveTitlePage(film, input);
            return new Html.Done(draftsPage(film) + "#title-page", "Saved the title page.");
        }, errors -> page(film, Forms.refused(TITLE_PAGE, input, errors)));
    }

    /** A draft's file as issued; a PDF with {@code pages=revised} holds only the pages that changed. */
    @GET
    @Path("drafts/{number}/script.{extension}")
    @Transactional
    @TransactionConfiguration(timeout = ScriptExports.WRITING_AT_MOST_SECONDS)
    public Response file(@RestPath("slug") Film film, @RestPath int number, @RestPath String extension,
            @RestQuery String pages) {
        ScriptFormat format = formats.byExtension(extension);
        boolean revised = revisedOnly(pages, extension);
        ScriptDraft draft = find(film, number);
        byte[] file = ScriptResource.made(format, drafts.script(draft, revised));
        String name = film.slug + "-draft-" + number + (revised ? "-revised-pages." : ".") + format.extension();
        return Response.ok((StreamingOutput) out -> out.write(file), format.mediaType())
                .header("Content-Disposition", ScriptResource.disposition(format) + "; filename=\"" + name + "\"")
                .build();
    }

    private static boolean revisedOnly(String pages, String extension) {
        if (pages == null || pages.isBlank() || pages.equals("all")) {
            return false;
        }
        if (!pages.equals("revised")) {
            throw new BadRequest("pages", "'" + pages + "' is not one of: all, revised");
        }
        if (!extension.equals("pdf")) {
            throw new BadRequest("pages", "only the PDF has pages: ask script.pdf?pages=revised");
        }
        return true;
    }

    static ScriptDraft find(Film film, int number) {
        return ScriptDraft.byNumber(film, number).orElseThrow(() -> new NotFoundException(
                "The film '" + film.slug + "' has no draft " + number + "."));
    }

    private TemplateInstance page(Film film, Forms forms) {
        int next = ScriptDraft.next(film);
        Form titlePage = forms.filled(TITLE_PAGE, TitlePageInput.credits(film), film.version, TITLE_PAGE_FIELDS);
        return Templates.drafts(film, ScriptDraft.ofFilm(film), next, RevisionColour.of(next), titlePage);
    }

    private String who() {
        return WitnessUser.usernameOf(identity);
    }

    static String draftsPage(Film film) {
        return "/films/" + film.slug + "/script/drafts";
    }
}
