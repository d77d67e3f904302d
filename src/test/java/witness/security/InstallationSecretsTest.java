package witness.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InstallationSecretsTest {
    @TempDir
    Path data;

    @Test
    void aSecretIsMadeOnceReadableByItsOwnerOnlyAndKept() throws Exception {
        Path file = data.resolve(InstallationSecrets.SESSION_KEY_FILE);

        String made = InstallationSecrets.kept(file);

        assertThat(made).hasSizeGreaterThanOrEqualTo(32);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(InstallationSecrets.kept(file)).as("read again at the next start").isEqualTo(made);
        assertThat(InstallationSecrets.kept(data.resolve("other.key"))).isNotEqualTo(made);
        try (var files = Files.list(data)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("session.key", "other.key");
        }
    }

    @Test
    void aDatabaseMadeWithTheEarlierPasswordIsGivenOneOfItsOwn() throws Exception {
        String url = "jdbc:h2:file:" + data.resolve("witness");
        DriverManager.getConnection(url, "witness", InstallationDatabase.EARLIER_PASSWORD).close();

        String password = InstallationDatabase.password(data, url);

        assertThat(password).isNotEqualTo(InstallationDatabase.EARLIER_PASSWORD)
                .isEqualTo(Files.readString(data.resolve(InstallationDatabase.PASSWORD_FILE)));
        assertThatThrownBy(() -> DriverManager.getConnection(url, "witness", InstallationDatabase.EARLIER_PASSWORD))
                .isInstanceOf(SQLException.class);
        try (Connection connection = DriverManager.getConnection(url, "witness", password)) {
            assertThat(connection.isValid(1)).isTrue();
        }
        assertThat(InstallationDatabase.password(data, url)).as("the next start").isEqualTo(password);
    }

    @Test
    void aNewInstallationsDatabaseIsMadeWithAPasswordOfItsOwn() {
        String url = "jdbc:h2:file:" + data.resolve("witness");

        String password = InstallationDatabase.password(data, url);

        assertThat(password).isNotEqualTo(InstallationDatabase.EARLIER_PASSWORD).hasSizeGreaterThanOrEqualTo(32);
        assertThat(Files.exists(data.resolve("witness.mv.db"))).as("made by the app's first connection").isFalse();
    }
}
