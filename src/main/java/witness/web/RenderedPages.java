package witness.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.configuration.MemorySize;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The HTML of {@link CachedPage pages} as they were last rendered, kept until anything changes: a page is
 * served again only while the database is at the same edition, that is while no change has been committed
 * since it was rendered, by this instance or by any other sharing the database.
 * <p>
 * Every committed change of Witness' data makes exactly one audit revision (Hibernate Envers, with the
 * history and restores; the uncommitted ones are not seen), and revisions are never deleted but by a backup
 * restore. So the number of revisions and the highest revision number together name an edition: a change
 * adds a revision, even one whose number is lower than the highest because another transaction drew its
 * number later and committed first. H2 counts a table's rows without reading them.
 */
@ApplicationScoped
public class RenderedPages {
    private static final String EDITION = "select count(*), coalesce(max(id), 0) from revision";

    @Inject AgroalDataSource dataSource;
    @ConfigProperty(name = "witness.page-cache.enabled", defaultValue = "true") boolean enabled;
    @ConfigProperty(name = "witness.page-cache.max-size", defaultValue = "64M") MemorySize maxSize;

    private Cache<String, byte[]> pages;

    @PostConstruct
    void start() {
        pages = Caffeine.newBuilder()
                .maximumWeight(maxSize.asLongValue())
                .weigher((String key, byte[] html) -> key.length() * 2 + html.length)
                .expireAfterAccess(Duration.ofHours(1))
                .build();
    }

    public boolean enabled() {
        return enabled;
    }

    /** The database's edition now: the number of revisions and the highest one, as "count:max". */
    public String edition() {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery(EDITION)) {
            row.next();
            return row.getLong(1) + ":" + row.getLong(2);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the database's edition", e);
        }
    }

    public byte[] get(String key) {
        return pages.getIfPresent(key);
    }

    public void put(String key, byte[] html) {
        pages.put(key, html);
    }

    /** Forgets every page: after a backup restore, which may bring back an earlier edition with other data. */
    public void clear() {
        pages.invalidateAll();
    }
}
