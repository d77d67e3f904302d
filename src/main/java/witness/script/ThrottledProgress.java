package witness.script;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * Passes progress on at most once an interval, plus the first and the last scene: an export of 600 scenes
 * made in two seconds writes its row a handful of times, not 600.
 */
final class ThrottledProgress implements Progress {
    private final Progress target;
    private final long intervalNanos;
    private final LongSupplier clock;
    private boolean told;
    private long last;

    ThrottledProgress(Progress target, Duration interval) {
        this(target, interval, System::nanoTime);
    }

    ThrottledProgress(Progress target, Duration interval, LongSupplier nanoClock) {
        this.target = target;
        this.intervalNanos = interval.toNanos();
        this.clock = nanoClock;
    }

    @Override
    public void scenes(int done, int total) {
        long now = clock.getAsLong();
        if (!told || done >= total || now - last >= intervalNanos) {
            told = true;
            last = now;
            target.scenes(done, total);
        }
    }
}
