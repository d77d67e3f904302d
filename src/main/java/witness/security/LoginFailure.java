package witness.security;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;

/** A failed login for a username (known or not), kept for {@link LoginThrottle}. */
@Entity
public class LoginFailure extends PanacheEntity {
    @Size(max = 80) @Column(nullable = false, length = 80) public String username;
    @Column(nullable = false) public Instant failedAt;

    /** The username's failures since the instant, oldest first. */
    public static List<Instant> since(String username, Instant since) {
        return LoginFailure.<LoginFailure>list("username = ?1 and failedAt > ?2 order by failedAt", username, since)
                .stream().map(f -> f.failedAt).toList();
    }
}
