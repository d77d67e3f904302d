package witness.dossier;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
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
                if (parser instanceof YAMLParser yaml && yaml.isCurrentAlias()) {
                    // Jackson reads an alias as the anchor's name, not its value: refuse it rather than misread it.
                    throw new JsonParseException(parser, "an alias (*" + yaml.getText() + ") is not"
                            + " allowed in a dossier file: write the value out in full");
                }
                String pointer = parser.getParsingContext().pathAsPointer().toString();
                index.lines.putIfAbsent(pointer, parser.currentTokenLocation().getLineNr());
            }
        }
        return index;
    }

    /** The line where the field itself is written, null when the file does not have it. */
    public Integer exactLineOf(String pointer) {
        return lines.get(pointer);
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
