package witness.security;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.Optional;

/** A login with one role. Passwords are kept only as bcrypt hashes. */
@Entity
@Table(name = "witness_user")
public class WitnessUser extends PanacheEntity {
    @NotBlank @Column(unique = true, nullable = false, length = 80)
    public String username;
    @NotBlank @Column(nullable = false, length = 100)
    public String passwordHash;
    @NotNull @Enumerated(EnumType.STRING) @Column(nullable = false, length = 20)
    public Role role;
    public boolean enabled = true;
    @Version
    public long version;

    public static Optional<WitnessUser> byUsername(String username) {
        return find("username", username).firstResultOptional();
    }
}
