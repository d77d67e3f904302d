package witness.source;

import io.quarkus.qute.TemplateExtension;
import java.util.stream.Collectors;

/** How pages name a source's people ("Victor Serge, Peter Sedgwick") and its type ("newspaper article"). */
@TemplateExtension
public class SourceTexts {
    private SourceTexts() {
    }

    /** The source's type as people say it ({source.typeLabel}). */
    public static String typeLabel(Source source) {
        return Source.typeLabel(source.type);
    }

    /** The source's authors as people read them, joined with commas; empty when it has none. */
    public static String authorNames(Source source) {
        return source.names.stream().filter(n -> SourceName.AUTHOR.equals(n.role)).map(SourceName::display)
                .collect(Collectors.joining(", "));
    }
}
