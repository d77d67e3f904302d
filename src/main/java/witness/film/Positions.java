package witness.film;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ObjIntConsumer;

/** Keeps the 1-based places of an ordered set of siblings contiguous: moving one renumbers the rest. */
final class Positions {
    private Positions() {
    }

    /** Puts the item at the 1-based position (null or past the end: last) and renumbers all. */
    static <T> void place(List<T> siblings, T item, Integer position, ObjIntConsumer<T> setPosition) {
        List<T> order = new ArrayList<>(siblings);
        order.remove(item);
        int index = position == null ? order.size() : Math.max(0, Math.min(position - 1, order.size()));
        order.add(index, item);
        renumber(order, setPosition);
    }

    /** Closes the gap an item leaves. */
    static <T> void remove(List<T> siblings, T item, ObjIntConsumer<T> setPosition) {
        List<T> order = new ArrayList<>(siblings);
        order.remove(item);
        renumber(order, setPosition);
    }

    private static <T> void renumber(List<T> order, ObjIntConsumer<T> setPosition) {
        for (int i = 0; i < order.size(); i++) {
            setPosition.accept(order.get(i), i + 1);
        }
    }
}
