package witness.script;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * A script format for tests of the export jobs, independent of the real formats: one line per scene
 * ("1.2 The last taxi ride"), after a pause a test can set so that progress is seen between start and end.
 */
@ApplicationScoped
public class SlowTextFormat implements ScriptFormat {
    public static final String EXTENSION = "test-txt";

    private volatile Duration pause = Duration.ZERO;

    /** How long each scene takes from now on (a method, not a field: tests reach the bean through its proxy). */
    public void pauseEachScene(Duration pause) {
        this.pause = pause;
    }

    @Override
    public String extension() {
        return EXTENSION;
    }

    @Override
    public String mediaType() {
        return "text/plain";
    }

    @Override
    public void write(ShootingScript script, OutputStream out, Progress progress) throws IOException {
        int total = script.sceneCount();
        int done = 0;
        for (ShootingScript.Part part : script.sequences()) {
            for (ShootingScript.ScriptScene scene : part.scenes()) {
                pause();
                out.write((scene.heading() + "\n").getBytes(StandardCharsets.UTF_8));
                progress.scenes(++done, total);
            }
        }
    }

    private void pause() throws IOException {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }
}
