package witness.web;

/** A query parameter that switches a page between two views by a word: ?sources=all|cited, ?followUps=all|open. */
public final class QuerySwitch {
    private QuerySwitch() {
    }

    /** True for the word {@code on}; false for {@code off}, a blank or no parameter; any other word is a 400. */
    public static boolean on(String field, String value, String off, String on) {
        if (value == null || value.isBlank() || value.equals(off)) {
            return false;
        }
        if (value.equals(on)) {
            return true;
        }
        throw new BadRequest(field, "'" + value + "' is not one of: " + off + ", " + on);
    }
}
