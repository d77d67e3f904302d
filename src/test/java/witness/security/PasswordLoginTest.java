package witness.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.elytron.security.common.BcryptUtil;
import org.junit.jupiter.api.Test;

class PasswordLoginTest {

    @Test
    void anUnknownUsernameIsCheckedAgainstAHashAsCostlyAsAUsersOwn() {
        String usersOwn = BcryptUtil.bcryptHash("orenburg-1933");

        assertThat(PasswordLogin.NO_ONE.substring(0, 7)).isEqualTo(usersOwn.substring(0, 7));
        assertThat(BcryptUtil.matches("no one has this password", PasswordLogin.NO_ONE)).isTrue();
    }
}
