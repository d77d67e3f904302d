package witness.web;

import io.quarkus.qute.TemplateExtension;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/** How pages write dates, durations and Markdown for people. */
@TemplateExtension
public class Formats {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final Parser MARKDOWN = Parser.builder().build();
    /** Escapes any HTML in the text and drops unsafe link targets: user Markdown stays harmless. */
    private static final HtmlRenderer SAFE_HTML = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();

    /** 17 November 1947 */
    public static String human(LocalDate date) {
        return date == null ? "" : DAY.format(date);
    }

    /** 45 s, 2 min 30 s, 1 h 12 min */
    public static String duration(Integer seconds) {
        if (seconds == null) {
            return "";
        }
        int h = seconds / 3600, min = seconds % 3600 / 60, s = seconds % 60;
        if (h > 0) {
            return h + " h " + min + " min";
        }
        if (min > 0) {
            return s == 0 ? min + " min" : min + " min " + s + " s";
        }
        return s + " s";
    }

    public static String duration(Long seconds) {
        return seconds == null ? "" : duration(Math.toIntExact(seconds));
    }

    /** Markdown as HTML, with whatever HTML the author wrote escaped. */
    public static String markdown(String text) {
        return text == null ? "" : SAFE_HTML.render(MARKDOWN.parse(text));
    }
}
