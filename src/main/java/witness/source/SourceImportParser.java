package witness.source;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.undercouch.citeproc.bibtex.BibTeXConverter;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.helper.json.MapJsonBuilderFactory;
import de.undercouch.citeproc.ris.RISConverter;
import de.undercouch.citeproc.ris.RISLibrary;
import de.undercouch.citeproc.ris.RISParser;
import de.undercouch.citeproc.ris.RISReference;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.BibTeXObject;
import org.jbibtex.Key;
import org.jbibtex.ObjectResolutionException;
import org.jbibtex.ParseException;
import org.jbibtex.TokenMgrException;
import org.jbibtex.Value;

/**
 * Reads a Zotero export into CSL items with citeproc-java (CSL JSON with Jackson then
 * {@link CSLItemData#fromJson}, BibTeX with {@link BibTeXConverter}, RIS with {@link RISParser} and
 * {@link RISConverter}), and refuses the whole file, naming the item or line, at the first problem.
 */
public final class SourceImportParser {
    /** Larger files are refused: a Zotero library of a few thousand items stays well below. */
    public static final int MAX_BYTES = 2 * 1024 * 1024;
    /** Items of one file, unless witness.sources.import-max-items says otherwise ({@link SourceImporter}). */
    public static final int MAX_ITEMS = 2_000;
    /** Arrays and objects inside each other in CSL JSON: an item needs five. */
    static final int MAX_JSON_NESTING = 32;
    private static final ObjectMapper JSON = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_JSON_NESTING)
                    .maxStringLength(MAX_BYTES).build())
            .build());
    private static final Pattern RIS_LINE = Pattern.compile("^([A-Z][A-Z0-9])  -(?: (.*))?$");
    private static final Pattern DATE = Pattern.compile(
            "^(\\d{4})(?:[-/](\\d{1,2})?(?:[-/](\\d{1,2})?(?:/.*)?)?)?$");

    private SourceImportParser() {
    }

    /** One item of the file: its position (from 1), the id or citation key it had, where it is, and the item. */
    public record Item(int number, String id, String where, CSLItemData csl) {
    }

    /** The bytes as UTF-8 text; {@code what} ("The file serge.bib") names them in the refusal otherwise. */
    public static String text(byte[] bytes, String what) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new SourceImportRefused(what + " is not UTF-8 text: export it from Zotero again with the UTF-8"
                    + " character encoding.");
        }
    }

    public static List<Item> parse(ZoteroFormat format, String text) {
        return parse(format, text, MAX_ITEMS);
    }

    /** The file's items, refused whole when it holds more than {@code maxItems}. */
    public static List<Item> parse(ZoteroFormat format, String text, int maxItems) {
        if (text == null || text.isBlank()) {
            throw new SourceImportRefused("The file is empty: export the items from Zotero and choose that file.");
        }
        int bytes = text.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > MAX_BYTES) {
            throw new SourceImportRefused("The file is too large (" + bytes / 1024 + " KB): at most "
                    + MAX_BYTES / 1024 + " KB can be imported at once. Export fewer items at a time.");
        }
        String body = text.replace("\uFEFF", "");
        List<Item> items = switch (format) {
            case CSL_JSON -> cslJson(body, maxItems);
            case BIBTEX -> bibtex(body, maxItems);
            case RIS -> ris(body, maxItems);
        };
        if (items.isEmpty()) {
            throw new SourceImportRefused("No items were found in the file as " + format.label()
                    + ": is it the right format?");
        }
        return items;
    }

    private static void checkCount(int count, int maxItems) {
        if (count > maxItems) {
            throw new SourceImportRefused(String.format("The file holds %,d items: at most %,d can be imported at"
                    + " once. Export fewer items at a time.", count, maxItems));
        }
    }

    private static List<Item> cslJson(String text, int maxItems) {
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new SourceImportRefused("The file is not valid CSL JSON" + (at == null ? "" : " (line "
                    + at.getLineNr() + ", column " + at.getColumnNr() + ")") + ": "
                    + e.getOriginalMessage().replaceAll(", from `[^`]*`", ""));
        }
        if (root == null || !(root.isArray() || root.isObject())) {
            throw new SourceImportRefused("The file is not CSL JSON: it should be an array of items, [ {…}, {…} ].");
        }
        List<JsonNode> nodes = new ArrayList<>();
        if (root.isObject()) {
            nodes.add(root);
        } else {
            root.forEach(nodes::add);
        }
        checkCount(nodes.size(), maxItems);
        List<Item> items = new ArrayList<>();
        for (JsonNode node : nodes) {
            int number = items.size() + 1;
            String where = "item " + number;
            if (!node.isObject()) {
                throw new SourceImportRefused(where + " is not a CSL JSON object {…}.");
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> map = JSON.convertValue(node, LinkedHashMap.class);
            String id = map.get("id") == null ? null : String.valueOf(map.get("id"));
            Object title = map.get("title");
            if (title instanceof String t && !t.isBlank()) {
                where = where + " (“" + abbreviated(t.strip()) + "”)";
            }
            items.add(checked(number, id, where, map));
        }
        return items;
    }

    private static List<Item> bibtex(String text, int maxItems) {
        BibTeXBounds.checkText(text);
        BibTeXConverter converter = new BibTeXConverter();
        BibTeXDatabase database;
        try {
            database = converter.loadDatabase(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
        } catch (ParseException e) {
            throw new SourceImportRefused("The file is not valid BibTeX" + bibtexWhere(e) + ".");
        } catch (TokenMgrException e) {
            throw new SourceImportRefused("The file is not valid BibTeX: " + firstLine(e.getMessage()));
        } catch (ObjectResolutionException e) {
            throw new SourceImportRefused("The file is not valid BibTeX: " + firstLine(e.getMessage()));
        } catch (RuntimeException e) {
            throw new SourceImportRefused("The file cannot be read as BibTeX: " + firstLine(e.getMessage()));
        }
        checkCount((int) database.getObjects().stream().filter(o -> o instanceof BibTeXEntry).count(), maxItems);
        BibTeXBounds.check(database);
        List<Item> items = new ArrayList<>();
        for (BibTeXObject object : database.getObjects()) {
            if (!(object instanceof BibTeXEntry entry)) {
                continue;
            }
            int number = items.size() + 1;
            String key = entry.getKey().getValue();
            String where = "entry @" + entry.getType().getValue() + "{" + key + "} (item " + number + ")";
            Map<String, Object> map;
            try {
                map = toMap(converter.toItemData(entry));
                if (map.get("translator") == null && entry.getField(new Key("translator")) != null) {
                    BibTeXEntry names = new BibTeXEntry(entry.getType(), entry.getKey());
                    names.addField(BibTeXEntry.KEY_AUTHOR, entry.getField(new Key("translator")));
                    map.put("translator", toMap(converter.toItemData(names)).get("author"));
                }
            } catch (RuntimeException e) {
                throw new SourceImportRefused(where + " cannot be read: " + firstLine(e.getMessage()));
            }
            Value year = entry.getField(BibTeXEntry.KEY_YEAR);
            Value date = entry.getField(new Key("date"));
            if (map.get("issued") == null && (year != null || date != null)) {
                String raw = (date != null ? date : year).toUserString();
                if (!raw.isBlank()) {
                    map.put("issued", Map.of("raw", raw));
                }
            }
            items.add(checked(number, key, where, map));
        }
        return items;
    }

    private static String bibtexWhere(ParseException e) {
        if (e.currentToken != null && e.currentToken.next != null) {
            var t = e.currentToken.next;
            return " at line " + t.beginLine + ", column " + t.beginColumn + ": unexpected "
                    + (t.image == null || t.image.isEmpty() ? "end of file" : "“" + t.image + "”")
                    + " (is a comma, a brace or a quote missing on the line before?)";
        }
        return ": " + firstLine(e.getMessage());
    }

    private static List<Item> ris(String text, int maxItems) {
        String[] lines = text.split("\\r?\\n|\\r", -1);
        List<Integer> starts = new ArrayList<>();
        Integer open = null;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].stripTrailing();
            int n = i + 1;
            if (line.isBlank()) {
                continue;
            }
            Matcher m = RIS_LINE.matcher(line);
            String tag = m.matches() ? m.group(1) : null;
            if (open == null) {
                if (!"TY".equals(tag)) {
                    throw new SourceImportRefused("The file is not valid RIS: line " + n + " should start a reference"
                            + " with a TY (type) line but reads “" + abbreviated(line) + "”.");
                }
                open = n;
                starts.add(n);
            } else if ("TY".equals(tag)) {
                throw new SourceImportRefused("The file is not valid RIS: the reference that starts at line " + open
                        + " has no ER (end of reference) line before the next one starts at line " + n + ".");
            } else if ("ER".equals(tag)) {
                open = null;
            }
        }
        if (open != null) {
            throw new SourceImportRefused("The file is not valid RIS: the reference that starts at line " + open
                    + " has no ER (end of reference) line to end it.");
        }
        checkCount(starts.size(), maxItems);
        RISLibrary library;
        try {
            library = new RISParser().parse(new StringReader(text));
        } catch (IOException | RuntimeException e) {
            throw new SourceImportRefused("The file is not valid RIS: " + firstLine(e.getMessage()) + ".");
        }
        RISConverter converter = new RISConverter();
        List<Item> items = new ArrayList<>();
        for (RISReference reference : library.getReferences()) {
            int number = items.size() + 1;
            String line = number <= starts.size() ? " at line " + starts.get(number - 1) : "";
            String where = "reference " + number + line
                    + (reference.getTitle() == null ? "" : " (“" + abbreviated(reference.getTitle().strip()) + "”)");
            Map<String, Object> map;
            try {
                map = toMap(converter.toItemData(reference));
            } catch (RuntimeException e) {
                throw new SourceImportRefused(where + " cannot be read: " + firstLine(e.getMessage()));
            }
            String type = String.valueOf(map.get("type"));
            if (map.get("container-title") == null && reference.getSecondaryTitle() != null && !type.equals("book")) {
                map.put("container-title", reference.getSecondaryTitle());
            }
            if (type.startsWith("article")) {
                map.remove("ISBN");
            }
            items.add(checked(number, reference.getId(), where, map));
        }
        return items;
    }

    /** CSL fields that hold names, dates, and text (or a number); other fields citeproc-java reads or leaves. */
    private static final Set<String> NAMES = Set.of("author", "chair", "collection-editor", "compiler", "composer",
            "container-author", "contributor", "curator", "director", "editor", "editorial-director",
            "executive-producer", "guest", "host", "illustrator", "interviewer", "narrator", "organizer",
            "original-author", "performer", "producer", "recipient", "reviewed-author", "script-writer",
            "series-creator", "translator"),
            DATES = Set.of("accessed", "available-date", "container", "event-date", "issued", "original-date",
                    "submitted"),
            TEXTS = Set.of("type", "title", "container-title", "collection-title", "publisher", "publisher-place",
                    "page", "volume", "issue", "edition", "URL", "DOI", "ISBN", "ISSN", "archive", "archive_location",
                    "archive-place", "call-number", "language", "note", "abstract", "genre", "medium", "number");

    /** A field of the wrong kind is named, rather than left to fail somewhere inside citeproc-java. */
    private static void checkKinds(String where, Map<String, Object> map) {
        for (var field : map.entrySet()) {
            String name = field.getKey();
            Object value = field.getValue();
            if (value == null) {
                continue;
            }
            if (NAMES.contains(name)) {
                if (!(value instanceof List<?> list) || list.stream().anyMatch(n -> !(n instanceof Map))) {
                    throw new SourceImportRefused(where + ": “" + name + "” must be a list of names, like"
                            + " [{\"family\": \"Serge\", \"given\": \"Victor\"}].");
                }
            } else if (DATES.contains(name)) {
                if (!(value instanceof Map)) {
                    throw new SourceImportRefused(where + ": “" + name + "” must be a date, like"
                            + " {\"date-parts\": [[1951, 5]]}.");
                }
            } else if (TEXTS.contains(name) && (value instanceof Map || value instanceof List)) {
                throw new SourceImportRefused(where + ": “" + abbreviated(name) + "” must be text or a number.");
            }
        }
    }

    /** The item as CSL, once its title and date are known to be there and readable. */
    private static Item checked(int number, String id, String where, Map<String, Object> map) {
        checkKinds(where, map);
        Object title = map.get("title");
        if (!(title instanceof String t) || t.isBlank()) {
            throw new SourceImportRefused(where + " has no title: every source needs one.");
        }
        Object issued = map.get("issued");
        if (issued instanceof Map<?, ?> date) {
            Object parts = date.get("date-parts");
            if (parts instanceof List<?> list && !list.isEmpty()) {
                checkParts(where, list);
            } else if (date.get("raw") != null || date.get("literal") != null) {
                Object raw = date.get("raw") != null ? date.get("raw") : date.get("literal");
                map.put("issued", Map.of("date-parts", List.of(readDate(where, String.valueOf(raw)))));
            } else {
                map.remove("issued");
            }
        } else if (issued != null) {
            throw new SourceImportRefused(where + ": the date “" + issued + "” cannot be read.");
        }
        try {
            return new Item(number, id, where, CSLItemData.fromJson(map));
        } catch (RuntimeException e) {
            throw new SourceImportRefused(where + " cannot be read: " + firstLine(e.getMessage()));
        }
    }

    private static void checkParts(String where, List<?> parts) {
        if (!(parts.get(0) instanceof List<?> first) || first.isEmpty()) {
            throw new SourceImportRefused(where + ": the date has no year.");
        }
        List<Integer> numbers = new ArrayList<>();
        for (Object part : first) {
            try {
                numbers.add(part instanceof Number n ? n.intValue() : Integer.parseInt(String.valueOf(part).strip()));
            } catch (NumberFormatException e) {
                throw new SourceImportRefused(where + ": the date " + first + " cannot be read: “" + part
                        + "” is not a number.");
            }
        }
        checkRanges(where, first.toString(), numbers);
    }

    private static List<Integer> readDate(String where, String raw) {
        Matcher m = DATE.matcher(raw.strip());
        if (!m.matches()) {
            throw new SourceImportRefused(where + ": the date “" + raw + "” cannot be read; write it as a year, "
                    + "year-month or year-month-day, like 1947, 1947-11 or 1947-11-17.");
        }
        List<Integer> parts = new ArrayList<>();
        parts.add(Integer.parseInt(m.group(1)));
        if (m.group(2) != null) {
            parts.add(Integer.parseInt(m.group(2)));
            if (m.group(3) != null) {
                parts.add(Integer.parseInt(m.group(3)));
            }
        }
        checkRanges(where, "“" + raw + "”", parts);
        return parts;
    }

    private static void checkRanges(String where, String shown, List<Integer> parts) {
        boolean bad = parts.get(0) < 1 || parts.get(0) > 9999
                || parts.size() > 1 && (parts.get(1) < 1 || parts.get(1) > 12)
                || parts.size() > 2 && (parts.get(2) < 1 || parts.get(2) > 31) || parts.size() > 3;
        if (bad) {
            throw new SourceImportRefused(where + ": the date " + shown + " cannot be read: it is not a real "
                    + "year, month and day.");
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> toMap(CSLItemData item) {
        return new LinkedHashMap<>((Map<String, Object>) item.toJson(new MapJsonBuilderFactory().createJsonBuilder()));
    }

    private static String firstLine(String message) {
        if (message == null || message.isBlank()) {
            return "unknown error";
        }
        return message.strip().lines().findFirst().orElse("").strip();
    }

    private static String abbreviated(String line) {
        return line.length() > 40 ? line.substring(0, 40) + "…" : line;
    }
}
