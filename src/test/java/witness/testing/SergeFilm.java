package witness.testing;

import io.quarkus.narayana.jta.QuarkusTransaction;
import java.util.function.Supplier;

/** The Serge film as the dossier in research/ loads it on first start. */
public final class SergeFilm {
    public static final String SLUG = "victor-serge";

    private SergeFilm() {
    }

    /** Reads from the database in a transaction of its own, as a test cannot share the app's. */
    public static <T> T query(Supplier<T> query) {
        return QuarkusTransaction.requiringNew().call(query::get);
    }
}
