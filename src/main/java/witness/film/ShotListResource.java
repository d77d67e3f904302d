package witness.film;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import witness.web.BadRequest;
import witness.web.Films;
import witness.web.Labelled;

/** The shot list, grouped by sequence and scene: /films/{slug}/shots?sequence=…&kind=…&status=… */
@Path("/films/{slug}/shots")
public class ShotListResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance shots(Film film, ShotList list, List<Sequence> sequences,
                ShotList.Filter filter, ShotKind[] kinds, ShotStatus[] statuses);
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance shots(@RestPath String slug, @RestQuery String sequence, @RestQuery String kind,
            @RestQuery String status) {
        Film film = Films.bySlug(slug);
        List<Sequence> sequences = Sequence.ofFilm(film);
        String sequenceKey = sequence == null || sequence.isBlank() ? null : sequence;
        if (sequenceKey != null && sequences.stream().noneMatch(s -> s.key.equals(sequenceKey))) {
            throw new BadRequest("sequence", "this film has no sequence '" + sequence + "'");
        }
        var filter = new ShotList.Filter(sequenceKey, Labelled.parse(ShotKind.class, "kind", kind),
                Labelled.parse(ShotStatus.class, "status", status));
        return Templates.shots(film, ShotList.of(film, filter), sequences, filter, ShotKind.values(),
                ShotStatus.values());
    }
}
