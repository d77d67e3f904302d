package witness.research;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import witness.web.FieldErrors;
import witness.web.Form;
import witness.web.Forms;

/** The forms of the source pages, each filled with what is stored or, if just refused, what was entered. */
public record SourceForms(Forms forms) {
    static final String NEW = "new-source";
    static final String EDIT = "edit-source";
    static final List<String> FIELDS = List.of("key", "type", "title", "authors", "editors", "translators", "issued",
            "publisher", "publisherPlace", "containerTitle", "volume", "issue", "page", "url", "archive", "archiveLocation",
            "archivePlace", "callNumber",
            "language", "doi", "isbn", "note", "rightsHolder", "clearance", "fee", "currency", "territory", "term",
            "lost");
    private static final Map<String, String> TYPE_LABELS = Map.ofEntries(Map.entry("chapter", "chapter of a book"),
            Map.entry("article-journal", "journal article"), Map.entry("article-newspaper", "newspaper article"),
            Map.entry("article-magazine", "magazine article"), Map.entry("motion_picture", "film or footage"),
            Map.entry("graphic", "photograph or picture"), Map.entry("webpage", "web page"),
            Map.entry("personal_communication", "personal communication"));

    /** A CSL type as a select offers it. */
    public record TypeChoice(String code, String label) {
        static TypeChoice of(String code) {
            return new TypeChoice(code, TYPE_LABELS.getOrDefault(code, code.replace('_', ' ').replace('-', ' ')));
        }
    }

    public static SourceForms none() {
        return new SourceForms(Forms.none());
    }

    public static SourceForms refused(String formId, Map<String, String> submitted, Map<String, String> errors) {
        return new SourceForms(Forms.refused(formId, submitted, errors));
    }

    public Form create() {
        return forms.form(NEW, Map.of("type", "book", "clearance", ClearanceStatus.NOT_NEEDED.code()), FIELDS);
    }

    public Form source(Source source) {
        Map<String, Object> stored = new HashMap<>();
        stored.put("type", source.type);
        stored.put("title", source.title);
        stored.put("authors", SourceEditor.lines(source, SourceName.AUTHOR));
        stored.put("editors", SourceEditor.lines(source, SourceName.EDITOR));
        stored.put("translators", SourceEditor.lines(source, SourceName.TRANSLATOR));
        stored.put("issued", source.issued);
        stored.put("publisher", source.publisher);
        stored.put("publisherPlace", source.publisherPlace);
        stored.put("containerTitle", source.containerTitle);
        stored.put("volume", source.volume);
        stored.put("issue", source.issue);
        stored.put("page", source.page);
        stored.put("url", source.url);
        stored.put("archive", source.archive);
        stored.put("archiveLocation", source.archiveLocation);
        stored.put("archivePlace", source.archivePlace);
        stored.put("callNumber", source.callNumber);
        stored.put("language", source.language);
        stored.put("doi", source.doi);
        stored.put("isbn", source.isbn);
        stored.put("note", source.note);
        stored.put("rightsHolder", source.rightsHolder);
        stored.put("clearance", source.clearance.code());
        stored.put("fee", source.fee == null ? null : source.fee.toPlainString());
        stored.put("currency", source.currency);
        stored.put("territory", source.territory);
        stored.put("term", source.term);
        stored.put("lost", source.lost ? "true" : "");
        stored.put("version", source.version);
        return forms.form(EDIT, stored, FIELDS);
    }

    /** The common CSL types, and the source's own when it is another one (an imported periodical, say). */
    public List<TypeChoice> types(String current) {
        List<TypeChoice> choices = new ArrayList<>(SourceEditor.COMMON_TYPES.stream().map(TypeChoice::of).toList());
        if (current != null && !current.isBlank() && !SourceEditor.COMMON_TYPES.contains(current)) {
            choices.add(TypeChoice.of(current));
        }
        return choices;
    }

    public List<ClearanceStatus> clearances() {
        return List.of(ClearanceStatus.values());
    }

    /** A posted source form as input; the version and the fee checked on the way. */
    static SourceInput source(Map<String, String> values, FieldErrors errors) {
        return new SourceInput(values.get("key"), values.get("type"), values.get("title"), lines(values.get("authors")),
                lines(values.get("editors")), lines(values.get("translators")), values.get("issued"),
                values.get("publisher"), values.get("publisherPlace"), values.get("containerTitle"), values.get("volume"),
                values.get("issue"), values.get("page"), values.get("url"), values.get("archive"),
                values.get("archiveLocation"), values.get("archivePlace"), values.get("callNumber"),
                values.get("language"), values.get("doi"), values.get("isbn"), values.get("note"),
                values.get("rightsHolder"), values.get("clearance"), fee(values.get("fee"), errors),
                values.get("currency"), values.get("territory"), values.get("term"), checked(values.get("lost")),
                Forms.version(values, errors));
    }

    static BigDecimal fee(String text, FieldErrors errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            errors.add("fee", "must be an amount like 250.00, not '" + text + "'");
            return null;
        }
    }

    static boolean checked(String value) {
        return value != null && (value.equals("true") || value.equals("on"));
    }

    /** One per line, as the text areas hold them. */
    static List<String> lines(String text) {
        return text == null ? List.of()
                : Arrays.stream(text.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
