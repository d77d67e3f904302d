package witness.web;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Cells of a CSV file that a spreadsheet opens: a text that begins with {@code =}, {@code +}, {@code -}, {@code @},
 * a tab or a carriage return would be taken for a formula (a rights holder named {@code =HYPERLINK(…)}), so it is
 * written after a single quote, as OWASP recommends; a text that begins with a quote and then one of those (or
 * another quote) gets one more, so that reading a cell back — {@link #restored} — gives exactly what was written.
 */
public final class SpreadsheetCells {
    private static final String FORMULA_START = "=+-@\t\r";

    private SpreadsheetCells() {
    }

    /** What writes a file's rows, each by {@link #print}. */
    @FunctionalInterface
    public interface Rows {
        void print(CSVPrinter printer) throws IOException;
    }

    /**
     * A CSV file as every download of Witness writes it: RFC 4180 (CRLF), a header row, UTF-8 with a byte-order mark so
     * that a spreadsheet reads accents; the rows as {@code rows} prints them.
     */
    public static byte[] csv(List<String> header, Rows rows) {
        StringWriter out = new StringWriter().append('\uFEFF');
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder()
                .setHeader(header.toArray(String[]::new)).get())) {
            rows.print(printer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Prints a row, each text cell made safe to open. */
    public static void print(CSVPrinter printer, Object... cells) throws IOException {
        printer.printRecord(Arrays.stream(cells).map(SpreadsheetCells::neutral).toArray());
    }

    /** The cell as written: texts that a spreadsheet would run are quoted; anything else as it is. */
    public static Object neutral(Object cell) {
        return cell instanceof CharSequence text && quoted(text.toString()) ? "'" + text : cell;
    }

    /** A cell as read back from a file Witness wrote (or a spreadsheet saved): the quote written before it gone. */
    public static String restored(String cell) {
        return cell != null && cell.length() > 1 && cell.charAt(0) == '\'' && quoted(cell.substring(1))
                ? cell.substring(1) : cell;
    }

    private static boolean quoted(String text) {
        if (text.isEmpty()) {
            return false;
        }
        char first = text.charAt(0);
        return FORMULA_START.indexOf(first) >= 0 || first == '\'' && text.length() > 1
                && (FORMULA_START.indexOf(text.charAt(1)) >= 0 || text.charAt(1) == '\'');
    }
}
