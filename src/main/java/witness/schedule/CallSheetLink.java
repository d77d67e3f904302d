package witness.schedule;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import witness.person.Person;

/**
 * A person's link to their call sheet of a day, published by a producer: no login, only the unguessable token in the
 * address, until it expires or is withdrawn; confirmed when they press "Got it" on it.
 */
@Entity
@Table(name = "call_sheet_link")
public class CallSheetLink extends PanacheEntity {
    /** The longest token the address may hold: longer ones are not looked up. */
    static final int TOKEN_LENGTH = 64;

    @ManyToOne(optional = false) @JoinColumn(name = "shoot_day_id") public ShootDay day;
    @ManyToOne(optional = false) public Person person;
    @Size(max = TOKEN_LENGTH) @Column(nullable = false, length = TOKEN_LENGTH) public String token;
    @Column(nullable = false) public Instant publishedAt;
    @Column(nullable = false) public Instant expiresAt;
    public Instant confirmedAt;
    public Instant revokedAt;
    public Instant sentAt;
    @Size(max = 254) @Column(length = 254) public String sentTo;

    /** Whether the link still shows the call sheet. */
    public boolean open(Instant now) {
        return revokedAt == null && now.isBefore(expiresAt);
    }

    /** "/call/{token}": the address the person opens, on this installation. */
    public String path() {
        return "/call/" + token;
    }

    /** The open link with this token; empty for anything else (none, withdrawn, expired, not a token). */
    static Optional<CallSheetLink> open(String token, Instant now) {
        if (token == null || token.isEmpty() || token.length() > TOKEN_LENGTH) {
            return Optional.empty();
        }
        return CallSheetLink.<CallSheetLink>find("token", token).firstResultOptional().filter(l -> l.open(now));
    }

    public static List<CallSheetLink> ofDay(ShootDay day) {
        return list("day = ?1 order by person.name", day);
    }
}
