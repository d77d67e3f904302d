package witness.web;

import java.io.IOException;
import java.util.Arrays;
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
