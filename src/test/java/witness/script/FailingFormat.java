package witness.script;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.OutputStream;

/** A script format for tests whose writer fails after the first scene, as a full disk would. */
@ApplicationScoped
public class FailingFormat implements ScriptFormat {
    public static final String EXTENSION = "test-fail";

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
        progress.scenes(1, script.sceneCount());
        throw new IOException("No space left on device");
    }
}
