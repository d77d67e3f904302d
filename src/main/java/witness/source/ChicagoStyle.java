package witness.source;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import de.undercouch.citeproc.CSL;
import de.undercouch.citeproc.ItemDataProvider;
import de.undercouch.citeproc.csl.CSLCitation;
import de.undercouch.citeproc.csl.CSLCitationItemBuilder;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLItemDataBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.CollationKey;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.text.StringEscapeUtils;

/**
 * The Chicago notes-bibliography style, rendered by citeproc-java as HTML: the notes of a page, one after
 * another (a second note of a source is the short form), and bibliography entries. The same machinery
 * serves the scene pages, the bibliography and the script's footnotes.
 *
 * <p>citeproc-java parses the style and its locale when its processor is made, which took 40 % of a scene page's
 * time, and a processor is not thread-safe: so processors are kept, each given one page's worth of notes or
 * entries at a time. Make a style for that page, use it from one thread, and close it (which gives its processor
 * back, its state reset, for the next page).
 * Its HTML escapes the items' fields (a title with {@code <script>} comes out as {@code &lt;script&gt;}),
 * so its output may be written raw.
 */
public final class ChicagoStyle implements AutoCloseable {
    public static final String STYLE = "chicago-notes-bibliography";
    /** The id of an item cited at a locator: the same item without its page range. */
    private static final String AT = "\u0000at";
    /** A note ending in an abbreviation keeps its full stop before the locator: "n.d., para. 35". */
    private static final Pattern ABBREVIATED = Pattern.compile("(\\b\\p{L}\\.\\p{L}\\.|\\b(ed|eds|trans|comp|vol|vols|no|n\\.d|n\\.p)\\.)$");
    private static final Pattern PAGE = Pattern.compile("(?i)(?:pp?\\.|pages?)\\s*([\\d\\s,\u2013-]+)");

    private static final Pattern NAMED_ENTITY = Pattern.compile("&([a-zA-Z][a-zA-Z0-9]*);");
    private static final Set<String> XML_ENTITIES = Set.of("amp", "lt", "gt", "quot", "apos");
    /** citeproc-java's inline styles, as classes: pages allow no style attribute (Content-Security-Policy). */
    private static final Map<String, String> STYLE_CLASSES = Map.of("font-style: italic", "csl-italic",
            "font-style: oblique", "csl-italic", "font-variant: small-caps", "csl-small-caps",
            "font-weight: bold", "csl-bold", "font-weight: 100", "csl-light", "text-decoration: underline",
            "csl-underline");
    private static final Pattern STYLE_ATTRIBUTE = Pattern.compile(" style=\"([^\"]*)\"");
    private static final Collator COLLATOR = collator();
    /** The processors not in use; as many are kept as pages were made at once, up to KEPT. */
    private static final Queue<Processor> IDLE = new ConcurrentLinkedQueue<>();
    private static final int KEPT = 16;
    /**
     * Bibliography entries already made, by the item they were made from (citeproc's items compare by every field,
     * names and dates included): an entry depends on nothing else, and making one is most of a bibliography's time.
     */
    private static final Cache<CSLItemData, String> ENTRIES = Caffeine.newBuilder().maximumSize(10_000).build();
    /** What each entry sorts by, made once: collation keys are most of a long bibliography's sorting. */
    private static final Cache<String, CollationKey[]> SORT_KEYS = Caffeine.newBuilder().maximumSize(10_000).build();
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern ACCENTED =
            Pattern.compile("&([a-zA-Z])(grave|acute|circ|uml|tilde|cedil|ring|slash);");
    private static final Pattern ENTITY = Pattern.compile("&[a-zA-Z]+;|&#\\d+;");
    private static final Pattern QUOTE = Pattern.compile("[\u201c\u201d\u2018\u2019\"\\[\\]]");
    private static final Pattern ARTICLE =
            Pattern.compile("^(?i)((the|an?|les?|la|el|los|las|die|der|das)\\s+|l[\u2019'])");
    private final Processor processor;
    private boolean closed;
    private final CSL csl;
    private final Map<String, CSLItemData> items = new LinkedHashMap<>();
    private final Map<String, Source> sources = new LinkedHashMap<>();

    private ChicagoStyle(Collection<Source> cited) {
        for (Source s : cited) {
            items.put(s.key, CslItems.of(s));
            this.sources.put(s.key, s);
        }
        List<CSLItemData> provided = new ArrayList<>(items.values());
        items.values().forEach(i -> provided.add(new CSLItemDataBuilder(i).id(i.getId() + AT).page(null).build()));
        Processor idle = IDLE.poll();
        processor = idle != null ? idle : new Processor();
        processor.items.provide(provided);
        csl = processor.csl;
        csl.reset();
        csl.setOutputFormat("html");
    }

    /** Gives the processor back for another page, with nothing of this one's items or citations kept. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        processor.items.provide(List.of());
        if (IDLE.size() < KEPT) {
            IDLE.offer(processor);
        }
    }

    /** A citeproc-java processor of the style, and the items it is given for the page at hand. */
    private static final class Processor {
        final Items items = new Items();
        final CSL csl;

        Processor() {
            try {
                csl = new CSL(items, STYLE, "en-US");
            } catch (IOException e) {
                throw new UncheckedIOException("The style " + STYLE + " cannot be read", e);
            }
        }
    }

    /** The items of one page at a time; giving new ones resets the processor's registered items and citations. */
    private static final class Items implements ItemDataProvider {
        private Map<String, CSLItemData> byId = Map.of();

        void provide(List<CSLItemData> items) {
            Map<String, CSLItemData> given = new LinkedHashMap<>();
            items.forEach(i -> given.put(i.getId(), i));
            byId = given;
        }

        @Override
        public CSLItemData retrieveItem(String id) {
            return byId.get(id);
        }

        @Override
        public Collection<String> getIds() {
            return byId.keySet();
        }
    }

    /** The style over these sources (the ones a page's notes cite, or a whole bibliography). */
    public static ChicagoStyle of(Collection<Source> sources) {
        return new ChicagoStyle(sources);
    }

    /**
     * A note citing this source at a locator (may be null), in full. The locator is written as given ("para. 35",
     * "p. 330", "00:12:30"), escaped, its ranges with an en dash; after a journal's volume and date it takes the
     * page alone, after a colon, as Chicago writes it.
     */
    public String note(Source source, String locator) {
        String at = locator(withoutTitle(source, locator));
        String note = fullNote(source, at != null);
        if (at == null) {
            return note;
        }
        boolean ownStop = !note.endsWith(".") || ABBREVIATED.matcher(note).find();
        String body = ownStop ? note : note.substring(0, note.length() - 1);
        // A journal's volume and date, "Critique 23, no. 1 (1991)", take the page after a colon.
        if ("article-journal".equals(source.type) && body.endsWith(")")) {
            Matcher page = PAGE.matcher(at);
            return body + ": " + (page.matches() ? page.group(1).strip() : at) + ".";
        }
        return body + ", " + at + ".";
    }

    /**
     * A later note of a source already cited in full: Chicago's short form, "Serge, <i>Memoirs of a
     * Revolutionary</i>, p. 330." (citeproc-java does not track a note's position, so it is made here).
     */
    public String shortNote(Source source, String locator) {
        return ShortNote.of(source, fullNote(source, false), locator(withoutTitle(source, locator)));
    }

    /**
     * A locator that opens with the source's own title (a talk in parts: "The Life of Victor Serge, para. 35" in
     * the part of that name) is the rest: the note has printed the title already.
     */
    private static String withoutTitle(Source source, String locator) {
        String prefix = source.title.strip() + ", ";
        return locator != null && locator.strip().startsWith(prefix) ? locator.strip().substring(prefix.length()) : locator;
    }

    /** The style's note of the source; one to be given a locator leaves out an article's page range. */
    private String fullNote(Source source, boolean located) {
        List<de.undercouch.citeproc.output.Citation> made = csl.makeCitation(new CSLCitation(
                new CSLCitationItemBuilder(located ? source.key + AT : source.key).build()));
        return made.isEmpty() ? "" : clean(made.get(0).getText());
    }

    /** A note that is not the style's: escaped text, ended with a full stop. */
    public static String plain(String text) {
        String t = text.strip();
        return escape(t.endsWith(".") ? t : t + ".");
    }

    /**
     * The locator as the note writes it: as given, a range of pages with an en dash ("pp. 42–43"), escaped. A
     * bare "p." stays: after "n.d." or a title a page number alone would not read as one.
     */
    static String locator(String locator) {
        if (locator == null || locator.isBlank()) {
            return null;
        }
        Matcher page = PAGE.matcher(locator.strip());
        String at = page.matches() ? locator.strip().replace('-', '\u2013') : locator.strip();
        return escape(at);
    }

    public static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }

    private static Collator collator() {
        Collator c = Collator.getInstance(Locale.ENGLISH);
        c.setStrength(Collator.PRIMARY);
        return c;
    }

    /**
     * citeproc-java leaves the delimiter of an empty group behind (", , trans.", ". . Translated"), and writes
     * accents and dashes as HTML's named entities (&amp;eacute;, &amp;ndash;), which XHTML, and so the PDFs made
     * from it, does not know: they are written as the characters themselves. Its italics and the like come as
     * style attributes, which the pages' Content-Security-Policy refuses: they become classes (csl-italic…).
     */
    static String clean(String html) {
        String text = NAMED_ENTITY.matcher(html).replaceAll(m -> XML_ENTITIES.contains(m.group(1)) ? m.group()
                : Matcher.quoteReplacement(StringEscapeUtils.unescapeHtml4(m.group())));
        text = STYLE_ATTRIBUTE.matcher(text).replaceAll(m -> STYLE_CLASSES.containsKey(m.group(1).strip())
                ? " class=\"" + STYLE_CLASSES.get(m.group(1).strip()) + "\"" : "");
        return text.replace(", , ", ", ").replace(". . ", ". ");
    }

    /**
     * The bibliography entries of the style's sources that pass the filter, in the order Chicago sorts them
     * (see {@link #sortKey}), as HTML without the div citeproc wraps each in.
     */
    public List<String> bibliography(Predicate<Source> which) {
        return sorted(sources.values().stream().filter(which).map(this::entry).filter(e -> !e.isEmpty()).toList(),
                e -> e);
    }

    /**
     * These items in a bibliography's order, by the entry of each (its HTML). Each entry's sort key is made
     * once: citeproc-java's own sort renders the style's keys again at every comparison, and its order is
     * not Chicago's anyway.
     */
    static <T> List<T> sorted(Collection<T> items, Function<T, String> entry) {
        record Keyed<T>(T item, CollationKey[] key) {
        }
        return items.stream()
                .map(item -> new Keyed<>(item, SORT_KEYS.get(entry.apply(item), ChicagoStyle::collationKey)))
                .sorted(Comparator.comparing((Keyed<T> k) -> k.key()[0]).thenComparing(k -> k.key()[1]))
                .map(Keyed::item).toList();
    }

    private static CollationKey[] collationKey(String html) {
        String[] key = sortKey(html);
        return new CollationKey[] { COLLATOR.getCollationKey(key[0]), COLLATOR.getCollationKey(key[1]) };
    }

    /**
     * What an entry sorts by: its first part (the author, or the title when there is none), then the rest,
     * as text without markup, quotation marks or an opening article (English, French, Spanish, German). citeproc-java sorts a quoted
     * title (a letter, an article) by its opening quotation mark, after every italic title, and "The Long
     * Dusk" under T; Chicago sorts by author, a single author before the same author with others, then by
     * title without its article: so the entries are sorted again on their text.
     */
    static String[] sortKey(String html) {
        String text = TAG.matcher(html).replaceAll("");
        text = ACCENTED.matcher(text).replaceAll("$1");
        text = ENTITY.matcher(text).replaceAll("");
        text = QUOTE.matcher(text).replaceAll("");
        int end = text.indexOf(". ");
        String first = end < 0 ? text : text.substring(0, end);
        String rest = end < 0 ? "" : text.substring(end + 2);
        return new String[] { withoutArticle(first), withoutArticle(rest) };
    }

    private static String withoutArticle(String text) {
        return ARTICLE.matcher(text).replaceFirst("");
    }

    /** The one entry of a source; empty when the style leaves it out of a bibliography (a talk, say). */
    public String entry(Source source) {
        CSLItemData cited = items.get(source.key);
        if (cited == null) {
            throw new IllegalArgumentException("The style was not given the source '" + source.key + "'.");
        }
        return ENTRIES.get(cited, item -> {
            csl.reset();
            csl.registerCitationItems(source.key);
            String[] made = csl.makeBibliography().getEntries();
            return made.length == 0 ? "" : clean(strip(made[0]));
        });
    }

    private static String strip(String entry) {
        return entry.strip().replaceFirst("^<div class=\"csl-entry\">", "").replaceFirst("</div>$", "").strip();
    }
}
