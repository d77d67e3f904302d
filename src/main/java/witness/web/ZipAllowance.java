package witness.web;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * How much a zip from outside may inflate to, in all: {@link #RATIO} times its own size past a first
 * {@link #FREE} bytes, and never more than a cap. A zip bomb (an entry of gigabytes of zeros) is stopped as it
 * inflates, not after.
 */
public final class ZipAllowance {
    public static final long RATIO = 100;
    public static final long FREE = 1024 * 1024;

    private final long allowed;
    private long used;

    public ZipAllowance(long zipSize, long cap) {
        this.allowed = Math.min(cap, Math.max(FREE, RATIO * zipSize));
    }

    /** The bytes still allowed. */
    public long left() {
        return allowed - used;
    }

    /** Counts these bytes against the allowance: false once it is spent. */
    public boolean take(long bytes) {
        used += bytes;
        return used <= allowed;
    }

    /** An entry's content, counted as it is read; reading past the allowance throws {@link Exceeded}. */
    public InputStream counted(InputStream in) {
        return new FilterInputStream(in) {
            @Override
            public int read() throws IOException {
                int b = super.read();
                if (b >= 0) {
                    count(1);
                }
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int n = super.read(buffer, offset, length);
                if (n > 0) {
                    count(n);
                }
                return n;
            }
        };
    }

    private void count(long bytes) throws Exceeded {
        if (!take(bytes)) {
            throw new Exceeded();
        }
    }

    /** The zip inflates to more than it may. */
    public static final class Exceeded extends IOException {
        Exceeded() {
            super("the zip inflates to more than " + RATIO + " times its own size");
        }
    }
}
