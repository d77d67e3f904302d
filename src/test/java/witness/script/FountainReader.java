package witness.script;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a Fountain 1.1 script back into its elements, by the rules of https://fountain.io/syntax that the
 * export relies on: the title page, boneyard, sections, synopses, page breaks, scene headings (forced with
 * "." or starting INT/EXT/EST/I/E) with their number, characters (all capitals before words, or forced with
 * "@") with extension, parentheticals and dialogue (a line of two spaces keeps it going), transitions,
 * centred text, lyrics, action (forced with "!"), notes anywhere, and emphasis escapes.
 */
final class FountainReader {
    enum Type { SECTION, SYNOPSIS, PAGE_BREAK, SCENE_HEADING, ACTION, CHARACTER, PARENTHETICAL, DIALOGUE,
        TRANSITION, CENTERED, LYRIC, NOTE }

    /** An element: its text, and the scene number of a heading or the extension of a character. */
    record Element(Type type, String text, String extra) {
        Element(Type type, String text) {
            this(type, text, null);
        }
    }

    record Script(Map<String, String> titlePage, List<Element> elements) {
        List<Element> of(Type type) {
            return elements.stream().filter(e -> e.type == type).toList();
        }

        List<String> texts(Type type) {
            return of(type).stream().map(Element::text).toList();
        }
    }

    private static final Pattern KEY = Pattern.compile("^([A-Za-z][A-Za-z ]*):\\s*(.*)$");
    private static final Pattern HEADING = Pattern.compile("(?i)^(INT|EXT|EST|INT\\.?/EXT|I/E)[.\\s].*");
    private static final Pattern NUMBER = Pattern.compile("\\s*#([\\w.\\-]+)#\\s*$");
    private static final Pattern NOTE = Pattern.compile("\\[\\[(.*?)\\]\\]", Pattern.DOTALL);
    private static final Pattern BONEYARD = Pattern.compile("/\\*.*?\\*/", Pattern.DOTALL);
    private static final Pattern EXTENSION = Pattern.compile("^(.*?)\\s*(\\((.*)\\))?\\s*\\^?$");

    private final List<Element> elements = new ArrayList<>();

    private FountainReader() {
    }

    static Script read(String fountain) {
        List<String> lines = new ArrayList<>(List.of(BONEYARD.matcher(fountain).replaceAll("").split("\r?\n", -1)));
        Map<String, String> title = titlePage(lines);
        FountainReader reader = new FountainReader();
        for (List<String> block : blocks(lines)) {
            reader.block(block);
        }
        return new Script(title, reader.elements);
    }

    /** Key: value lines up to the first blank line, when the script starts with one; indented lines go on. */
    private static Map<String, String> titlePage(List<String> lines) {
        Map<String, String> page = new LinkedHashMap<>();
        if (lines.isEmpty() || !KEY.matcher(lines.get(0)).matches()) {
            return page;
        }
        String key = null;
        while (!lines.isEmpty() && !lines.get(0).isBlank()) {
            String line = lines.remove(0);
            Matcher m = KEY.matcher(line);
            if (line.startsWith("   ") || line.startsWith("\t")) {
                String before = page.get(key);
                page.put(key, (before.isEmpty() ? "" : before + "\n") + line.strip());
            } else if (m.matches()) {
                key = m.group(1);
                page.put(key, m.group(2).strip());
            }
        }
        return page;
    }

    /** Paragraphs: lines between blank lines (a line of exactly two spaces is not blank). */
    private static List<List<String>> blocks(List<String> lines) {
        List<List<String>> blocks = new ArrayList<>();
        List<String> block = new ArrayList<>();
        for (String line : lines) {
            if (line.isBlank() && !line.equals("  ")) {
                if (!block.isEmpty()) {
                    blocks.add(block);
                }
                block = new ArrayList<>();
            } else {
                block.add(line);
            }
        }
        if (!block.isEmpty()) {
            blocks.add(block);
        }
        return blocks;
    }

    private void block(List<String> block) {
        String first = block.get(0).strip();
        boolean single = block.size() == 1;
        if (first.matches("={3,}") && single) {
            elements.add(new Element(Type.PAGE_BREAK, ""));
        } else if (first.startsWith("#")) {
            add(Type.SECTION, first.replaceFirst("^#+\\s*", ""), null);
        } else if (first.startsWith("=")) {
            add(Type.SYNOPSIS, first.substring(1).strip(), null);
        } else if (first.startsWith("!")) {
            add(Type.ACTION, String.join("\n", block).strip().substring(1), null);
        } else if (single && (first.startsWith(".") && !first.startsWith("..") || HEADING.matcher(first).matches())) {
            heading(first.startsWith(".") ? first.substring(1) : first);
        } else if (first.startsWith("~")) {
            add(Type.LYRIC, first.substring(1), null);
        } else if (first.startsWith(">") && first.endsWith("<")) {
            add(Type.CENTERED, first.substring(1, first.length() - 1).strip(), null);
        } else if (single && (first.startsWith(">") || capitals(first) && first.endsWith("TO:"))) {
            add(Type.TRANSITION, first.replaceFirst("^>", "").strip(), null);
        } else if (!single && (first.startsWith("@") || capitals(first))) {
            dialogue(block);
        } else {
            add(Type.ACTION, String.join("\n", block), null);
        }
    }

    private void heading(String line) {
        Matcher number = NUMBER.matcher(line);
        if (number.find()) {
            add(Type.SCENE_HEADING, line.substring(0, number.start()).strip(), number.group(1));
        } else {
            add(Type.SCENE_HEADING, line.strip(), null);
        }
    }

    private void dialogue(List<String> block) {
        String name = block.get(0).strip().replaceFirst("^@", "");
        Matcher m = EXTENSION.matcher(withoutNotes(name));
        m.matches();
        add(Type.CHARACTER, m.group(1), m.group(3));
        StringBuilder words = new StringBuilder();
        for (String line : block.subList(1, block.size())) {
            String s = line.strip();
            if (s.startsWith("(") && s.endsWith(")")) {
                flush(words);
                add(Type.PARENTHETICAL, s.substring(1, s.length() - 1), null);
            } else {
                words.append(words.isEmpty() ? "" : "\n").append(line.equals("  ") ? "" : s);
            }
        }
        flush(words);
    }

    private void flush(StringBuilder words) {
        if (!words.isEmpty()) {
            add(Type.DIALOGUE, words.toString(), null);
            words.setLength(0);
        }
    }

    /** The element without its notes, then its notes; nothing for an element that is only notes. */
    private void add(Type type, String text, String extra) {
        String without = withoutNotes(text);
        if (!without.isBlank() || type == Type.PAGE_BREAK) {
            elements.add(new Element(type, unescape(without.strip()), extra));
        }
        Matcher m = NOTE.matcher(text);
        while (m.find()) {
            elements.add(new Element(Type.NOTE, m.group(1)));
        }
    }

    private static String withoutNotes(String text) {
        return NOTE.matcher(text).replaceAll("").replaceAll("[ \\t]{2,}", " ");
    }

    /** Entirely upper case, with at least one letter. */
    private static boolean capitals(String line) {
        return line.chars().anyMatch(Character::isLetter) && line.chars().noneMatch(Character::isLowerCase);
    }

    private static String unescape(String text) {
        return text.replace("\\*", "*").replace("\\_", "_");
    }
}
