package witness.film;

import java.text.Normalizer;
import java.util.Locale;
import java.util.function.Predicate;

/** Keys made from titles: "Arrest, 1933" becomes arrest-1933, unique within the film. */
public final class Keys {
    private Keys() {
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
}
