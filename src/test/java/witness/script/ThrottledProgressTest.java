package witness.script;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Progress reaches the row at most every 300 ms, but its first and last scene always do. */
class ThrottledProgressTest {
    private final AtomicLong now = new AtomicLong();
    private final List<Integer> told = new ArrayList<>();
    private final Progress progress = new ThrottledProgress((done, total) -> told.add(done), Duration.ofMillis(300),
            now::get);

    @Test
    void aFastExportIsToldItsFirstAndLastSceneOnly() {
        for (int done = 0; done <= 600; done++) {
            progress.scenes(done, 600);
        }

        assertThat(told).containsExactly(0, 600);
    }

    @Test
    void aSlowOneIsToldOnceAnInterval() {
        for (int done = 0; done <= 10; done++) {
            progress.scenes(done, 10);
            now.addAndGet(Duration.ofMillis(100).toNanos());
        }

        assertThat(told).containsExactly(0, 3, 6, 9, 10);
    }
}
