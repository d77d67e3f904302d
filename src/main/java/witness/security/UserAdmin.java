package witness.security;

import io.quarkus.elytron.security.common.BcryptUtil;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.nio.charset.StandardCharsets;
import java.util.function.BiFunction;
import witness.web.WriteConflict;
import witness.web.FieldErrors;
import witness.web.VersionRead;
import witness.web.Invalid;

/**
 * What a producer does on the users page: add a user, change a role, disable or enable, reset a
 * password (which ends the user's sessions), lift a pause of their logins. There is always a producer who can log in: the last one cannot be demoted or disabled.
 */
@ApplicationScoped
public class UserAdmin {
    public static final int MIN_PASSWORD = 10;
    /** bcrypt reads no more than 72 bytes of a password. */
    public static final int MAX_PASSWORD_BYTES = 72;
    static final String USERNAME_PATTERN = "[A-Za-z0-9][A-Za-z0-9._-]{1,79}";

    @Transactional
    public WitnessUser create(UserInput form) {
        FieldErrors errors = new FieldErrors();
        String username = form.username == null ? "" : form.username.strip();
        if (username.isEmpty()) {
            errors.add("username", "is required");
        } else if (!username.matches(USERNAME_PATTERN)) {
            errors.add("username", "must be 2 to 80 letters, digits, dots, dashes or underscores, starting with a letter"
                    + " or digit");
        } else if (WitnessUser.byUsername(username).isPresent()) {
            errors.add("username", "“" + username + "” is taken: choose another");
        }
        Role role = role(form, errors);
        String password = password(form, errors);
        errors.check();
        WitnessUser user = new WitnessUser();
        user.username = username;
        user.role = role;
        user.passwordHash = BcryptUtil.bcryptHash(password);
        user.persist();
        return user;
    }

    @Transactional
    public WitnessUser changeRole(String username, UserInput form) {
        WitnessUser user = current(username, form);
        Role role = checked(form, UserAdmin::role);
        if (role != Role.PRODUCER) {
            keepAProducer(user, "role", "demoted");
        }
        user.role = role;
        return user;
    }

    @Transactional
    public WitnessUser setEnabled(String username, UserInput form) {
        WitnessUser user = current(username, form);
        String enabled = form.enabled;
        if (!"true".equals(enabled) && !"false".equals(enabled)) {
            throw new Invalid("enabled", "must be true or false");
        }
        if (enabled.equals("false")) {
            keepAProducer(user, "enabled", "disabled");
        }
        user.enabled = Boolean.parseBoolean(enabled);
        return user;
    }

    @Transactional
    public WitnessUser resetPassword(String username, UserInput form) {
        WitnessUser user = current(username, form);
        String password = checked(form, UserAdmin::password);
        user.passwordHash = BcryptUtil.bcryptHash(password);
        user.sessionGeneration++;
        return user;
    }

    /** Lets the user log in again at once after too many failed logins ({@link LoginThrottle}). */
    @Transactional
    public WitnessUser liftPause(String username) {
        WitnessUser user = find(username);
        LoginThrottle.lift(user.username);
        return user;
    }

    static WitnessUser find(String username) {
        return WitnessUser.byUsername(username)
                .orElseThrow(() -> new NotFoundException("There is no user “" + username + "”."));
    }

    private static WitnessUser current(String username, UserInput form) {
        WitnessUser user = find(username);
        WriteConflict.unlessCurrent("user", user.version, VersionRead.of(form.version));
        return user;
    }

    /**
     * Refuses to demote or disable the last producer who can log in. The enabled producers are locked
     * until the end of the transaction, so that two producers demoting each other at once cannot both win.
     */
    private static void keepAProducer(WitnessUser user, String field, String change) {
        if (user.role != Role.PRODUCER || !user.enabled) {
            return;
        }
        long producers = WitnessUser.find("role = ?1 and enabled = true", Role.PRODUCER)
                .withLock(LockModeType.PESSIMISTIC_WRITE).list().size();
        if (producers <= 1) {
            throw new Invalid(field, "“" + user.username + "” is the last producer who can log in, so cannot be "
                    + change + ": make another user a producer first");
        }
    }

    /** One field of the form read, refused at once when at fault. */
    private static <T> T checked(UserInput form, BiFunction<UserInput, FieldErrors, T> read) {
        FieldErrors errors = new FieldErrors();
        T value = read.apply(form, errors);
        errors.check();
        return value;
    }

    private static Role role(UserInput form, FieldErrors errors) {
        String code = form.role;
        if (code == null || code.isBlank()) {
            errors.add("role", "is required: one of producer, director, researcher, viewer");
            return null;
        }
        return errors.choice(Role.class, "role", code);
    }

    private static String password(UserInput form, FieldErrors errors) {
        String password = form.password == null ? "" : form.password;
        if (password.length() < MIN_PASSWORD) {
            errors.add("password", "must be at least " + MIN_PASSWORD + " characters long");
        } else if (password.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
            errors.add("password", "must be at most " + MAX_PASSWORD_BYTES + " bytes long (about as many letters)");
        } else if (password.isBlank()) {
            errors.add("password", "must not be only spaces");
        }
        return password;
    }
}
