package witness.web;

/** A page of a long list, as its pager (tags/pager.html) shows it: where it is, and the pages before and after. */
public interface Paged {
    /** More than one page: the page says where it is and links to the others. */
    boolean paged();

    /** Where the page is in the list, "Entries 101–200 of 2,000": {@code what} names the list's items. */
    String label(String what);

    /** Its number, from 1. */
    int number();

    boolean hasNext();

    default boolean hasPrevious() {
        return number() > 1;
    }

    default int previous() {
        return number() - 1;
    }

    default int next() {
        return number() + 1;
    }
}
