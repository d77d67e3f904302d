package witness.security;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/**
 * A login with one role. Passwords are kept only as bcrypt hashes; {@link PasswordLogin} checks them
 * and {@link SessionLogin} reads the user again on every request, so a disabled user is refused at once.
 */
@Entity
@Audited
@Table(name = "witness_user")
public class WitnessUser extends PanacheEntity {
    @NotBlank @Size(max = 80) @Column(unique = true, nullable = false, length = 80)
    public String username;
    @NotAudited
    @NotBlank @Size(max = 100) @Column(nullable = false, length = 100)
    public String passwordHash;
    @NotNull @Enumerated(EnumType.STRING) @Column(nullable = false, length = 20)
    public Role role;
    public boolean enabled = true;
    @Version
    public long version;

    /** The role as security checks name it: producer, director, researcher, viewer. */
    public String roles() {
        return role == null ? "" : role.code();
    }

    /** Who this user is to the security checks: their username and role. */
    public SecurityIdentity identity() {
        return QuarkusSecurityIdentity.builder().setPrincipal(new QuarkusPrincipal(username)).addRole(roles()).build();
    }

    public static Optional<WitnessUser> byUsername(String username) {
        return find("username", username).firstResultOptional();
    }

    public static List<WitnessUser> byUsernameOrder() {
        return list("order by username");
    }

    /** Producers who can log in: there must always be one. */
    public static long enabledProducers() {
        return count("role = ?1 and enabled = true", Role.PRODUCER);
    }
}
