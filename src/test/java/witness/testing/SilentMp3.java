package witness.testing;

import java.io.ByteArrayOutputStream;

/**
 * A proxy for tests: an MP3 of silence, as long as asked. Each frame is MPEG-1 Layer III, 48 kHz, 32 kbit/s, mono
 * (header FF FB 14 C0) with all-zero side information and data, which decoders play as 24 ms of silence; 96 bytes
 * a frame, so the file's length is exact and a browser can seek in it by byte.
 */
public final class SilentMp3 {
    static final int FRAME_BYTES = 96;
    static final double FRAME_SECONDS = 1152 / 48000.0;

    private SilentMp3() {
    }

    public static byte[] ofSeconds(int seconds) {
        int frames = (int) Math.ceil(seconds / FRAME_SECONDS);
        ByteArrayOutputStream out = new ByteArrayOutputStream(frames * FRAME_BYTES);
        byte[] frame = new byte[FRAME_BYTES];
        frame[0] = (byte) 0xFF;
        frame[1] = (byte) 0xFB;
        frame[2] = 0x14;
        frame[3] = (byte) 0xC0;
        for (int i = 0; i < frames; i++) {
            out.writeBytes(frame);
        }
        return out.toByteArray();
    }
}
