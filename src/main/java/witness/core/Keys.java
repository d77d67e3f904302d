package witness.core;

import jakarta.ws.rs.NotFoundException;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;
import witness.web.FieldErrors;

/** Keys made from titles: "Arrest, 1933" becomes arrest-1933, unique within the film. */
public final class Keys {
    /** The longest key a writer may ask for: the key columns hold 80 characters. */
    public static final int MAX_LENGTH = 80;

    private Keys() {
    }

    /** The film's item with the key; else 404, naming what was asked for: "This film has no scene 'x'." */
    public static <T> T found(Optional<T> item, String what, String key) {
        return item.orElseThrow(() -> new NotFoundException("This film has no " + what + " '" + key + "'."));
    }

    public static String fromTitle(String title, Predicate<String> taken) {
        String base = Normalizer.normalize(title == null ? "" : title, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (base.length() > 60) {
            base = base.substring(0, 60).replaceAll("-+$", "");
        }
        if (base.isEmpty()) {
            base = "untitled";
        }
        String key = base;
        for (int n = 2; taken.test(key); n++) {
            key = base + "-" + n;
        }
        return key;
    }

    /** The key a writer asked for, checked; or, when none was asked for, a generated one. */
    public static String requested(String requested, Supplier<String> generated, Predicate<String> taken, String what,
            FieldErrors errors) {
        return requested(requested, generated, taken, what, "orenburg-arrest", errors);
    }

    /** As {@link #requested(String, Supplier, Predicate, String, FieldErrors)}, its message giving this example. */
    public static String requested(String requested, Supplier<String> generated, Predicate<String> taken, String what,
            String example, FieldErrors errors) {
        if (requested == null || requested.isBlank()) {
            return generated.get();
        }
        if (!requested.matches(Film.SLUG)) {
            errors.add("key", "must be lower-case letters and digits joined by hyphens, like " + example);
        } else if (requested.length() > MAX_LENGTH) {
            errors.add("key", "must be at most " + MAX_LENGTH + " characters");
        } else if (taken.test(requested)) {
            errors.add("key", "another " + what + " of this film has the key '" + requested + "'");
        }
        return requested;
    }
}
