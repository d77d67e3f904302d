package witness.source;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import witness.core.Film;
import witness.core.FilmItem;
import witness.core.Recorded;
import witness.core.SearchText;
import witness.core.SearchTextListener;
import witness.core.Searched;
import witness.core.Shown;
import witness.web.Formats;

/** A citable item (CSL fields) with what production needs to know to use it on screen. */
@Entity
@Audited
@Recorded(one = "source", namedBy = "title", code = "sources", listed = 5)
@Table(name = "source")
@EntityListeners(SearchTextListener.class)
public class Source extends FilmItem implements Searched {
    @NotBlank @Size(max = 120) @Column(name = "source_key", nullable = false, length = 120) public String key;
    /** CSL item type: book, article-newspaper, manuscript, speech… */
    @Shown("Type") @NotBlank @Size(max = 40) @Column(nullable = false, length = 40) public String type;
    @Shown("Title") @NotBlank @Size(max = 1000) @Column(nullable = false, length = 1000) public String title;
    @Shown("Authors, editors and translators")
    @ElementCollection
    @CollectionTable(name = "source_name")
    @OrderColumn(name = "position") public List<SourceName> names = new ArrayList<>();
    /** CSL date-parts joined with hyphens: 1951, 1929-03, 1947-11-17. */
    @Shown("Issued") @Size(max = 20) @Column(length = 20) public String issued;
    @Shown("Publisher") @Size(max = 300) @Column(length = 300) public String publisher;
    @Shown("Place of publication") @Size(max = 200) @Column(length = 200) public String publisherPlace;
    @Shown("In (journal, book, collection)") @Size(max = 500) @Column(length = 500) public String containerTitle;
    @Shown("Volume") @Size(max = 20) @Column(length = 20) public String volume;
    @Shown("Issue") @Size(max = 20) @Column(length = 20) public String issue;
    @Shown("Pages") @Size(max = 50) @Column(length = 50) public String page;
    @Shown("URL")
    @Size(max = 1000) @Column(length = 1000)
    @Pattern(regexp = Formats.LINK, message = "must be a web address beginning with http:// or https:// (or mailto:)")
    public String url;
    @Shown("DOI") @Size(max = 200) @Column(length = 200) public String doi;
    @Shown("ISBN") @Size(max = 40) @Column(length = 40) public String isbn;
    @Shown("Archive") @Size(max = 300) @Column(length = 300) public String archive;
    @Shown("Archive location") @Size(max = 300) @Column(length = 300) public String archiveLocation;
    /** The archive's city: Chicago names it after the archive. */
    @Shown("Archive place") @Size(max = 200) @Column(length = 200) public String archivePlace;
    @Shown("Call number") @Size(max = 100) @Column(length = 100) public String callNumber;
    @Shown("Language") @Size(max = 20) @Column(length = 20) public String language;
    @Shown(value = "Note", as = Shown.As.LONG_TEXT) @Size(max = 4000) @Column(length = 4000) public String note;

    @Shown("Clearance")
    @NotNull @Enumerated(EnumType.STRING) @Column(nullable = false, length = 20)
    public ClearanceStatus clearance = ClearanceStatus.NOT_NEEDED;
    @Shown("Rights holder") @Size(max = 300) @Column(length = 300) public String rightsHolder;
    @Shown("Fee")
    @DecimalMin("0") @Digits(integer = 10, fraction = 2) @Column(precision = 12, scale = 2) public BigDecimal fee;
    @Shown("Currency")
    @Pattern(regexp = "[A-Z]{3}", message = "must be a three-letter currency code such as GBP")
    @Size(max = 3, message = "must be a three-letter currency code such as GBP") @Column(length = 3)
    public String currency;
    @Shown("Territory") @Size(max = 200) @Column(length = 200) public String territory;
    @Shown("Term") @Size(max = 200) @Column(length = 200) public String term;
    /** Known only through testimony, like the Orenburg manuscripts confiscated in 1936. */
    @Shown("Lost") public boolean lost;
    /** What the site search reads: its searched texts, folded ({@link Searched}). */
    @JsonIgnore @NotAudited @Size(max = SearchText.MAX) @Column(length = SearchText.MAX) public String searchText;

    private static final Map<String, String> TYPE_LABELS = Map.ofEntries(Map.entry("chapter", "chapter of a book"),
            Map.entry("article-journal", "journal article"), Map.entry("article-newspaper", "newspaper article"),
            Map.entry("article-magazine", "magazine article"), Map.entry("motion_picture", "film or footage"),
            Map.entry("graphic", "photograph or picture"), Map.entry("webpage", "web page"),
            Map.entry("personal_communication", "personal communication"));

    /** A CSL type as people say it: "newspaper article" for article-newspaper. */
    public static String typeLabel(String code) {
        return code == null ? "" : TYPE_LABELS.getOrDefault(code, code.replace('_', ' ').replace('-', ' '));
    }

    /** The source's page, "/films/{slug}/sources/{key}": a list's row links to it without looking the film up. */
    public String path() {
        return "/films/" + film.slug + "/sources/" + key;
    }

    public static Optional<Source> byKey(Film film, String key) {
        return find("film = ?1 and key = ?2", film, key).firstResultOptional();
    }

    public static List<Source> ofFilm(Film film) {
        return list("film = ?1 order by title", film);
    }

    /** The film's sources with their names, in one query whatever their number (exports, the dossier). */
    public static List<Source> withNames(Film film) {
        return list("select distinct s from Source s left join fetch s.names where s.film = ?1 order by s.title", film);
    }

    @Override
    public String foldedText() {
        return SearchText.of(title, note, publisher, containerTitle, archive, archiveLocation, callNumber,
                rightsHolder);
    }
}
