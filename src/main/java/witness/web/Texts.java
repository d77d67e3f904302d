package witness.web;

/** Text as forms and files send it: surrounding blanks are not content, and all-blank is nothing. */
public final class Texts {
    private Texts() {
    }

    public static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** The text on one line, stripped: a line break inside it (and the spaces around it) is one space. */
    public static String oneLine(String text) {
        return text.strip().replaceAll("\\s*\\R\\s*", " ");
    }

    /**
     * An uploaded file's name as kept: without the folders a browser may send, control characters and quotes, and
     * at most {@code length} characters from its end (where the extension says what it is); blank when none.
     */
    public static String uploadedName(String name, int length) {
        String base = name == null ? "" : name.replaceAll(".*[/\\\\]", "").replaceAll("[\\p{Cntrl}\"]", "").strip();
        return lastOf(base, length);
    }

    /** The last {@code length} characters of the text, or all of it. */
    public static String lastOf(String text, int length) {
        return text.length() > length ? text.substring(text.length() - length) : text;
    }
}
