package witness.schedule;

import jakarta.ws.rs.core.MultivaluedMap;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import witness.web.FieldErrors;
import witness.web.Forms;

/** A shoot day as its form posts it. Times are HH:MM; crew is one per line; location is a key. */
public record ShootDayInput(Map<String, String> values, LocalDate date, LocalTime call, LocalTime wrap,
        List<String> crew, Long version) {

    public static ShootDayInput read(MultivaluedMap<String, String> form, FieldErrors errors) {
        Map<String, String> values = Forms.values(form);
        return new ShootDayInput(values, date(values.get("date"), errors), time("call", values.get("call"), errors),
                time("wrap", values.get("wrap"), errors), lines(values.get("crew")), Forms.version(values, errors));
    }

    /** The form's values for a stored day. */
    static Map<String, String> of(ShootDay d) {
        Map<String, String> values = new HashMap<>();
        values.put("date", d.date.toString());
        values.put("location", d.location == null ? "" : d.location.key);
        values.put("call", d.callTime == null ? "" : hhmm(d.callTime));
        values.put("wrap", d.wrapTime == null ? "" : hhmm(d.wrapTime));
        values.put("crew", String.join("\n", d.crew));
        values.put("travel", d.travel == null ? "" : d.travel);
        values.put("notes", d.notes == null ? "" : d.notes);
        values.put("version", String.valueOf(d.version));
        return values;
    }

    static String hhmm(LocalTime time) {
        return String.format("%02d:%02d", time.getHour(), time.getMinute());
    }

    static LocalDate date(String text, FieldErrors errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            errors.add("date", "'" + text + "' is not a date like 1990-03-05");
            return null;
        }
    }

    private static LocalTime time(String field, String text, FieldErrors errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip();
        if (!t.matches("\\d{1,2}:\\d{2}(:\\d{2})?")) {
            errors.add(field, "'" + text + "' is not a time like 08:30");
            return null;
        }
        try {
            return LocalTime.parse(t.length() == 4 || t.length() == 7 ? "0" + t : t);
        } catch (DateTimeParseException e) {
            errors.add(field, "'" + text + "' is not a time like 08:30");
            return null;
        }
    }

    private static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        if (text != null) {
            for (String line : text.split("\\R")) {
                if (!line.isBlank()) {
                    lines.add(line.strip());
                }
            }
        }
        return lines;
    }
}
