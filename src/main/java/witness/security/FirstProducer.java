package witness.security;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Creates the first producer account, "admin", when there are no users. Its password comes
 * from WITNESS_ADMIN_PASSWORD, or is random and printed once: there is no default password.
 */
@ApplicationScoped
public class FirstProducer {
    public static final String USERNAME = "admin";

    @ConfigProperty(name = "witness.admin-password")
    Optional<String> adminPassword;

    @Transactional
    void onStart(@Observes StartupEvent event) {
        if (WitnessUser.count() > 0) {
            return;
        }
        String password = adminPassword.filter(p -> !p.isBlank()).orElseGet(FirstProducer::randomPassword);
        WitnessUser admin = new WitnessUser();
        admin.username = USERNAME;
        admin.passwordHash = BcryptUtil.bcryptHash(password);
        admin.role = Role.PRODUCER;
        admin.persist();
        if (adminPassword.isPresent()) {
            Log.infof("Created the producer account '%s' with the password of WITNESS_ADMIN_PASSWORD", USERNAME);
        } else {
            Log.warnf("Created the producer account '%s' with the password %s — it is shown only this once",
                    USERNAME, password);
        }
    }

    static String randomPassword() {
        byte[] bytes = new byte[15];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
