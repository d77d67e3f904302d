package witness.research;

import jakarta.ws.rs.core.MultivaluedMap;
import java.util.List;
import java.util.Map;
import witness.core.Film;
import witness.web.FieldErrors;
import witness.web.Forms;

/**
 * A chronology event as its form posts it: the date written 1947-11-17, 1947-11 or 1947 (its
 * precision follows from the form), place, description, and the keys of the film's people, sources
 * and of the scenes that cover the event.
 */
public record EventInput(Map<String, String> values, PartialDate when, List<String> people, List<String> sources,
        List<String> scenes, Long version) {

    /** The form as posted; a source found by the words of its search box is linked as if picked. */
    public static EventInput read(Film film, MultivaluedMap<String, String> form, FieldErrors errors) {
        Map<String, String> values = Forms.values(form);
        List<String> sources = SourceChoices.picked(film, keys(form, "source"), values.get(SourceChoices.FIND), errors);
        return new EventInput(values, date(values.get("date"), errors), keys(form, "person"), sources,
                keys(form, "scene"), Forms.version(values, errors));
    }

    private static PartialDate date(String text, FieldErrors errors) {
        if (text == null || text.isBlank()) {
            errors.add("date", "is required: write 1947-11-17, 1947-11 or 1947");
            return null;
        }
        try {
            return PartialDate.parse(text.strip());
        } catch (IllegalArgumentException e) {
            errors.add("date", e.getMessage());
            return null;
        }
    }

    private static List<String> keys(MultivaluedMap<String, String> form, String field) {
        List<String> keys = form == null ? null : form.get(field);
        return keys == null ? List.of() : keys.stream().filter(k -> k != null && !k.isBlank()).map(String::strip)
                .distinct().toList();
    }
}
