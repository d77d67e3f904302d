package witness.location;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hibernate.envers.Audited;
import witness.core.Film;
import witness.core.FilmItem;
import witness.core.Recorded;
import witness.core.Shown;
import witness.web.Lines;
import witness.web.StringListConverter;

/** A place to film, or that the film depicts. */
@Entity
@Audited
@Recorded(one = "location", namedBy = "name", code = "locations", listed = 7)
@Table(name = "location")
public class Location extends FilmItem {
    @NotBlank @Size(max = 80) @Column(name = "location_key", nullable = false, length = 80) public String key;
    @Shown("Name") @NotBlank @Size(max = 200) @Column(nullable = false, length = 200) public String name;
    /** The street address, as the call sheet prints it. */
    @Shown("Address") @Size(max = 500) @Column(length = 500) public String address;
    @Shown("City") @Size(max = 200) @Column(length = 200) public String city;
    @Shown("Country") @Size(max = 100) @Column(length = 100) public String country;
    @Shown("Latitude") @DecimalMin("-90") @DecimalMax("90") public Double latitude;
    @Shown("Longitude") @DecimalMin("-180") @DecimalMax("180") public Double longitude;
    /** A region of the tz database ("America/Mexico_City"): the calendar writes its shoot days in it. */
    @Shown("Time zone") @Size(max = 64) @Column(name = "time_zone", length = 64) public String timeZone;
    /** The periods of the subject's life it stands for. */
    @Shown("Stands for")
    @Convert(converter = StringListConverter.class) @Column(length = 1000) @Lines(max = 1000)
    public List<String> periods = new ArrayList<>();
    @Shown(value = "Access", as = Shown.As.LONG_TEXT) @Size(max = 4000) @Column(length = 4000) public String access;
    @Shown(value = "Parking", as = Shown.As.LONG_TEXT) @Size(max = 1000) @Column(length = 1000) public String parking;
    @Shown(value = "Nearest hospital", as = Shown.As.LONG_TEXT) @Size(max = 1000) @Column(length = 1000)
    public String hospital;
    @Shown("Permit")
    @NotNull @Enumerated(EnumType.STRING) @Column(nullable = false, length = 20)
    public PermitStatus permit = PermitStatus.NOT_NEEDED;
    @Shown("Contact") @Size(max = 1000) @Column(length = 1000) public String contact;
    @Shown("Recce")
    @NotNull @Enumerated(EnumType.STRING) @Column(nullable = false, length = 20)
    public RecceStatus recce = RecceStatus.NOT_DONE;
    @Shown(value = "Notes", as = Shown.As.LONG_TEXT) @Size(max = 4000) @Column(length = 4000) public String notes;

    public static Optional<Location> byKey(Film film, String key) {
        return find("film = ?1 and key = ?2", film, key).firstResultOptional();
    }

    public static List<Location> ofFilm(Film film) {
        return list("film = ?1 order by name", film);
    }
}
