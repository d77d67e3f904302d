package witness.script;

import java.io.IOException;
import java.io.UncheckedIOException;
import witness.web.BadRequest;

/** Why an export failed, said to the person who asked for it; the log keeps the stack trace. */
final class ExportFailure {
    private static final String AGAIN = " Start it again; if it fails again, the server's log has the details.";

    private ExportFailure() {
    }

    static String message(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof BadRequest bad) {
                return "The film has changed since the export was asked for (" + bad.getMessage()
                        + "). Choose the options again on the exports page.";
            }
            if (t instanceof OutOfMemoryError) {
                return "The server ran out of memory making this file. Export one sequence at a time, or ask whoever"
                        + " runs Witness to give it more memory.";
            }
            if (t instanceof IOException io && !(t.getCause() instanceof IOException)) {
                return "The file could not be written (" + said(io) + ")." + AGAIN;
            }
            if (t instanceof UncheckedIOException) {
                continue;
            }
            if (t.getCause() == null) {
                return "The script could not be made (" + said(t) + ")." + AGAIN;
            }
        }
        return "The script could not be made." + AGAIN;
    }

    private static String said(Throwable t) {
        String message = t.getMessage();
        return message == null || message.isBlank() ? t.getClass().getSimpleName() : message.strip();
    }
}
