package witness.source;

/** Zotero exports made to exhaust an importer, built here rather than kept as files. */
public final class HostileFiles {
    private HostileFiles() {
    }

    /** {@code @string} macros each twice the one before: the last expands to 2^count times "ab". */
    public static String doublingMacros(int count) {
        StringBuilder bib = new StringBuilder("@string{m0 = \"ab\"}\n");
        for (int i = 1; i <= count; i++) {
            bib.append("@string{m").append(i).append(" = m").append(i - 1).append(" # m").append(i - 1).append("}\n");
        }
        return bib.append("@book{laughs, title = m").append(count).append(", year = 1951}\n").toString();
    }

    /** One macro of 50,000 characters, used by a hundred entries: 5 million characters from 50 KB. */
    public static String manyEntriesOfOneLargeMacro() {
        StringBuilder bib = new StringBuilder("@string{big = \"").append("x".repeat(50_000)).append("\"}\n");
        for (int i = 0; i < 100; i++) {
            bib.append("@book{b").append(i).append(", title = big, year = 1951}\n");
        }
        return bib.toString();
    }

    /** A title of {@code parts} parts joined by {@code #}. */
    public static String longJoin(int parts) {
        return "@string{a = \"a\"}\n@book{joined, title = a" + " # a".repeat(parts - 1) + ", year = 1951}\n";
    }

    /** A title in {@code depth} braces inside each other, on the second line. */
    public static String deepBraces(int depth) {
        return "@book{deep,\n title = " + "{".repeat(depth) + "x" + "}".repeat(depth) + ", year = 1951}\n";
    }

    /** Two entries each taking its missing fields from the other. */
    public static String crossrefLoop() {
        return "@book{a, crossref = {b}, year = 1951}\n@book{b, crossref = {a}, year = 1952}\n";
    }

    /** Entries each taking its missing fields from the next. */
    public static String crossrefChain(int length) {
        StringBuilder bib = new StringBuilder();
        for (int i = 0; i < length; i++) {
            bib.append("@book{c").append(i).append(", crossref = {c").append(i + 1).append("}, year = 1951}\n");
        }
        return bib.append("@book{c").append(length).append(", title = {End}}\n").toString();
    }

    public static String cslItems(int count) {
        StringBuilder json = new StringBuilder("[");
        for (int i = 0; i < count; i++) {
            json.append(i == 0 ? "" : ",").append("{\"id\":\"i").append(i).append("\",\"type\":\"book\",\"title\":\"T")
                    .append(i).append("\"}");
        }
        return json.append("]").toString();
    }

    public static String bibtexEntries(int count) {
        StringBuilder bib = new StringBuilder();
        for (int i = 0; i < count; i++) {
            bib.append("@book{b").append(i).append(", title = {T").append(i).append("}}\n");
        }
        return bib.toString();
    }

    public static String risReferences(int count) {
        StringBuilder ris = new StringBuilder();
        for (int i = 0; i < count; i++) {
            ris.append("TY  - BOOK\nTI  - T").append(i).append("\nER  - \n\n");
        }
        return ris.toString();
    }
}
