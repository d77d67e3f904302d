package witness.script;

import java.io.IOException;
import java.io.OutputStream;

/** A file the shooting script is exported as: script.html, script.pdf, script.fountain, script.fdx. */
public interface ScriptFormat {

    /** "pdf": the file is script.pdf. */
    String extension();

    /** "application/pdf" */
    String mediaType();

    /** Writes the script to out (left open), telling progress as scenes are written. */
    void write(ShootingScript script, OutputStream out, Progress progress) throws IOException;
}
