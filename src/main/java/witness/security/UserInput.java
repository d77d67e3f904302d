package witness.security;

import org.jboss.resteasy.reactive.RestForm;
import witness.web.VersionRead;

/**
 * A user as the users page's forms post them: a new user whole; a role, the enabled switch or a new password one at
 * a time, each with the version it was read at. The password is never shown back.
 */
public class UserInput {
    @RestForm public String username;
    @RestForm public String role;
    @RestForm public String password;
    @RestForm public String enabled;
    @RestForm public VersionRead version;

    /** What a refused form shows again: everything but the password. */
    UserInput withoutPassword() {
        password = null;
        return this;
    }
}
