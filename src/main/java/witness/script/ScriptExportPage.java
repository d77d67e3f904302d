package witness.script;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import witness.core.Film;
import witness.web.BadRequest;
import witness.web.QueryString;

/** What the progress page of an export shows: its state, scope and format, and how to start it again. */
public record ScriptExportPage(Film film, ScriptExport export, ScriptExport.State state, String scope) {
    private static final Map<String, String> FORMATS = Map.of("html", "HTML", "pdf", "PDF", "fountain", "Fountain",
            "fdx", "Final Draft");

    public static ScriptExportPage of(Film film, ScriptExport export, Instant now) {
        String scope;
        try {
            scope = ScriptExports.options(film, export.options).scope();
        } catch (BadRequest e) {
            scope = "No longer in the film (" + e.getMessage() + ")";
        }
        return new ScriptExportPage(film, export, export.state(now), scope);
    }

    /** "PDF", "Final Draft" */
    public String formatLabel() {
        return FORMATS.getOrDefault(export.format, export.format);
    }

    /** "12 of 40 scenes" */
    public String scenes() {
        return export.scenesDone + " of " + export.scenesTotal + (export.scenesTotal == 1 ? " scene" : " scenes");
    }

    /** Whether the scenes are counted yet: not while the export waits or reads the film. */
    public boolean measured() {
        return state == ScriptExport.State.DONE || export.scenesTotal > 0;
    }

    /** What the state means to the person waiting. */
    public String says() {
        return switch (state) {
            case WAITING -> "Waiting: another export is being made on this server first.";
            case RUNNING -> measured() ? "Being made: " + scenes() + " written." : "Being made: reading the film.";
            case DONE -> "Done: " + scenes() + ".";
            case FAILED -> "Failed.";
            case INTERRUPTED -> "Interrupted — start it again. The server making it stopped before the file was done.";
        };
    }

    /** /films/victor-serge/script-exports/12 */
    public String url() {
        return "/films/" + film.slug + "/script-exports/" + export.id;
    }

    /** /films/victor-serge/script-exports/12/victor-serge-script.pdf */
    public String download() {
        return url() + "/" + export.fileName;
    }

    /** An HTML script opens in the browser; the other files are saved. */
    public boolean inline() {
        return "html".equals(export.format);
    }

    /** The form fields that start the same export again. */
    public List<Field> again() {
        List<Field> fields = new ArrayList<>();
        fields.add(new Field("format", export.format));
        QueryString.parse("?" + export.options).forEach((name, value) -> fields.add(new Field(name, value)));
        return fields;
    }

    public record Field(String name, String value) {
    }
}
