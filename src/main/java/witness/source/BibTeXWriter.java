package witness.source;

import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLName;
import de.undercouch.citeproc.csl.CSLType;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.BibTeXFormatter;
import org.jbibtex.Key;
import org.jbibtex.StringValue;

/**
 * CSL items as a BibTeX file that Zotero (and BibTeX itself) reads: one entry per item, its type mapped
 * from the CSL type, LaTeX's special characters escaped and accents kept as UTF-8; written by jbibtex.
 */
public final class BibTeXWriter {
    private BibTeXWriter() {
    }

    public static String write(List<CSLItemData> items) {
        BibTeXDatabase database = new BibTeXDatabase();
        for (CSLItemData item : items) {
            database.addObject(entry(item));
        }
        StringWriter out = new StringWriter();
        try {
            new BibTeXFormatter().format(database, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    static BibTeXEntry entry(CSLItemData item) {
        CSLType type = item.getType() == null ? CSLType.DOCUMENT : item.getType();
        Key bibType = type(type);
        BibTeXEntry entry = new BibTeXEntry(bibType, new Key(item.getId()));
        add(entry, "author", names(item.getAuthor()));
        add(entry, "editor", names(item.getEditor()));
        add(entry, "translator", names(item.getTranslator()));
        add(entry, "title", escape(item.getTitle()));
        if (item.getContainerTitle() != null) {
            add(entry, bibType.equals(BibTeXEntry.TYPE_ARTICLE) ? "journal"
                    : bibType.equals(BibTeXEntry.TYPE_MISC) || bibType.equals(BibTeXEntry.TYPE_UNPUBLISHED)
                            ? "howpublished" : "booktitle", escape(item.getContainerTitle()));
        }
        int[] date = item.getIssued() == null || item.getIssued().getDateParts() == null
                || item.getIssued().getDateParts().length == 0 ? new int[0] : item.getIssued().getDateParts()[0];
        if (date.length > 0) {
            add(entry, "year", String.valueOf(date[0]));
        }
        if (date.length > 1) {
            add(entry, "month", String.valueOf(date[1]));
        }
        add(entry, "publisher", escape(item.getPublisher()));
        add(entry, "address", escape(item.getPublisherPlace()));
        add(entry, "pages", item.getPage() == null ? null : escape(item.getPage().replaceAll("(?<=\\d)\\s*[-–]\\s*(?=\\d)", "--")));
        add(entry, "doi", escape(item.getDOI()));
        add(entry, "isbn", escape(item.getISBN()));
        add(entry, "url", escape(item.getURL()));
        add(entry, "volume", escape(item.getVolume()));
        add(entry, "number", escape(item.getIssue()));
        add(entry, "archive", escape(item.getArchive()));
        add(entry, "archive_location", escape(item.getArchiveLocation()));
        add(entry, "callnumber", escape(item.getCallNumber()));
        add(entry, "langid", escape(item.getLanguage()));
        add(entry, "note", escape(item.getNote()));
        return entry;
    }

    /** The BibTeX entry type Zotero reads back as the nearest CSL type. */
    static Key type(CSLType type) {
        return switch (type) {
            case BOOK -> BibTeXEntry.TYPE_BOOK;
            case ARTICLE, ARTICLE_JOURNAL, ARTICLE_MAGAZINE, ARTICLE_NEWSPAPER, PERIODICAL -> BibTeXEntry.TYPE_ARTICLE;
            case CHAPTER, ENTRY, ENTRY_DICTIONARY, ENTRY_ENCYCLOPEDIA -> BibTeXEntry.TYPE_INCOLLECTION;
            case PAPER_CONFERENCE -> BibTeXEntry.TYPE_INPROCEEDINGS;
            case THESIS -> BibTeXEntry.TYPE_PHDTHESIS;
            case REPORT -> BibTeXEntry.TYPE_TECHREPORT;
            case MANUSCRIPT -> BibTeXEntry.TYPE_UNPUBLISHED;
            default -> BibTeXEntry.TYPE_MISC;
        };
    }

    private static void add(BibTeXEntry entry, String field, String value) {
        if (value != null && !value.isBlank()) {
            entry.addField(new Key(field), new StringValue(value, StringValue.Style.BRACED));
        }
    }

    /** "Serge, Victor and {Peter Sedgwick}": family, given; a literal name braced so it stays whole. */
    static String names(CSLName[] names) {
        if (names == null || names.length == 0) {
            return null;
        }
        return Arrays.stream(names).map(n -> {
            if (n.getLiteral() != null || n.getFamily() == null) {
                return "{" + escape(n.getLiteral() != null ? n.getLiteral() : n.getGiven()) + "}";
            }
            String family = escape(n.getFamily());
            if (family.contains(" ")) {
                family = "{" + family + "}";
            }
            return n.getGiven() == null ? family : family + ", " + escape(n.getGiven());
        }).collect(Collectors.joining(" and "));
    }

    /** LaTeX's special characters escaped; everything else, accents included, as it is (UTF-8). */
    static String escape(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (char c : text.toCharArray()) {
            switch (c) {
                case '\\' -> out.append("\\textbackslash{}");
                case '{', '}', '&', '%', '$', '#', '_' -> out.append('\\').append(c);
                case '^' -> out.append("\\^{}");
                case '~' -> out.append("\\~{}");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
