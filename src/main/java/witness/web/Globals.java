package witness.web;

import io.quarkus.qute.TemplateGlobal;
import java.util.List;
import witness.film.Film;

/** What every page's layout shows: the film switcher. */
@TemplateGlobal
public class Globals {

    static List<Film> films() {
        return Film.allByTitle();
    }
}
