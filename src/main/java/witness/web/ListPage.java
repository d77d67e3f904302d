package witness.web;

import jakarta.ws.rs.core.UriInfo;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Which items of a long list a page shows: "Entries 101–200 of 2,000", a hundred at a time, so that a film with
 * years of research, or a series with thousands of sources, still opens its lists at once.
 */
public record ListPage(int number, int size, long total) implements Paged {
    public static final int SIZE = 100;

    /** The page asked for, or the last one when the log is shorter than that. */
    public static ListPage of(int asked, long total) {
        int last = (int) Math.max(1, (total + SIZE - 1) / SIZE);
        return new ListPage(Math.min(asked, last), SIZE, total);
    }

    @Override
    public String label(String what) {
        return what + " " + first() + "–" + last() + " of " + total;
    }

    public long first() {
        return total == 0 ? 0 : (long) (number - 1) * size + 1;
    }

    public long last() {
        return Math.min(total, (long) number * size);
    }

    @Override
    public boolean hasNext() {
        return last() < total;
    }

    @Override
    public boolean paged() {
        return total > size;
    }

    /** This request's URL without its page number, ready for one: "?researcher=Susan&page=". */
    public static String link(UriInfo uri) {
        Map<String, String> params = new LinkedHashMap<>();
        uri.getQueryParameters().forEach((name, values) -> params.put(name, values.get(0)));
        params.remove("page");
        String query = QueryString.of(params);
        return "?" + (query.isEmpty() ? "" : query + "&") + "page=";
    }
}
