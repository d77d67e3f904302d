package witness.security;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.hibernate.orm.panache.PanacheEntity;
import io.quarkus.security.jpa.Password;
import io.quarkus.security.jpa.PasswordType;
import io.quarkus.security.jpa.Roles;
import io.quarkus.security.jpa.UserDefinition;
import io.quarkus.security.jpa.Username;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/**
 * A login with one role. Passwords are kept only as bcrypt hashes. Form login (quarkus-security-jpa)
 * reads the username, {@link #loginHash()} and {@link #roles()}: a disabled user has no hash anyone
 * knows the password of, so cannot log in.
 */
@Entity
@Audited
@Table(name = "witness_user")
@UserDefinition
public class WitnessUser extends PanacheEntity {
    @Username @NotBlank @Column(unique = true, nullable = false, length = 80)
    public String username;
    @NotAudited
    @NotBlank @Column(nullable = false, length = 100)
    public String passwordHash;
    @NotNull @Enumerated(EnumType.STRING) @Column(nullable = false, length = 20)
    public Role role;
    public boolean enabled = true;
    @Version
    public long version;

    /** The hash form login checks the password against; for a disabled user, one no password matches. */
    @Password(PasswordType.MCF)
    public String loginHash() {
        return enabled ? passwordHash : Locked.HASH;
    }

    /** The role as security checks name it: producer, director, researcher, viewer. */
    @Roles
    public String roles() {
        return role == null ? "" : role.code();
    }

    public static Optional<WitnessUser> byUsername(String username) {
        return find("username", username).firstResultOptional();
    }

    /** The bcrypt hash of a random password made and forgotten at start. */
    private static final class Locked {
        static final String HASH = BcryptUtil.bcryptHash(UUID.randomUUID().toString());
    }
}
