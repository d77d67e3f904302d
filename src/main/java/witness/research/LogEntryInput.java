package witness.research;

import jakarta.ws.rs.core.MultivaluedMap;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import witness.core.Film;
import witness.web.FieldErrors;
import witness.web.Forms;

/**
 * A research log entry as its form posts it. Follow-ups are one per line; a line starting with
 * "[x]" is done. Links are the keys of the film's sources, people, scenes and locations.
 */
public record LogEntryInput(Map<String, String> values, LocalDate date, List<FollowUp> followUps,
        List<String> sources, List<String> people, List<String> scenes, List<String> locations, Long version) {

    /** The form as posted; a source found by the words of its search box is linked as if picked. */
    public static LogEntryInput read(Film film, MultivaluedMap<String, String> form, FieldErrors errors) {
        Map<String, String> values = Forms.values(form);
        List<String> sources = SourceChoices.picked(film, keys(form, "source"), values.get(SourceChoices.FIND), errors);
        return new LogEntryInput(values, date(values.get("date"), errors), followUps(values.get("followUps")),
                sources, keys(form, "person"), keys(form, "scene"), keys(form, "location"),
                Forms.version(values, errors));
    }

    /** The text of a follow-up list as the form shows it: one per line, done ones marked [x]. */
    public static String text(List<FollowUp> followUps) {
        StringBuilder text = new StringBuilder();
        followUps.forEach(f -> text.append(f.done ? "[x] " : "").append(f.text).append('\n'));
        return text.toString();
    }

    private static LocalDate date(String text, FieldErrors errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            errors.add("date", "'" + text + "' is not a date like 1988-05-14");
            return null;
        }
    }

    private static List<FollowUp> followUps(String text) {
        List<FollowUp> followUps = new ArrayList<>();
        if (text != null) {
            for (String line : text.split("\\R")) {
                String item = line.strip();
                boolean done = item.toLowerCase().startsWith("[x]");
                item = item.replaceFirst("^\\[[ xX]?\\]\\s*", "");
                if (!item.isEmpty()) {
                    followUps.add(new FollowUp(item, done));
                }
            }
        }
        return followUps;
    }

    private static List<String> keys(MultivaluedMap<String, String> form, String field) {
        List<String> keys = form.get(field);
        return keys == null ? List.of() : keys.stream().filter(k -> k != null && !k.isBlank()).toList();
    }
}
