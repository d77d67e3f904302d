package witness.script;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestPath;
import witness.core.Film;
import witness.web.BadRequest;
import witness.web.CachedPage;

/**
 * What changed between two drafts of the film's script, /films/{slug}/script/drafts/{a}/compare/{b}: from draft a
 * to draft b ({@link DraftComparison}), either of them the earlier. Every role reads it.
 *
 * <p>Both drafts are the film's own, named by their number in it: a number the film has no draft of is 404 (a draft
 * of another film cannot be named here, so "another film's draft" is simply a number this film lacks, and 404 too);
 * a draft compared with itself is 400, naming the field {@code b}. Issued drafts never change, so the page may be
 * kept until anything in the database changes ({@link CachedPage}).
 */
@Path("/films/{slug}/script/drafts/{a}/compare/{b}")
public class DraftCompareResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance compare(Film film, ScriptDraft before, ScriptDraft after,
                DraftComparison comparison);
    }

    @Inject ScriptDrafts drafts;

    @CachedPage
    @GET
    @Produces(MediaType.TEXT_HTML)
    @Transactional
    public TemplateInstance compare(@RestPath("slug") Film film, @RestPath int a, @RestPath int b) {
        if (a == b) {
            throw new BadRequest("b", "draft " + b + " is the draft it is compared with: choose another draft to"
                    + " compare draft " + a + " with");
        }
        ScriptDraft before = ScriptDraftResource.find(film, a);
        ScriptDraft after = ScriptDraftResource.find(film, b);
        DraftComparison comparison = DraftComparison.of(drafts.snapshot(before), drafts.snapshot(after));
        return Templates.compare(film, before, after, comparison);
    }
}
