package witness.location;

import static io.restassured.RestAssured.given;

import io.restassured.response.ValidatableResponse;
import java.util.Map;
import witness.testing.SergeFilm;

/** Helpers of the location tests. */
final class LocationTesting {
    static final String FORM = "application/x-www-form-urlencoded; charset=UTF-8";

    private LocationTesting() {
    }

    static ValidatableResponse post(String path, Map<String, ?> form) {
        return given().contentType(FORM).formParams(form).redirects().follow(false).post(path).then();
    }

    static Location stored(String slug, String key) {
        return SergeFilm.query(() -> {
            Location l = Location.<Location>find("film.slug = ?1 and key = ?2", slug, key).firstResult();
            if (l != null) {
                l.periods.size();
            }
            return l;
        });
    }

    static long count(String slug) {
        return SergeFilm.query(() -> Location.count("film.slug", slug));
    }

    /** The Mexico City location's form as stored, to change one field of. */
    static Map<String, Object> mexicoCity(long version) {
        Map<String, Object> form = new java.util.HashMap<>();
        form.put("name", "Mexico City");
        form.put("address", "");
        form.put("city", "Mexico City");
        form.put("country", "Mexico");
        form.put("latitude", "19.4326");
        form.put("longitude", "-99.1332");
        form.put("periods", "Last exile 1941–47\nDeath 17 November 1947");
        form.put("access", "Streets and interiors");
        form.put("permit", "applied");
        form.put("contact", "Mexican fixer");
        form.put("recce", "done");
        form.put("notes", "");
        form.put("version", String.valueOf(version));
        return form;
    }
}
