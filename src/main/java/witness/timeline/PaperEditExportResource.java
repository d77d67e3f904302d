package witness.timeline;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import witness.core.Film;
import witness.film.Scene;
import witness.interview.Clip;
import witness.interview.FrameRate;
import witness.interview.SmpteTimecode;
import witness.interview.Testimony;
import witness.script.ScriptOptions;
import witness.web.BadRequest;

/**
 * The paper edit for the edit suite: /films/{slug}/paper-edit.edl (CMX 3600) and paper-edit.otio (OpenTimelineIO),
 * of the whole film, a sequence ({@code ?sequence=}) or chosen scenes ({@code ?scenes=}), the script's options. The
 * bites are the scenes' testimonies from interviews, in the paper edit's order, cut from their clips; when some lack
 * a clip or its in and out, the answer lists them (422) rather than write a broken event.
 */
@Path("/films/{slug}")
public class PaperEditExportResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance uncut(Film film, String scope, List<Testimony> uncut, String problem);
    }

    /** A bite of a scene, before it is known to be cut. */
    private record Placed(Scene scene, Testimony testimony) {
    }

    @GET
    @Path("paper-edit.{extension}")
    @Transactional
    public Response export(@RestPath("slug") Film film, @RestPath String extension, @RestQuery String sequence,
            @RestQuery List<String> scenes) {
        if (!extension.equals("edl") && !extension.equals("otio")) {
            throw new BadRequest("format", "'" + extension + "' is not one of: edl, otio");
        }
        ScriptOptions options = ScriptOptions.of(film, sequence, scenes, null, null, null, null, null);
        List<Placed> placed = placed(film, options);
        List<Testimony> uncut = placed.stream().map(Placed::testimony)
                .filter(t -> t.clip == null || t.clipIn == null || t.clipOut == null).toList();
        if (!uncut.isEmpty()) {
            return refused(film, options, uncut, "These bites have no clip, or no in or out on it, yet:");
        }
        PaperEditTimeline timeline;
        try {
            // A paper edit with no bite from an interview yet is an empty timeline, at the broadcaster's 25 fps.
            FrameRate rate = placed.isEmpty() ? FrameRate.FPS_25 : placed.get(0).testimony().clip.rate;
            timeline = PaperEditTimeline.of(film.title + " \u2014 paper edit, " + options.scope(), rate,
                    placed.stream().map(PaperEditExportResource::bite).toList());
        } catch (IllegalArgumentException e) {
            return refused(film, options, List.of(), e.getMessage());
        }
        String file = extension.equals("edl") ? CmxEdl.write(timeline) : OtioTimeline.write(timeline);
        String type = extension.equals("edl") ? "text/plain; charset=US-ASCII" : MediaType.APPLICATION_JSON;
        return Response.ok(file.getBytes(StandardCharsets.UTF_8), type).header("Content-Disposition",
                "attachment; filename=\"" + film.slug + "-paper-edit." + extension + "\"").build();
    }

    /** The scenes' bites from interviews, scene by scene in film order, each scene's in its paper edit's order. */
    private static List<Placed> placed(Film film, ScriptOptions options) {
        List<Placed> placed = new ArrayList<>();
        Scene.getEntityManager().createQuery("select s, t from Scene s join fetch s.sequence q join s.testimonies t"
                + " join fetch t.person left join fetch t.clip where q.film = :film and t.interview is not null"
                + " order by q.position, s.position, index(t)", Object[].class).setParameter("film", film)
                .getResultList().stream().filter(r -> options.includes((Scene) r[0]))
                .forEach(r -> placed.add(new Placed((Scene) r[0], (Testimony) r[1])));
        return placed;
    }

    private static TimelineBite bite(Placed p) {
        Testimony t = p.testimony();
        Clip clip = t.clip;
        return new TimelineBite(clip.reel, clip.key, clip.fileName, clip.picture, clip.rate,
                SmpteTimecode.parse(t.clipIn, clip.rate), SmpteTimecode.parse(t.clipOut, clip.rate), t.person.name,
                p.scene().number(), p.scene().title);
    }

    private static Response refused(Film film, ScriptOptions options, List<Testimony> uncut, String problem) {
        return Response.status(422).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(Templates.uncut(film, options.scope(), uncut, problem).render()).build();
    }
}
