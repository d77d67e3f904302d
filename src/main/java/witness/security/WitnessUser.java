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
 * <p>
 * Every session cookie names the user's {@link #sessionGeneration} it was opened in (the principal's name is
 * {@code username/generation}, see {@link #identity()}; {@link #usernameOf} reads the username back):
 * logging out and a new password raise it, and {@link SessionLogin} refuses a cookie of an older generation.
 */
@Entity
@Audited
@Table(name = "witness_user")
public class WitnessUser extends PanacheEntity {
    @NotBlank @Size(max = 80) @Column(unique = true, nullable = false, length = 80) public String username;
    @NotAudited @NotBlank @Size(max = 100) @Column(nullable = false, length = 100) public String passwordHash;
    @NotNull @Enumerated(EnumType.STRING) @Column(nullable = false, length = 20) public Role role;
    public boolean enabled = true;
    /** Raised when the user logs out or gets a new password: every session opened before ends. */
    @NotAudited @Column(nullable = false) public long sessionGeneration;
    @Version public long version;

    /** The role as security checks name it: producer, director, researcher, viewer. */
    public String roles() {
        return role == null ? "" : role.code();
    }

    /**
     * Who this user is to the security checks: their role, and as the principal {@code username/generation}, which
     * the session cookie keeps (Quarkus writes the principal's name into it); the username alone is the attribute
     * {@link #USERNAME}.
     */
    public SecurityIdentity identity() {
        return QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(username + GENERATION_SEPARATOR + sessionGeneration))
                .addAttribute(USERNAME, username).addRole(roles()).build();
    }

    /** The attribute of an identity that holds the username alone (see {@link WitnessUser#identity()}). */
    static final String USERNAME = "witness.username";

    /**
     * The username of who made the request. Read it here, never from the principal's name, which also holds the
     * session generation; an identity made otherwise (tests' @TestSecurity) has only its principal's name.
     */
    public static String usernameOf(SecurityIdentity identity) {
        Object username = identity.getAttribute(USERNAME);
        return username instanceof String name ? name : identity.getPrincipal().getName();
    }

    /** Between the username and the session generation in a principal's name: never in a username. */
    static final char GENERATION_SEPARATOR = '/';

    /** Ends every session of the user (logging out): one atomic update, which changes nothing else. */
    static void endSessions(String username) {
        update("sessionGeneration = sessionGeneration + 1 where username = ?1", username);
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
