package witness.schedule;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HexFormat;
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
    /** Two weeks after publishing: the link opens until then, or until the day after the shoot day if later. */
    @Column(nullable = false) public Instant expiresAt;
    /** What the day was when published to them ({@link #state}): a sheet changed since says so. */
    @Size(max = 64) @Column(nullable = false, length = 64) public String publishedState;
    public Instant confirmedAt;
    public Instant revokedAt;
    public Instant sentAt;
    @Size(max = 254) @Column(length = 254) public String sentTo;

    /** Whether the link still shows the call sheet. */
    public boolean open(Instant now) {
        return revokedAt == null && (now.isBefore(expiresAt) || now.isBefore(dayAfter(day)));
    }

    public boolean changedSince() {
        return !publishedState.equals(state(day));
    }

    /** The end of the day after the shoot day where it happens (UTC without a time zone), as the day is now. */
    static Instant dayAfter(ShootDay day) {
        ZoneId zone = day.location != null && day.location.timeZone != null ? ZoneId.of(day.location.timeZone)
                : ZoneOffset.UTC;
        return day.date.plusDays(2).atStartOfDay(zone).toInstant();
    }

    /** The day as the crew needs to hear of it — date, place, call, wrap, calls, what it plans — as a digest. */
    static String state(ShootDay day) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(ScheduleSnapshot.Day.of(day).toString()
                    .getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
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
