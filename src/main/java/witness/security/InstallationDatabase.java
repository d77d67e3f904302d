package witness.security;

import io.quarkus.credentials.CredentialsProvider;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The credentials of the embedded H2 database (quarkus.datasource.credentials-provider=installation): the user
 * witness with a password made at the installation's first start and kept in its data folder, readable by its owner
 * only. A data folder made before there was one still has the earlier password: it is changed at the next start.
 */
@ApplicationScoped
@Named(InstallationDatabase.NAME)
public class InstallationDatabase implements CredentialsProvider {
    static final String NAME = "installation";
    static final String USER = "witness";
    static final String PASSWORD_FILE = "database.password";
    /** The password every installation had before it had one of its own. */
    static final String EARLIER_PASSWORD = "witness";

    @ConfigProperty(name = "witness.data-dir") Path dataDir;
    @ConfigProperty(name = "quarkus.datasource.jdbc.url") String url;

    @Override
    public Map<String, String> getCredentials(String credentialsProviderName) {
        return Map.of(USER_PROPERTY_NAME, USER, PASSWORD_PROPERTY_NAME, password(dataDir, url));
    }

    static synchronized String password(Path folder, String url) {
        Path file = folder.resolve(PASSWORD_FILE);
        if (Files.exists(file) || !Files.exists(folder.resolve("witness.mv.db"))) {
            return InstallationSecrets.kept(file);
        }
        String password = InstallationSecrets.random();
        try (Connection connection = DriverManager.getConnection(url, USER, EARLIER_PASSWORD);
                PreparedStatement change = connection.prepareStatement("alter user " + USER + " set password ?")) {
            change.setString(1, password);
            change.execute();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not give the database in " + folder + " a password of its own: "
                    + e.getMessage(), e);
        }
        InstallationSecrets.write(file, password);
        return password;
    }
}
