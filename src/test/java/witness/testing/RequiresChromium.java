package witness.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs a browser test class only where Debian's Chromium is installed; elsewhere it is skipped
 * with a message saying so. Under CI (CI=true) a missing Chromium fails the run instead.
 * <p>
 * Debian's old headless shell of Chromium (package chromium-headless-shell, the same Blink without the browser's
 * windowing) is preferred where it is installed: it is what Playwright itself runs headless tests on, and it cost
 * about 45 % less CPU than the full browser for the same browser tests (docs/testing.md). The full Chromium
 * (package chromium) is used where the shell is not; -Dwitness.chromium=/path names another.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(RequiresChromium.Condition.class)
public @interface RequiresChromium {
    Path HEADLESS_SHELL = Path.of("/usr/bin/chromium-headless-shell");
    Path FULL_BROWSER = Path.of("/usr/bin/chromium");
    Path CHROMIUM = System.getProperty("witness.chromium") != null ? Path.of(System.getProperty("witness.chromium"))
            : Files.isExecutable(HEADLESS_SHELL) ? HEADLESS_SHELL : FULL_BROWSER;

    class Condition implements ExecutionCondition {
        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            return evaluate(CHROMIUM, System.getenv("CI"));
        }

        /** Enabled where Chromium is; disabled with a message where it is not, unless under CI, which fails. */
        static ConditionEvaluationResult evaluate(Path chromium, String ci) {
            if (Files.isExecutable(chromium)) {
                return ConditionEvaluationResult.enabled("Chromium is at " + chromium);
            }
            String message = "Chromium is not installed at " + chromium
                    + " (apt-get install -y chromium-headless-shell, or chromium): the browser tests are skipped";
            if ("true".equalsIgnoreCase(ci)) {
                throw new IllegalStateException(message.replace("are skipped", "cannot run, and CI requires them"));
            }
            System.err.println("SKIPPED: " + message);
            return ConditionEvaluationResult.disabled(message);
        }
    }
}
