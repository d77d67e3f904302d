package witness.web;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * An option of a select, ready to draw: a select of hundreds of a film's items reads only its options, because a
 * name from outside a loop costs Qute a search through every enclosing level, for each option.
 */
public record Option(String value, String label, boolean selected) {

    public static <T> List<Option> of(List<T> items, Function<T, String> value, Function<T, String> label,
            Predicate<T> selected) {
        List<Option> options = new ArrayList<>(items.size());
        for (T item : items) {
            options.add(new Option(value.apply(item), label.apply(item), selected.test(item)));
        }
        return options;
    }
}
