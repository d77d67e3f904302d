package witness.source;

import io.quarkus.qute.TemplateExtension;
import java.util.stream.Collectors;

/** How pages name a source's people: "Victor Serge, Peter Sedgwick". */
@TemplateExtension
public class SourceTexts {
    private SourceTexts() {
    }

    /** The source's authors as people read them, joined with commas; empty when it has none. */
    public static String authorNames(Source source) {
        return source.names.stream().filter(n -> SourceName.AUTHOR.equals(n.role)).map(SourceName::display)
                .collect(Collectors.joining(", "));
    }
}
