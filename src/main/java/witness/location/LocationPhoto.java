package witness.location;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import witness.web.FileTypes;

/** A photograph of a location (from a scouting visit, or found): JPEG, PNG or WebP, at most 5 MB. */
@Entity
@Audited
@Table(name = "location_photo")
public class LocationPhoto extends PanacheEntity {
    /** The largest photo accepted: 5 MB. */
    public static final long MAX_BYTES = 5L * 1024 * 1024;

    @ManyToOne(optional = false) public Location location;
    @Size(max = 255) @Column(nullable = false, length = 255) public String fileName;
    @Size(max = 100) @Column(nullable = false, length = 100) public String contentType;
    @Size(max = 500) @Column(length = 500) public String caption;
    @Column(nullable = false) public long fileSize;
    @NotAudited
    @Basic(fetch = FetchType.LAZY) @JdbcTypeCode(SqlTypes.VARBINARY) @Column(nullable = false) public byte[] content;
    @Column(nullable = false) public LocalDateTime uploadedAt;

    /** A photo as the location page lists it, without its bytes. */
    public record Listed(long id, String caption, String fileName, long fileSize) {
    }

    /** The photos of a location in the order they were uploaded, without their bytes: one query. */
    public static List<Listed> listedOf(Location location) {
        return getEntityManager().createQuery("select p.id, p.caption, p.fileName, p.fileSize from LocationPhoto p "
                + "where p.location = :location order by p.id", Object[].class)
                .setParameter("location", location).getResultList().stream()
                .map(r -> new Listed((Long) r[0], (String) r[1], (String) r[2], (Long) r[3])).toList();
    }

    /** What a file's first bytes say it is: image/jpeg, image/png, image/webp, or null for anything else. */
    public static String typeOf(byte[] head) {
        return FileTypes.of(head, Set.of(FileTypes.JPEG, FileTypes.PNG, FileTypes.WEBP));
    }
}
