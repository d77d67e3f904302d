package witness.core;

import io.quarkus.qute.TemplateGlobal;
import java.util.List;

/** What every page's layout shows: the film switcher. */
@TemplateGlobal
public class FilmSwitcher {

    static List<Film> films() {
        return Film.allByTitle();
    }
}
