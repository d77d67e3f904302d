package witness.security;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.spi.ConfigSource;
import witness.web.RandomTokens;

/**
 * The key that encrypts the session cookie: WITNESS_SESSION_KEY (as several instances need, the same for each), or
 * else made at the installation's first start and kept in its data folder, readable by its owner only, never logged
 * (the database's password is kept the same way: {@link InstallationDatabase}). Any other configuration source
 * overrides it (ordinal 200, below application.properties), so the tests set their own. It also keeps the H2 server
 * of AUTO_SERVER on the loopback.
 */
public class InstallationSecrets implements ConfigSourceFactory {
    static final String SESSION_KEY = "quarkus.http.auth.session.encryption-key";
    static final String SESSION_KEY_FILE = "session.key";
    static final String H2_BIND_ADDRESS = "h2.bindAddress";

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        String dataDir = value(context, "witness.data-dir");
        if (dataDir == null) {
            return List.of();
        }
        Path folder = Path.of(dataDir);
        String sessionKey = value(context, "WITNESS_SESSION_KEY");
        String url = value(context, "quarkus.datasource.jdbc.url");
        if (url != null && url.toUpperCase(Locale.ROOT).contains("AUTO_SERVER=TRUE")
                && System.getProperty(H2_BIND_ADDRESS) == null) {
            // H2 serves the file to other processes (a command while the app runs) on every interface otherwise.
            System.setProperty(H2_BIND_ADDRESS, "127.0.0.1");
        }
        return List.of(new Secrets(Map.of(
                SESSION_KEY, () -> sessionKey != null ? sessionKey : kept(folder.resolve(SESSION_KEY_FILE)))));
    }

    private static String value(ConfigSourceContext context, String name) {
        ConfigValue value = context.getValue(name);
        return value == null || value.getValue() == null || value.getValue().isBlank() ? null : value.getValue();
    }

    /** The secret kept in this file, made first if there is none (also by the first start of another process). */
    static String kept(Path file) {
        if (!Files.exists(file)) {
            try {
                write(file, random());
            } catch (UncheckedIOException e) {
                if (!(e.getCause() instanceof FileAlreadyExistsException)) {
                    throw e;
                }
                // Another process of this installation made it at the same moment: read theirs.
            }
        }
        try {
            return Files.readString(file).strip();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + file, e);
        }
    }

    /** Written whole before it appears under its name, so that no other process reads it half made. */
    static void write(Path file, String secret) {
        try {
            Files.createDirectories(file.getParent());
            Path draft = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".new",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            try {
                Files.writeString(draft, secret);
                Files.createLink(file, draft);
            } finally {
                Files.delete(draft);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String random() {
        return RandomTokens.of(32);
    }

    /** Each secret is read (or made) when first asked for, so that a build or a test never makes one. */
    static final class Secrets implements ConfigSource {
        private final Map<String, Supplier<String>> makers;
        private final Map<String, String> made = new ConcurrentHashMap<>();

        Secrets(Map<String, Supplier<String>> makers) {
            this.makers = makers;
        }

        @Override
        public Set<String> getPropertyNames() {
            return Set.of();
        }

        @Override
        public String getValue(String name) {
            Supplier<String> maker = makers.get(name);
            return maker == null ? null : made.computeIfAbsent(name, n -> maker.get());
        }

        @Override
        public String getName() {
            return "the installation's secrets in its data folder";
        }

        @Override
        public int getOrdinal() {
            return 200;
        }
    }
}
