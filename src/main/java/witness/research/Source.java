package witness.research;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import witness.film.Film;

/** A citable item (CSL fields) with what production needs to know to use it on screen. */
@Entity
@Table(name = "source")
public class Source extends PanacheEntity {
    @ManyToOne(optional = false)
    public Film film;
    @NotBlank @Column(name = "source_key", nullable = false, length = 120)
    public String key;
    /** CSL item type: book, article-newspaper, manuscript, speech… */
    @NotBlank @Column(nullable = false, length = 40)
    public String type;
    @NotBlank @Column(nullable = false, length = 1000)
    public String title;
    @ElementCollection
    @CollectionTable(name = "source_name")
    @OrderColumn(name = "position")
    public List<SourceName> names = new ArrayList<>();
    /** CSL date-parts joined with hyphens: 1951, 1929-03, 1947-11-17. */
    @Column(length = 20)
    public String issued;
    @Column(length = 300)
    public String publisher;
    @Column(length = 200)
    public String publisherPlace;
    @Column(length = 500)
    public String containerTitle;
    @Column(length = 50)
    public String page;
    @Column(length = 1000)
    public String url;
    @Column(length = 300)
    public String archive;
    @Column(length = 300)
    public String archiveLocation;
    @Column(length = 100)
    public String callNumber;
    @Column(length = 20)
    public String language;
    @Column(length = 4000)
    public String note;

    @NotNull @Enumerated(EnumType.STRING) @Column(nullable = false, length = 20)
    public ClearanceStatus clearance = ClearanceStatus.NOT_NEEDED;
    @Column(length = 300)
    public String rightsHolder;
    @DecimalMin("0") @Column(precision = 12, scale = 2)
    public BigDecimal fee;
    @Column(length = 3)
    public String currency;
    @Column(length = 200)
    public String territory;
    @Column(length = 200)
    public String term;
    /** Known only through testimony, like the Orenburg manuscripts confiscated in 1936. */
    public boolean lost;
    @Version
    public long version;

    public static Optional<Source> byKey(Film film, String key) {
        return find("film = ?1 and key = ?2", film, key).firstResultOptional();
    }

    public static List<Source> ofFilm(Film film) {
        return list("film = ?1 order by title", film);
    }
}
