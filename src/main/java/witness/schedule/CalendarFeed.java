package witness.schedule;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Optional;
import witness.person.Person;

/**
 * A private calendar address, /calendar/{token}.ics, of a person or of a user (never both): whoever knows the token
 * reads the shoot days it lists, until it is revoked. See {@link CalendarFeeds}.
 */
@Entity
@Table(name = "calendar_feed")
public class CalendarFeed extends PanacheEntity {
    public static final int TOKEN_MAX = 64;

    @Size(max = TOKEN_MAX) @Column(nullable = false, unique = true, length = TOKEN_MAX) public String token;
    @ManyToOne public Person person;
    @Size(max = 100) @Column(length = 100) public String username;
    @Column(nullable = false) public Instant createdAt;
    public Instant revokedAt;

    /** "/calendar/{token}.ics" */
    public String path() {
        return "/calendar/" + token + ".ics";
    }

    public static Optional<CalendarFeed> active(String token) {
        return find("token = ?1 and revokedAt is null", token).firstResultOptional();
    }

    public static Optional<CalendarFeed> activeOf(Person person) {
        return find("person = ?1 and revokedAt is null order by createdAt desc, id desc", person).firstResultOptional();
    }

    public static Optional<CalendarFeed> activeOfUser(String username) {
        return find("username = ?1 and revokedAt is null order by createdAt desc, id desc", username)
                .firstResultOptional();
    }

    /** Whether the user ever had a feed, revoked or not. */
    /** Whether the person ever had a feed (a stopped one stays stopped until a producer makes a new one). */
    public static boolean madeFor(Person person) {
        return count("person", person) > 0;
    }

    public static boolean madeForUser(String username) {
        return count("username", username) > 0;
    }

    static long revokeOf(Person person, Instant now) {
        return update("revokedAt = ?1 where person = ?2 and revokedAt is null", now, person);
    }

    static long revokeOfUser(String username, Instant now) {
        return update("revokedAt = ?1 where username = ?2 and revokedAt is null", now, username);
    }
}
