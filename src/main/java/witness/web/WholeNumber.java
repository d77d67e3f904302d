package witness.web;

/** A whole number as a form writes it. */
public final class WholeNumber implements Readable.Reading {
    @Override
    public String problem(String text) {
        return value(text) == null ? "must be a whole number, not '" + text + "'" : null;
    }

    /** The number of a text that a {@link WholeNumber} field accepts; null for nothing or what is not one. */
    public static Integer value(String text) {
        try {
            return text == null || text.isBlank() ? null : Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
