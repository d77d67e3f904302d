package witness.security;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import witness.core.Starting;
import witness.web.RandomTokens;

/**
 * Creates the first producer account, "admin", when there are no users. Its password comes
 * from WITNESS_ADMIN_PASSWORD, or is random and printed once: there is no default password. It runs under the start
 * lock, so a second instance starting at the same time finds the account made.
 */
@ApplicationScoped
public class FirstProducer {
    public static final String USERNAME = "admin";

    @ConfigProperty(name = "witness.admin-password") Optional<String> adminPassword;

    void onStart(@Observes Starting event) {
        String password = QuarkusTransaction.requiringNew().call(this::createUnlessAnyUser);
        if (password == null) {
            return;
        }
        // Said only once committed, so that no instance prints a password that was not saved.
        if (adminPassword.isPresent()) {
            Log.infof("Created the producer account '%s' with the password of WITNESS_ADMIN_PASSWORD", USERNAME);
        } else {
            Log.warnf("Created the producer account '%s' with the password %s — it is shown only this once",
                    USERNAME, password);
        }
    }

    /** The password given to the new account, or null when there are users already. */
    private String createUnlessAnyUser() {
        if (WitnessUser.count() > 0) {
            return null;
        }
        String password = adminPassword.filter(p -> !p.isBlank()).orElseGet(FirstProducer::randomPassword);
        WitnessUser admin = new WitnessUser();
        admin.username = USERNAME;
        admin.passwordHash = BcryptUtil.bcryptHash(password);
        admin.role = Role.PRODUCER;
        admin.persist();
        return password;
    }

    static String randomPassword() {
        return RandomTokens.of(15);
    }
}
