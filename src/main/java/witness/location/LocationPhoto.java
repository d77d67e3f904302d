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
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/** A photograph of a location (from the recce, or found): JPEG, PNG or WebP, at most 5 MB. */
@Entity
@Audited
@Table(name = "location_photo")
public class LocationPhoto extends PanacheEntity {
    /** The largest photo accepted: 5 MB. */
    public static final long MAX_BYTES = 5L * 1024 * 1024;

    @ManyToOne(optional = false)
    public Location location;
    @Column(nullable = false, length = 255)
    public String fileName;
    @Column(nullable = false, length = 100)
    public String contentType;
    @Size(max = 500) @Column(length = 500)
    public String caption;
    @Column(nullable = false)
    public long fileSize;
    @NotAudited
    @Basic(fetch = FetchType.LAZY)
    @JdbcTypeCode(SqlTypes.VARBINARY) @Column(nullable = false)
    public byte[] content;
    @Column(nullable = false)
    public LocalDateTime uploadedAt;

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
        if (startsWith(head, 0xFF, 0xD8, 0xFF)) {
            return "image/jpeg";
        }
        if (startsWith(head, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return "image/png";
        }
        if (startsWith(head, 'R', 'I', 'F', 'F') && head.length >= 12 && head[8] == 'W' && head[9] == 'E'
                && head[10] == 'B' && head[11] == 'P') {
            return "image/webp";
        }
        return null;
    }

    private static boolean startsWith(byte[] bytes, int... magic) {
        if (bytes.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((bytes[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
