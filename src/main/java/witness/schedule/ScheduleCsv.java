package witness.schedule;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import witness.web.SpreadsheetCells;

/**
 * A schedule as a spreadsheet reads it: RFC 4180 CSV (CRLF) in UTF-8 with a byte-order mark, one
 * header row, one row per shoot day in date order. Lists in a cell (crew, interviewees, shot
 * numbers) are separated by "; ".
 */
public final class ScheduleCsv {
    public static final List<String> COLUMNS = List.of("date", "weekday", "location", "city", "country", "call",
            "wrap", "crew", "interviews", "shots", "travel", "notes");
    public static final String MEDIA_TYPE = "text/csv; charset=UTF-8";
    private static final char BOM = '\uFEFF';
    private static final CSVFormat WRITE = CSVFormat.RFC4180.builder().setHeader(COLUMNS.toArray(String[]::new))
            .get();

    private ScheduleCsv() {
    }

    public static byte[] write(List<ShootDay> days) {
        StringWriter out = new StringWriter().append(BOM);
        try (CSVPrinter printer = new CSVPrinter(out, WRITE)) {
            for (ShootDay day : days) {
                var location = day.location;
                SpreadsheetCells.print(printer, day.date, CallSheet.weekday(day.date),
                        location == null ? null : location.name, location == null ? null : location.city,
                        location == null ? null : location.country, CallSheet.time(day.callTime),
                        CallSheet.time(day.wrapTime), String.join("; ", day.crew),
                        String.join("; ", CallSheet.interviewees(day)), String.join("; ", CallSheet.shotNumbers(day)),
                        day.travel, day.notes);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }
}
