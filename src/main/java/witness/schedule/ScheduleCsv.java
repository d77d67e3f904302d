package witness.schedule;

import java.util.List;
import witness.web.SpreadsheetCells;

/**
 * A schedule as a spreadsheet reads it: RFC 4180 CSV (CRLF) in UTF-8 with a byte-order mark, one
 * header row, one row per shoot day in date order. Lists in a cell (who is called with their call time,
 * interviewees, shot numbers) are separated by "; ".
 */
public final class ScheduleCsv {
    public static final List<String> COLUMNS = List.of("date", "weekday", "location", "city", "country", "call",
            "wrap", "called", "interviews", "shots", "travel", "notes");
    public static final String MEDIA_TYPE = "text/csv; charset=UTF-8";

    private ScheduleCsv() {
    }

    public static byte[] write(List<ShootDay> days) {
        return SpreadsheetCells.csv(COLUMNS, printer -> {
            for (ShootDay day : days) {
                var location = day.location;
                SpreadsheetCells.print(printer, day.date, CallSheet.weekday(day.date),
                        location == null ? null : location.name, location == null ? null : location.city,
                        location == null ? null : location.country, CallSheet.time(day.callTime),
                        CallSheet.time(day.wrapTime), String.join("; ", day.called().stream().map(ShootDayCall::line).toList()),
                        String.join("; ", CallSheet.interviewees(day)), String.join("; ", CallSheet.shotNumbers(day)),
                        day.travel, day.notes);
            }
        });
    }
}
