package witness.film;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import witness.core.Film;

/**
 * The shot list for paper: /films/{slug}/shots/print as a page with print styles (the same template makes
 * /films/{slug}/shots.pdf, {@link ShotListPdf}). The shot list's filters apply; ?dropped=false leaves
 * dropped shots out (by default they are listed, struck through).
 */
@Path("/films/{slug}/shots/print")
public class ShotListPrint {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance print(Film film, ShotList list, String query, boolean pdf, LocalDate today);
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance page(@RestPath("slug") Film film, @RestQuery String sequence, @RestQuery String scene,
            @RestQuery String kind, @RestQuery String status, @RestQuery String location,
            @RestQuery String interviewee, @RestQuery String q, @RestQuery Boolean dropped) {
        var filter = ShotList.Filter.of(film, sequence, scene, kind, status, location, interviewee, q);
        return Templates.print(film, list(film, filter, dropped), query(filter, dropped), false, LocalDate.now());
    }

    static ShotList list(Film film, ShotList.Filter filter, Boolean dropped) {
        ShotList list = ShotList.of(film, filter);
        if (dropped == null || dropped) {
            return list;
        }
        List<ShotList.SequenceShots> kept = list.sequences().stream()
                .map(q -> new ShotList.SequenceShots(q.sequence(), q.scenes().stream()
                        .map(s -> new ShotList.SceneShots(s.scene(),
                                s.shots().stream().filter(shot -> shot.status != ShotStatus.DROPPED).toList(), false))
                        .toList()))
                .toList();
        return new ShotList(kept, list.totals(), list.page());
    }

    static String query(ShotList.Filter filter, Boolean dropped) {
        String query = filter.query();
        return Boolean.FALSE.equals(dropped) ? (query.isEmpty() ? "" : query + "&") + "dropped=false" : query;
    }
}
