package witness.web;

/** Text as forms and files send it: surrounding blanks are not content, and all-blank is nothing. */
public final class Texts {
    private Texts() {
    }

    /** "1 shot", "3 shots": the number and the word for it. */
    public static String plural(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    /** As {@link #plural(long, String, String)}, the word taking an s for more than one. */
    public static String plural(long n, String one) {
        return plural(n, one, one + "s");
    }

    /** The text with its first letter a capital, as a sentence starts. */
    public static String capitalized(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
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
