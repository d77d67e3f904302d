package witness.history;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import witness.core.Film;

/** The one page every history view renders: templates/History/history.html. */
@CheckedTemplate(basePath = "History")
final class HistoryTemplates {
    private HistoryTemplates() {
    }

    static native TemplateInstance history(Film film, HistoryPage page);
}
