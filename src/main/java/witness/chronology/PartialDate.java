package witness.chronology;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** A date known to the day, the month or only the year: 1947-11-17, 1919-01, 1912. */
public record PartialDate(LocalDate date, DatePrecision precision) {
    public static final String PATTERN = "\\d{4}(-\\d{2}(-\\d{2})?)?";

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);

    /** @throws IllegalArgumentException naming the accepted forms */
    public static PartialDate parse(String text) {
        try {
            return switch (text.length()) {
                case 4 -> new PartialDate(LocalDate.of(Integer.parseInt(text), 1, 1), DatePrecision.YEAR);
                case 7 -> new PartialDate(YearMonth.parse(text).atDay(1), DatePrecision.MONTH);
                case 10 -> new PartialDate(LocalDate.parse(text), DatePrecision.DAY);
                default -> throw new IllegalArgumentException();
            };
        } catch (DateTimeParseException | IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "'" + text + "' is not a date: write 1947-11-17, 1947-11 or 1947");
        }
    }

    /** The form it is written in a dossier. */
    public String iso() {
        return switch (precision) {
            case YEAR -> String.valueOf(date.getYear());
            case MONTH -> YearMonth.from(date).toString();
            case DAY -> date.toString();
        };
    }

    /** The form people read: 17 November 1947, January 1919, 1912. */
    public String display() {
        return switch (precision) {
            case YEAR -> String.valueOf(date.getYear());
            case MONTH -> MONTH.format(date);
            case DAY -> DAY.format(date);
        };
    }
}
