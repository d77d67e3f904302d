package witness.source;

import java.util.Locale;
import java.util.Optional;
import witness.web.Labelled;

/** The three files Zotero exports that Witness reads: CSL JSON, BibTeX and RIS. */
public enum ZoteroFormat implements Labelled {
    CSL_JSON("CSL JSON (.json)"), BIBTEX("BibTeX (.bib)"), RIS("RIS (.ris)");

    private final String label;

    ZoteroFormat(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /**
     * The format a file is in, told by its name (.json, .bib, .ris) or else by its first characters:
     * [ or { for CSL JSON, @ for BibTeX, a "TY  -" line for RIS. Empty when neither tells.
     */
    public static Optional<ZoteroFormat> detect(String fileName, String text) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT).strip();
        if (name.endsWith(".json")) {
            return Optional.of(CSL_JSON);
        }
        if (name.endsWith(".bib") || name.endsWith(".bibtex")) {
            return Optional.of(BIBTEX);
        }
        if (name.endsWith(".ris")) {
            return Optional.of(RIS);
        }
        String start = text == null ? "" : text.replace("\uFEFF", "").stripLeading();
        if (start.startsWith("[") || start.startsWith("{")) {
            return Optional.of(CSL_JSON);
        }
        if (start.startsWith("TY  -")) {
            return Optional.of(RIS);
        }
        if (start.startsWith("@") || start.matches("(?s)^%.*?\\n\\s*@.*")) {
            return Optional.of(BIBTEX);
        }
        return Optional.empty();
    }
}
