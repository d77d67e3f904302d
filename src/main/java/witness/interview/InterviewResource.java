package witness.interview;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.RestCookie;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import witness.core.Film;
import witness.person.Person;
import witness.security.Access;
import witness.web.CachedPage;
import witness.web.Flash;
import witness.web.Formats;
import witness.web.Html;
import witness.web.IsoDate;
import witness.web.Uploads;
import witness.web.VersionRead;

/**
 * The interviews board (one column per status of the pipeline) and each interview's page. A move
 * answers htmx with the fragment {@code #board} and a plain form post with 303 to the board; refused
 * input re-renders the form with its messages (422).
 */
@Path("/films/{slug}/interviews")
@Produces(MediaType.TEXT_HTML)
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
public class InterviewResource {
    static final String FORBIDDEN = "Release forms are personal data: only producers may upload or download them.";

    private static final Uploads.FileField SCAN = new Uploads.FileField("scan",
            "is required: choose the scan of the signed release form (PDF, JPEG or PNG)", ReleaseForm.MAX_BYTES,
            InterviewEditor::tooBig);

    @Inject InterviewEditor editor;
    @Inject ClipEditor clips;
    @Inject ClipProxies proxies;
    @Inject ShootDaysOf shootDays;
    @Inject Access access;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance board(Film film, InterviewBoard board, String notice, String moved);

        static native TemplateInstance board$board(Film film, InterviewBoard board, String moved);

        static native TemplateInstance interview(Film film, Interview interview, List<Person> people,
                ReleaseDetails scan, boolean personal, InterviewForms forms, String notice,
                List<ShootDaysOf.ShootDayOn> days);

        static native TemplateInstance create(Film film, List<Person> people, InterviewForms forms);

        static native TemplateInstance deletion(Film film, Interview interview, InterviewDeletion deletion);
    }

    @CachedPage
    @GET
    public Response board(@RestPath("slug") Film film, @RestCookie(Flash.COOKIE) String flash) {
        TemplateInstance page = Templates.board(film, InterviewBoard.of(film), Flash.read(flash), null);
        return Html.withNotice(page, flash);
    }

    /** Moves the card to another status: the keyboard form of each card, and drag and drop between columns. */
    @POST
    @Path("{key}/move")
    public Response move(@RestPath("slug") Film film, @RestPath String key, @RestHeader("HX-Request") String hx,
            @RestForm String status) {
        // Nothing of the interview is read before the move: the board drawn after it reads what is stored now.
        Interview interview = editor.move(film, key, status);
        String moved = moved(interview);
        if (Html.htmx(hx)) {
            return Response.fromResponse(Html.render(200, Templates.board$board(film, InterviewBoard.of(film), moved)))
                    .header(Html.CHANGED, "interview-" + key).build();
        }
        return Html.seeOther("/films/" + film.slug + "/interviews#interview-" + key, moved);
    }

    @GET
    @Path("new")
    public TemplateInstance newInterview(@RestPath("slug") Film film) {
        return Templates.create(film, Person.ofFilm(film), InterviewForms.none());
    }

    @POST
    public Response create(@RestPath("slug") Film film, @BeanParam InterviewInput input) {
        return Html.written(() -> {
            Interview interview = editor.create(film, input);
            return new Html.Done(pageOf(film.slug, interview.key),
                    "Added the interview with " + interview.interviewee() + ".");
        }, errors -> Templates.create(film, Person.ofFilm(film),
                InterviewForms.refused(InterviewForms.NEW, input, errors)));
    }

    @CachedPage
    @GET
    @Path("{key}")
    public Response interview(@RestPath("slug") Film film, @RestPath String key, @RestCookie(Flash.COOKIE) String flash) {
        TemplateInstance page = page(film, key, InterviewForms.none(), Flash.read(flash));
        return Html.withNotice(page, flash);
    }

    @POST
    @Path("{key}")
    public Response update(@RestPath("slug") Film film, @RestPath String key, @BeanParam InterviewInput input) {
        return Html.written(() -> {
            Interview interview = editor.update(film, key, input);
            return new Html.Done(pageOf(film.slug, key),
                    "Saved the interview with " + interview.interviewee() + "." + warningText(interview));
        }, errors -> page(film, key, InterviewForms.refused(InterviewForms.EDIT, input, errors), null));
    }

    /** Dates the interview on one of its shoot days, from the offer beside the day on its page. */
    @POST
    @Path("{key}/date")
    public Response dateOnDay(@RestPath("slug") Film film, @RestPath String key, @RestForm VersionRead version,
            @RestForm String day) {
        Interview dated = editor.dateOnDay(film, key, VersionRead.of(version), IsoDate.parse(day));
        return Html.seeOther(pageOf(film.slug, key), "Dated the interview " + Formats.human(dated.date)
                + (dated.status == InterviewStatus.SCHEDULED ? " and marked it scheduled." : "."));
    }

    // ---- questions

    /** Attaches a clip of the interview's rushes (researchers and producers). */
    @POST
    @Path("{key}/clips")
    public Response addClip(@RestPath("slug") Film film, @RestPath String key, @BeanParam ClipInput input) {
        return Html.written(() -> {
            Clip clip = clips.create(film, key, input);
            return new Html.Done(pageOf(film.slug, key) + "#rushes", "Added the clip " + clip.reel + ".");
        }, errors -> page(film, key, InterviewForms.refused(InterviewForms.NEW_CLIP, input, errors), null));
    }

    /** Deletes a clip, unless bites are cut from it (409) or it changed since the version read. */
    @POST
    @Path("{key}/clips/{clip}/delete")
    public Response deleteClip(@RestPath("slug") Film film, @RestPath String key, @RestPath String clip,
            @RestForm VersionRead version) {
        String reel = ClipEditor.find(film, key, clip).reel;
        clips.delete(film, key, clip, VersionRead.of(version));
        return Html.seeOther(pageOf(film.slug, key) + "#rushes", "Deleted the clip " + reel + ".");
    }

    /** Attaches a proxy to a clip, replacing its proxy; refused beside the clip's file field (413 too large, 422). */
    @POST
    @Path("{key}/clips/{clip}/proxy")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response uploadProxy(@RestPath("slug") Film film, @RestPath String key, @RestPath String clip,
            @RestForm(ClipProxies.FIELD) FileUpload file) {
        ClipEditor.find(film, key, clip);
        String form = InterviewForms.proxyForm(clip);
        if (file == null || file.uploadedFile() == null) {
            return Html.render(422, page(film, key, InterviewForms.refusedFile(form, Map.of(ClipProxies.FIELD,
                    "is required: choose the proxy file (MP4, M4A, WebM or MP3)")), null));
        }
        return Html.written(() -> {
            ClipProxy proxy = proxies.attach(film, key, clip, file.uploadedFile(), file.fileName());
            return new Html.Done(pageOf(film.slug, key) + "#rushes", "Attached the proxy " + proxy.fileName
                    + " to the clip " + proxy.clip.reel + ".");
        }, errors -> page(film, key, InterviewForms.refusedFile(form, errors), null));
    }

    /** The clip's proxy, whole or the byte range asked (a player seeking in it), to every role that reads interviews. */
    @GET
    @Path("{key}/clips/{clip}/proxy")
    @Produces(MediaType.WILDCARD)
    public Response proxy(@RestPath("slug") Film film, @RestPath String key, @RestPath String clip,
            @RestHeader("Range") String range, @RestHeader("If-Range") String ifRange) {
        return proxies.send(film, key, clip, range, ifRange);
    }

    @POST
    @Path("{key}/clips/{clip}/proxy/delete")
    public Response deleteProxy(@RestPath("slug") Film film, @RestPath String key, @RestPath String clip) {
        String reel = ClipEditor.find(film, key, clip).reel;
        boolean removed = proxies.remove(film, key, clip);
        return Html.seeOther(pageOf(film.slug, key) + "#rushes", removed ? "Removed the proxy of the clip " + reel
                + "." : "The clip " + reel + " has no proxy.");
    }

    @POST
    @Path("{key}/questions")
    public Response addQuestion(@RestPath("slug") Film film, @RestPath String key, @BeanParam QuestionInput form) {
        return question(film, key, InterviewForms.NEW_QUESTION, form,
                (asked, version) -> editor.addQuestion(film, key, version, asked.question));
    }

    @POST
    @Path("{key}/questions/{number}")
    public Response editQuestion(@RestPath("slug") Film film, @RestPath String key, @RestPath int number,
            @BeanParam QuestionInput form) {
        return question(film, key, InterviewForms.questionId(number), form,
                (asked, version) -> editor.editQuestion(film, key, number, version, asked.question));
    }

    @POST
    @Path("{key}/questions/{number}/delete")
    public Response deleteQuestion(@RestPath("slug") Film film, @RestPath String key, @RestPath int number,
            @BeanParam QuestionInput form) {
        return question(film, key, InterviewForms.questionId(number), form,
                (asked, version) -> editor.deleteQuestion(film, key, number, version));
    }

    /** Puts the question at a 1-based place (the up and down buttons). */
    @POST
    @Path("{key}/questions/{number}/move")
    public Response moveQuestion(@RestPath("slug") Film film, @RestPath String key, @RestPath int number,
            @BeanParam QuestionInput form) {
        return question(film, key, InterviewForms.questionId(number), form,
                (asked, version) -> editor.moveQuestion(film, key, number, asked.position(), version));
    }

    interface QuestionChange {
        Interview apply(QuestionInput form, Long version);
    }

    private Response question(Film film, String key, String formId, QuestionInput form, QuestionChange change) {
        InterviewEditor.find(film, key);
        return Html.written(() -> {
            change.apply(form, VersionRead.of(form.version));
            return new Html.Done(pageOf(film.slug, key) + "#questions", "Saved the questions.");
        }, errors -> page(film, key, InterviewForms.refused(formId, form, errors), null));
    }

    @GET
    @Path("{key}/delete")
    public TemplateInstance confirmDeletion(@RestPath("slug") Film film, @RestPath String key) {
        Interview interview = InterviewEditor.find(film, key);
        return Templates.deletion(film, interview, editor.deletion(film, key));
    }

    @POST
    @Path("{key}/delete")
    public Response delete(@RestPath("slug") Film film, @RestPath String key, @RestForm VersionRead version) {
        InterviewDeletion deletion = editor.delete(film, key, VersionRead.of(version));
        return Html.seeOther("/films/" + film.slug + "/interviews", "Deleted the interview with "
                + deletion.interviewee() + ". " + deletion.describe());
    }

    // ---- release form scan (personal data)

    @POST
    @Path("{key}/release")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response uploadRelease(@RestPath("slug") Film film, @RestPath String key, @RestForm("scan") FileUpload scan,
            @BeanParam InterviewInput signed) {
        InterviewEditor.find(film, key);
        if (!access.personalData()) {
            return forbidden();
        }
        return Uploads.written(scan, SCAN, content -> {
            ReleaseForm stored = editor.storeRelease(film, key, scan.fileName(), content, signed);
            return new Html.Done(pageOf(film.slug, key) + "#release",
                    "Stored the release form scan " + stored.fileName + ".");
        }, errors -> page(film, key, InterviewForms.refused(InterviewForms.RELEASE, signed, errors), null));
    }

    @GET
    @Path("{key}/release")
    @Produces({ "application/pdf", "image/jpeg", "image/png", MediaType.TEXT_PLAIN })
    public Response downloadRelease(@RestPath("slug") Film film, @RestPath String key) {
        Interview interview = InterviewEditor.find(film, key);
        if (!access.personalData()) {
            return forbidden();
        }
        ReleaseForm form = ReleaseForm.of(interview)
                .orElseThrow(() -> new NotFoundException("No release form scan is stored for this interview."));
        String ascii = form.fileName.replaceAll("[^A-Za-z0-9._ -]", "_");
        return Response.ok(form.content).type(form.contentType)
                .header("Content-Disposition", "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''"
                        + URLEncoder.encode(form.fileName, StandardCharsets.UTF_8).replace("+", "%20"))
                .header("X-Content-Type-Options", "nosniff").header("Cache-Control", "private, no-store").build();
    }

    // ----

    private static Response forbidden() {
        return Response.status(403).type(MediaType.TEXT_PLAIN_TYPE.withCharset("UTF-8")).entity(FORBIDDEN + "\n")
                .build();
    }

    /** "Moved Vlady Kibalchich to filmed. Warning: filmed without a signed release form." */
    static String moved(Interview interview) {
        return "Moved " + interview.interviewee() + " to " + interview.status.label() + "." + warningText(interview);
    }

    private static String warningText(Interview interview) {
        return interview.warnings().stream().map(w -> " Warning: " + w + ".").reduce("", String::concat);
    }

    private static String pageOf(String slug, String key) {
        return "/films/" + slug + "/interviews/" + key;
    }

    /** The interview's page with these forms (a refused one shows its messages), and the notice of a redirect. */
    private TemplateInstance page(Film film, String key, InterviewForms forms, String notice) {
        Interview interview = InterviewEditor.find(film, key);
        boolean personal = access.personalData();
        return Templates.interview(film, interview, Person.ofFilm(film),
                personal ? ReleaseDetails.of(interview) : null, personal, forms, notice, shootDays.of(interview));
    }

}
