package witness.security;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Checks a username and password, from the login form or an API call's Basic header, against the
 * witness_user table: bcrypt hashes, disabled users refused, and {@link LoginThrottle} applied. A
 * paused login leaves a short cookie that the login page reads to say how long to wait. A username longer than
 * any user's ({@value #MAX_USERNAME} characters) is refused before the database is asked, like a wrong password.
 */
@ApplicationScoped
public class PasswordLogin implements IdentityProvider<UsernamePasswordAuthenticationRequest> {
    static final String PAUSED_COOKIE = "witness-login-paused";
    /** As long as witness_user.username and login_failure.username may be. */
    static final int MAX_USERNAME = 80;
    /** How long to wait when the username's lock could not be had in time. */
    static final Duration BUSY = Duration.ofMinutes(1);
    /**
     * Compared against when the username is unknown, so that the answer takes as long as for a known one: the
     * bcrypt hash (cost 10, as BcryptUtil makes them) of "no one has this password", written out so that the
     * first login after a start does not hash it first.
     */
    static final String NO_ONE = "$2a$10$IVRzKw8ixyFiaiQZInj.xeAO39wlTMX.mt7cqN4B/NJBQmkpIRYbO";

    private sealed interface Outcome {
    }

    private record Accepted(SecurityIdentity identity) implements Outcome {
    }

    private record Refused() implements Outcome {
    }

    private record Paused(Instant until) implements Outcome {
    }

    @Override
    public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
        return UsernamePasswordAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest request,
            AuthenticationRequestContext context) {
        RoutingContext http = HttpSecurityUtils.getRoutingContextAttribute(request);
        return context.runBlocking(() -> {
            Outcome outcome = check(request.getUsername(), new String(request.getPassword().getPassword()));
            if (outcome instanceof Accepted accepted) {
                return accepted.identity();
            }
            if (outcome instanceof Paused paused && http != null) {
                long minutes = Math.max(1, Duration.between(Instant.now(), paused.until()).plusSeconds(59).toMinutes());
                http.response().addCookie(Cookie.cookie(PAUSED_COOKIE, Long.toString(minutes)).setPath("/login")
                        .setMaxAge(120).setHttpOnly(true));
            }
            throw new AuthenticationFailedException();
        });
    }

    /**
     * Counts the attempt under the username's lock ({@link LoginThrottle#attempt}, committed at once), then checks the
     * password in a transaction of its own; a success forgets the failures.
     */
    private static Outcome check(String username, String password) {
        if (username == null || username.isEmpty() || username.length() > MAX_USERNAME) {
            return new Refused();
        }
        Instant now = Instant.now();
        Optional<Instant> paused;
        try {
            paused = LoginThrottle.attempt(username, now);
        } catch (PersistenceException busy) {
            // The username's lock was not had in time (a flood of attempts), or the database failed: not checked, and
            // asked to wait a minute (never a 500).
            Log.warnf("Login as a username not checked: its lock was busy (%s)", busy.getClass().getSimpleName());
            return new Paused(now.plus(BUSY));
        }
        if (paused.isPresent()) {
            return new Paused(paused.get());
        }
        Optional<WitnessUser> user = QuarkusTransaction.requiringNew().call(() -> WitnessUser.byUsername(username));
        boolean matches = BcryptUtil.matches(password, user.map(u -> u.passwordHash).orElse(NO_ONE));
        if (!matches || user.isEmpty() || !user.get().enabled) {
            return new Refused();
        }
        QuarkusTransaction.requiringNew().run(() -> LoginThrottle.succeeded(username));
        return new Accepted(user.get().identity());
    }
}
