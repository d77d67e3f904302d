package witness.web;

import io.quarkus.qute.TemplateExtension;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.DefaultUrlSanitizer;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.text.TextContentRenderer;

/** How pages write dates, durations and Markdown for people. */
@TemplateExtension
public class Formats {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final Parser MARKDOWN = Parser.builder().build();
    private static final TextContentRenderer PLAIN = TextContentRenderer.builder().build();
    /** The only link targets a page writes: anything else (javascript:, data:, file:) stays text. */
    public static final String LINK = "(?i)(https?://|mailto:)[^\\s]+";
    /** Escapes any HTML in the text and drops link targets of other schemes: user Markdown stays harmless. */
    private static final HtmlRenderer SAFE_HTML = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true)
            .urlSanitizer(new DefaultUrlSanitizer(List.of("http", "https", "mailto"))).build();

    /** The verbs a field's message opens with when it reads on from the field's name: "Name must not be blank". */
    private static final Set<String> PREDICATES = Set.of("is", "must", "cannot", "can", "has",
            "was", "needs", "should", "may", "are", "goes", "takes");

    /**
     * A field's message as it stands beside the field, with the field's name: "Name is required", "Fee must be 0 or
     * more"; a message that does not read on from the name follows it: "Source: no source of this film matches 'x'".
     */
    public static String namedBy(String message, String label) {
        if (message == null || message.isEmpty()) {
            return "";
        }
        String first = message.split("[\\s:]", 2)[0];
        return label + (PREDICATES.contains(first) ? " " : ": ") + message;
    }

    /** A file's size as people read it: 2.4 MB, 350 KB. */
    public static String bytes(long size) {
        return size >= 1024 * 1024 ? String.format(Locale.ROOT, "%.1f MB", size / 1024.0 / 1024.0)
                : Math.max(1, Math.round(size / 1024.0)) + " KB";
    }

    /** 17 November 1947 */
    public static String human(LocalDate date) {
        return date == null ? "" : DAY.format(date);
    }

    /** The day of an instant on this server's clock: 7 December 2026. */
    public static String human(java.time.Instant at) {
        return at == null ? "" : human(java.time.LocalDate.ofInstant(at, java.time.ZoneId.systemDefault()));
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

    /** Whether a page may write this address as a link: http, https and mailto only. */
    public static boolean linkable(String address) {
        return address != null && address.matches(LINK);
    }

    /**
     * An amount as a producer writes it: £2,750.00, €100.00, US$40.00 (British usage, the currency's own symbol or
     * its code); without a currency, 2,750.00.
     */
    public static String money(BigDecimal amount, String currency) {
        if (amount == null) {
            return "";
        }
        Currency known = currency(currency);
        if (known == null) {
            NumberFormat plain = NumberFormat.getNumberInstance(Locale.UK);
            plain.setMinimumFractionDigits(2);
            plain.setMaximumFractionDigits(2);
            return plain.format(amount) + (currency == null ? "" : " " + currency);
        }
        NumberFormat format = NumberFormat.getCurrencyInstance(Locale.UK);
        format.setCurrency(known);
        return format.format(amount);
    }

    /** The ISO 4217 currency of this code, or null for none or a code Java does not know. */
    private static Currency currency(String code) {
        if (code == null) {
            return null;
        }
        try {
            return Currency.getInstance(code);
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    /** Markdown as the words it shows, without its marks (**, _, #, link targets): for a search's passages. */
    public static String plain(String markdown) {
        return markdown == null ? null : PLAIN.render(MARKDOWN.parse(markdown)).strip();
    }

    /** Markdown as HTML, with whatever HTML the author wrote escaped. */
    public static String markdown(String text) {
        return text == null ? "" : SAFE_HTML.render(MARKDOWN.parse(text));
    }
}
