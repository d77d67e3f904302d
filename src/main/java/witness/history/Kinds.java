package witness.history;

import io.quarkus.runtime.Startup;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.hibernate.SessionFactory;

/**
 * The kinds of audited item the history knows, derived from the entities once, at start-up, so that a field the
 * history cannot show stops the app rather than a page.
 */
@Startup
@Singleton
class Kinds {
    private final List<Kind> all;
    private final List<Kind> listed;

    @Inject
    Kinds(SessionFactory factory) {
        all = new KindDerivation(factory).kinds();
        listed = all.stream().filter(Kind::isListed).sorted(Comparator.comparingInt(Kind::listed)).toList();
    }

    Kind of(Class<?> type) {
        return all.stream().filter(k -> k.is(type)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(type.getSimpleName() + " is not @Recorded"));
    }

    Kind byTable(String table) {
        return all.stream().filter(k -> k.table().equals(table)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No audited kind has the table " + table));
    }

    Optional<Kind> byCode(String code) {
        return listed.stream().filter(k -> k.code().equals(code)).findFirst();
    }

    /** What the deleted items page lists, in its order. */
    List<Kind> listed() {
        return listed;
    }

}
