package witness.film;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import witness.location.Location;
import witness.person.Person;
import witness.research.Source;

/** A line of the shot list. */
@Entity
@Table(name = "shot")
public class Shot extends PanacheEntity {
    @ManyToOne(optional = false)
    public Scene scene;
    @NotBlank @Column(name = "shot_key", nullable = false, length = 80)
    public String key;
    /** 1-based place in its scene. */
    public int position;
    @NotNull @Enumerated(EnumType.STRING) @Column(nullable = false, length = 30)
    public ShotKind kind;
    @Column(length = 4000)
    public String description;
    @Enumerated(EnumType.STRING) @Column(length = 20)
    public ShotAudio audio;
    @Enumerated(EnumType.STRING) @Column(length = 10)
    public Framing framing;
    @Enumerated(EnumType.STRING) @Column(length = 20)
    public CameraMovement movement;
    @Min(0)
    public Integer seconds;
    @ManyToOne
    public Location location;
    @ManyToOne
    public Person person;
    @ManyToOne
    public Source source;
    @NotNull @Enumerated(EnumType.STRING) @Column(nullable = false, length = 20)
    public ShotStatus status = ShotStatus.PLANNED;
    @Column(length = 4000)
    public String notes;
    @Version
    public long version;

    /** sequence.scene.shot, e.g. 2.3.4; follows the order, so reordering renumbers. */
    public String number() {
        return scene.number() + "." + position;
    }
}
