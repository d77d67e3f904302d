package witness.web;

import java.util.function.UnaryOperator;

/**
 * An input that copies its own fields onto its item: from a form with each text stripped (blank is none), from a
 * dossier file as written (a last line break kept, so that the file is written back byte for byte).
 */
public interface CopiedInput<I> {
    /** Copies the input's own fields onto the item, each text through this. */
    void copyTo(I item, UnaryOperator<String> text);

    default void applyTo(I item) {
        copyTo(item, Texts::blankToNull);
    }

    default void applyFiledTo(I item) {
        copyTo(item, UnaryOperator.identity());
    }
}
