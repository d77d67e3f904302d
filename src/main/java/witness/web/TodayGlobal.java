package witness.web;

import io.quarkus.qute.TemplateGlobal;
import java.time.LocalDate;

/** Today's date as a date field holds it (2026-12-06), for forms that start on today. */
@TemplateGlobal
public class TodayGlobal {
    static String todayIso() {
        return LocalDate.now().toString();
    }
}
