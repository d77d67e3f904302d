package witness.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;

/** Browser tests run where Chromium is, are skipped with a message where it is not, and fail CI without it. */
class RequiresChromiumTest {
    static final Path NOWHERE = Path.of("/nonexistent/chromium");

    @Test
    void withoutChromiumTheBrowserTestsAreSkippedSayingWhy() {
        ConditionEvaluationResult result = RequiresChromium.Condition.evaluate(NOWHERE, null);

        assertThat(result.isDisabled()).isTrue();
        assertThat(result.getReason()).hasValue("Chromium is not installed at /nonexistent/chromium"
                + " (apt-get install -y chromium-headless-shell, or chromium): the browser tests are skipped");
    }

    @Test
    void underCiAMissingChromiumFailsTheRun() {
        assertThatThrownBy(() -> RequiresChromium.Condition.evaluate(NOWHERE, "true"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("cannot run, and CI requires them");
    }

    @Test
    void withChromiumTheyRun() {
        Path shell = Path.of("/bin/sh");

        assertThat(RequiresChromium.Condition.evaluate(shell, "true").isDisabled()).isFalse();
    }
}
