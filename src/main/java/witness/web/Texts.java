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
}
