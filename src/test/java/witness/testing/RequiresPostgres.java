package witness.testing;

import java.io.IOException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.net.InetSocketAddress;
import java.net.Socket;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs a test class only where PostgreSQL answers on 127.0.0.1:5432; elsewhere it is skipped
 * with a message saying so. Under CI (CI=true) a missing server fails the run instead. Its tests are the
 * "postgres" group, which the quick run leaves out.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(RequiresPostgres.Condition.class)
@Tag("postgres")
public @interface RequiresPostgres {
    String HOST = "127.0.0.1";
    int PORT = 5432;

    class Condition implements ExecutionCondition {
        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            if (reachable()) {
                return ConditionEvaluationResult.enabled("PostgreSQL answers on " + HOST + ":" + PORT);
            }
            String message = "PostgreSQL is not running on " + HOST + ":" + PORT
                    + " (database 'test', user 'postgres'): the PostgreSQL tests are skipped";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException(message.replace("are skipped", "cannot run, and CI requires them"));
            }
            System.err.println("SKIPPED: " + message);
            return ConditionEvaluationResult.disabled(message);
        }

        private static boolean reachable() {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(HOST, PORT), 1000);
                return true;
            } catch (IOException e) {
                return false;
            }
        }
    }
}
