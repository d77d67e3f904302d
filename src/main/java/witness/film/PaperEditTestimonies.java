package witness.film;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import witness.interview.TestimonyLeaving;

/** Scenes and citations say where a testimony about to be deleted is used, then let go of it: out of the paper edit, and its citations with it. */
@ApplicationScoped
class PaperEditTestimonies {

    void testimonyLeaves(@Observes TestimonyLeaving leaving) {
        List<Scene> scenes = Scene.list("select s from Scene s join fetch s.sequence q where ?1 member of s.testimonies"
                + " order by q.position, s.position", leaving.testimony);
        scenes.forEach(s -> leaving.usedIn("placed in scene " + s.number() + " " + s.title));
        List<Citation> citations = Citation.list("testimony = ?1 order by scene.sequence.position, scene.position,"
                + " position", leaving.testimony);
        citations.forEach(c -> leaving.usedIn("cited in footnote " + c.position + " of scene " + c.scene.number()
                + " (the citation goes with it)"));
        if (leaving.preview) {
            return;
        }
        scenes.forEach(s -> s.testimonies.removeIf(t -> t.id.equals(leaving.testimony.id)));
        CitationEditor.deleteAll(citations);
    }
}
