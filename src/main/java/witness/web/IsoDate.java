package witness.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** A date as a form, the API and a dossier write it (1990-06-14). */
public final class IsoDate implements Readable.Reading {
    @Override
    public String problem(String text) {
        return parse(text) == null ? "must be a date like 1990-06-14, not '" + text.strip() + "'" : null;
    }

    /** The date of a text that an {@link IsoDate} field accepts; null for nothing or what is not a date. */
    public static LocalDate parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
