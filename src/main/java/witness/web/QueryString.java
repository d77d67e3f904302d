package witness.web;

import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** The query of a page's URL, read and written. */
public final class QueryString {
    private QueryString() {
    }

    /** The parameters of a URL (first value of each); empty for none or a URL that cannot be read. */
    public static Map<String, String> parse(String url) {
        Map<String, String> params = new LinkedHashMap<>();
        if (url == null) {
            return params;
        }
        try {
            String query = URI.create(url).getRawQuery();
            if (query != null) {
                for (String pair : query.split("&")) {
                    int eq = pair.indexOf('=');
                    String name = decode(eq < 0 ? pair : pair.substring(0, eq));
                    params.putIfAbsent(name, eq < 0 ? "" : decode(pair.substring(eq + 1)));
                }
            }
        } catch (IllegalArgumentException e) {
            // A page URL we cannot read: show the whole list rather than fail the write that was saved.
        }
        return params;
    }

    /** name=value&… for the parameters that have a value. */
    public static String of(Map<String, String> params) {
        StringBuilder query = new StringBuilder();
        params.forEach((name, value) -> {
            if (value != null && !value.isEmpty()) {
                query.append(query.isEmpty() ? "" : "&").append(encode(name)).append('=').append(encode(value));
            }
        });
        return query.toString();
    }

    /** The longest search a URL's {@code q} may ask for: every word is a condition on every row searched. */
    public static final int MAX_WORDS = 200;

    /** The words a URL's {@code q} asks for, trimmed; null for none; longer than {@link #MAX_WORDS} is refused. */
    public static String words(String q) {
        if (q == null || q.isBlank()) {
            return null;
        }
        if (q.length() > MAX_WORDS) {
            throw new BadRequest("q", "a search is at most " + MAX_WORDS + " characters");
        }
        return q.strip();
    }

    /** The page number a URL's {@code page} asks for: none is the first; anything but a whole number from 1 is refused. */
    public static int pageNumber(String asked) {
        if (asked == null || asked.isBlank()) {
            return 1;
        }
        if (!asked.strip().matches("\\d{1,6}") || Integer.parseInt(asked.strip()) < 1) {
            throw new BadRequest("page", "'" + asked + "' is not a page number: 1, 2, 3…");
        }
        return Integer.parseInt(asked.strip());
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
