package witness.source;

import de.undercouch.citeproc.csl.CSLDate;
import de.undercouch.citeproc.csl.CSLDateBuilder;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLItemDataBuilder;
import de.undercouch.citeproc.csl.CSLName;
import de.undercouch.citeproc.csl.CSLNameBuilder;
import de.undercouch.citeproc.csl.CSLType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Sources as citeproc-java's CSL items, both ways: the one mapping that bibliographies, footnotes,
 * Zotero imports and exports share. Production fields (clearance, fees) are not CSL and stay on the source.
 */
public final class CslItems {
    private CslItems() {
    }

    public static CSLItemData of(Source s) {
        return new CSLItemDataBuilder()
                .id(s.key)
                .type(type(s.type))
                .title(s.title)
                .author(names(s, SourceName.AUTHOR))
                .editor(names(s, SourceName.EDITOR))
                .translator(names(s, SourceName.TRANSLATOR))
                .issued(date(s.issued))
                .publisher(s.publisher)
                .publisherPlace(s.publisherPlace)
                .containerTitle(s.containerTitle)
                .volume(s.volume)
                .issue(s.issue)
                .page(s.page)
                .URL(s.url)
                .archive(s.archive)
                .archiveLocation(s.archiveLocation)
                .archivePlace(s.archivePlace)
                .callNumber(s.callNumber)
                .language(s.language)
                .DOI(s.doi)
                .ISBN(s.isbn)
                .note(s.note)
                .build();
    }

    /** Copies the CSL fields of an item onto a source; its key, film and production fields are left alone. */
    public static void copy(CSLItemData item, Source s) {
        s.type = item.getType() == null ? "document" : item.getType().toString();
        s.title = item.getTitle();
        s.names = new ArrayList<>();
        addNames(s, SourceName.AUTHOR, item.getAuthor());
        addNames(s, SourceName.EDITOR, item.getEditor());
        addNames(s, SourceName.TRANSLATOR, item.getTranslator());
        s.issued = issued(item.getIssued());
        s.publisher = item.getPublisher();
        s.publisherPlace = item.getPublisherPlace();
        s.containerTitle = item.getContainerTitle();
        s.volume = item.getVolume();
        s.issue = item.getIssue();
        s.page = item.getPage();
        s.url = item.getURL();
        s.archive = item.getArchive();
        s.archiveLocation = item.getArchiveLocation();
        s.archivePlace = item.getArchivePlace();
        s.callNumber = item.getCallNumber();
        s.language = item.getLanguage();
        s.doi = item.getDOI();
        s.isbn = item.getISBN();
        s.note = item.getNote();
    }

    /** The CSL date-parts of "1947-11-17", "1929-03" or "1951"; null for no date. */
    static CSLDate date(String issued) {
        if (issued == null || issued.isBlank()) {
            return null;
        }
        int[] parts = Arrays.stream(issued.split("-")).mapToInt(Integer::parseInt).toArray();
        return new CSLDateBuilder().dateParts(parts).build();
    }

    /** The first date of CSL date-parts joined with hyphens, months and days two digits wide. */
    static String issued(CSLDate date) {
        if (date == null || date.getDateParts() == null || date.getDateParts().length == 0
                || date.getDateParts()[0].length == 0) {
            return null;
        }
        return Arrays.stream(date.getDateParts()[0]).mapToObj(p -> String.format("%02d", p))
                .collect(Collectors.joining("-"));
    }

    private static CSLType type(String type) {
        try {
            return CSLType.fromString(type);
        } catch (IllegalArgumentException e) {
            return CSLType.DOCUMENT;
        }
    }

    private static CSLName[] names(Source s, String role) {
        CSLName[] names = s.names.stream().filter(n -> role.equals(n.role))
                .map(n -> new CSLNameBuilder().family(n.family).given(n.given).literal(n.literal).build())
                .toArray(CSLName[]::new);
        return names.length == 0 ? null : names;
    }

    private static void addNames(Source s, String role, CSLName[] names) {
        if (names != null) {
            for (CSLName n : names) {
                s.names.add(new SourceName(role, n.getFamily(), n.getGiven(), n.getLiteral()));
            }
        }
    }

    static List<CSLItemData> of(List<Source> sources) {
        return sources.stream().map(CslItems::of).toList();
    }
}
