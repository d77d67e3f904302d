package witness.research;

import jakarta.ws.rs.core.MultivaluedMap;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import witness.core.Film;
import witness.interview.TestimonyChoices;
import witness.web.FieldErrors;
import witness.web.Forms;

/**
 * A citation as its form posts it: the key of a source or of a testimony (exactly one), the key of a
 * shot of the scene (optional), locator, quoted or paraphrased text, claim, status, who verified and when.
 */
public record CitationInput(Map<String, String> values, LocalDate verifiedOn, Long version) {
    public static final List<String> FIELDS = List.of("source", "testimony", "shot", "locator", "text", "claim",
            "status", "verifiedBy", "verifiedOn", "version");

    /** The form as posted; a source or testimony found by the words of its search box is as if chosen. */
    public static CitationInput read(Film film, MultivaluedMap<String, String> form, FieldErrors errors) {
        Map<String, String> values = new HashMap<>(Forms.values(form));
        values.put("source", SourceChoices.chosen(film, values.get("source"), values.get(SourceChoices.FIND), errors));
        values.put("testimony", TestimonyChoices.chosen(film, values.get("testimony"),
                values.get(TestimonyChoices.FIND), errors));
        return new CitationInput(values, date(values.get("verifiedOn"), errors), Forms.version(values, errors));
    }

    public String value(String field) {
        return values.get(field);
    }

    private static LocalDate date(String text, FieldErrors errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            errors.add("verifiedOn", "'" + text + "' is not a date like 1989-12-11");
            return null;
        }
    }
}
