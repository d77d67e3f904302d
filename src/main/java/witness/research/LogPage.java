package witness.research;

/**
 * Which entries of a long research log a page shows: "Entries 101–200 of 2,000", a hundred at a time, so that a
 * film with years of research still opens its log at once.
 */
public record LogPage(int number, int size, long total) {
    public static final int SIZE = 100;

    /** The page asked for, or the last one when the log is shorter than that. */
    public static LogPage of(int asked, long total) {
        int last = (int) Math.max(1, (total + SIZE - 1) / SIZE);
        return new LogPage(Math.min(asked, last), SIZE, total);
    }

    public long first() {
        return total == 0 ? 0 : (long) (number - 1) * size + 1;
    }

    public long last() {
        return Math.min(total, (long) number * size);
    }

    public boolean hasPrevious() {
        return number > 1;
    }

    public boolean hasNext() {
        return last() < total;
    }

    public int previous() {
        return number - 1;
    }

    public int next() {
        return number + 1;
    }

    /** More than one page: the page shows where it is and links to the others. */
    public boolean paged() {
        return total > size;
    }
}
