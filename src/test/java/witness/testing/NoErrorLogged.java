package witness.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * For the hostile-input tests: the app logs no ERROR while a test sends its requests — a refusal is an answer (4xx)
 * with its message, never an exception the app did not expect (which Quarkus logs at ERROR as it answers 500).
 */
public class NoErrorLogged implements BeforeEachCallback, AfterEachCallback {
    private static final ExtensionContext.Namespace HERE = ExtensionContext.Namespace.create(NoErrorLogged.class);

    @Override
    public void beforeEach(ExtensionContext context) {
        Errors errors = new Errors();
        Logger.getLogger("").addHandler(errors);
        context.getStore(HERE).put(Errors.class, errors);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        Errors errors = context.getStore(HERE).remove(Errors.class, Errors.class);
        Logger.getLogger("").removeHandler(errors);
        assertThat(errors.logged).as("what the app logged at ERROR during %s", context.getDisplayName())
                .isEmpty();
    }

    static final class Errors extends Handler {
        final List<String> logged = new CopyOnWriteArrayList<>();

        @Override
        public void publish(LogRecord record) {
            if (record.getLevel().intValue() >= Level.SEVERE.intValue()) {
                logged.add(record.getLoggerName() + ": " + record.getMessage()
                        + (record.getThrown() == null ? "" : " (" + record.getThrown() + ")"));
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }
}
