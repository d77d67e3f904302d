package witness.script;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import witness.web.BadRequest;

/** The formats the shooting script is exported in, by their file extension. */
@ApplicationScoped
public class ScriptFormats {
    @Inject Instance<ScriptFormat> formats;

    /** The format of script.{extension}; a 400 naming the field "format" for one we do not write. */
    public ScriptFormat byExtension(String extension) {
        return formats.stream().filter(f -> f.extension().equals(extension)).findFirst()
                .orElseThrow(() -> new BadRequest("format", "'" + extension + "' is not one of: "
                        + String.join(", ", extensions())));
    }

    /** html, pdf, fountain, fdx … */
    public List<String> extensions() {
        return formats.stream().map(ScriptFormat::extension).sorted(Comparator.comparingInt(ScriptFormats::rank))
                .toList();
    }

    private static int rank(String extension) {
        int i = List.of("html", "pdf", "fountain", "fdx").indexOf(extension);
        return i < 0 ? Integer.MAX_VALUE : i;
    }
}
