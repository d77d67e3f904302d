package witness.script;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/** script.html: the two-column A/V script as a page to read or print. */
@ApplicationScoped
public class ScriptHtml extends ScriptFile {

    ScriptHtml() {
        super("html", "text/html; charset=UTF-8");
    }

    @Override
    public void write(ShootingScript script, OutputStream out, Progress progress) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write(ScriptResource.Templates.script(script, script.sequences(), true, false, false).render());
        writer.flush();
        progress.scenes(script.sceneCount(), script.sceneCount());
    }
}
