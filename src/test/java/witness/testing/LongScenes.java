package witness.testing;

import io.quarkus.narayana.jta.QuarkusTransaction;
import witness.core.Film;
import witness.film.Scene;
import witness.film.Shot;
import witness.film.ShotKind;

/** A scene made longer than a page: the Orenburg arrest with sixty more takes of the Leningrad stairwell. */
public final class LongScenes {
    private LongScenes() {
    }

    /** Adds the shots to orenburg-arrest of the film; returns the position of the first one added. */
    public static int lengthenArrest(String slug, int shots) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Scene scene = Scene.byKey(Film.bySlug(slug).orElseThrow(), "orenburg-arrest").orElseThrow();
            int next = (int) Shot.count("scene", scene) + 1;
            for (int position = next; position < next + shots; position++) {
                Shot shot = new Shot();
                shot.scene = scene;
                shot.key = "orenburg-arrest-long-" + position;
                shot.position = position;
                shot.kind = ShotKind.LOCATION;
                shot.description = "Long take " + position + " of the Leningrad stairwell, one step at a time.";
                shot.persist();
            }
            return next;
        });
    }
}
