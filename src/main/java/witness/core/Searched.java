package witness.core;

/** An item the site search finds: its searched texts, folded ({@link SearchText}), kept in its search_text column. */
public interface Searched {
    /** What its search_text column should hold now. */
    String foldedText();
}
