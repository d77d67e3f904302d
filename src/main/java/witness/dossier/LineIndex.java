package witness.dossier;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/** Where each field of a YAML or JSON file starts, by JSON pointer ("/scenes/2/title"). */
public final class LineIndex {
    private final Map<String, Integer> lines = new HashMap<>();

    /** @throws IOException when the text is not well-formed YAML or JSON */
    public static LineIndex of(String text, JsonFactory factory) throws IOException {
        LineIndex index = new LineIndex();
        try (JsonParser parser = factory.createParser(text)) {
            while (parser.nextToken() != null) {
                String pointer = parser.getParsingContext().pathAsPointer().toString();
                index.lines.putIfAbsent(pointer, parser.currentTokenLocation().getLineNr());
            }
        }
        return index;
    }

    /** The line of the field, or of the nearest enclosing field the file has. */
    public int lineOf(String pointer) {
        String p = pointer;
        while (!p.isEmpty()) {
            Integer line = lines.get(p);
            if (line != null) {
                return line;
            }
            p = p.substring(0, p.lastIndexOf('/'));
        }
        return 1;
    }
}
