package witness.location;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jboss.resteasy.reactive.RestQuery;
import witness.core.Film;
import witness.web.Labelled;

/**
 * The locations list's filters as its URL gives them, for the page and the API alike ({@code ?permit=needed}): a
 * status by its code, nothing for any; an unknown code is a 400 naming its field. It also offers each status's
 * choices, to the filter's selects and the location form's.
 */
public class LocationFilter {
    @RestQuery @Schema(description = "not-needed, needed, applied, granted, refused") public String permit;
    @RestQuery @Schema(description = "not-done, planned, done") public String recce;

    public boolean any() {
        return permitStatus() != null || recceStatus() != null;
    }

    public List<PermitStatus> permits() {
        return List.of(PermitStatus.values());
    }

    public List<RecceStatus> recces() {
        return List.of(RecceStatus.values());
    }

    PermitStatus permitStatus() {
        return Labelled.parse(PermitStatus.class, "permit", permit);
    }

    RecceStatus recceStatus() {
        return Labelled.parse(RecceStatus.class, "recce", recce);
    }

    /** The film's locations these filters keep, by name. */
    List<Location> apply(Film film) {
        StringBuilder query = new StringBuilder("film = :film");
        Map<String, Object> params = new HashMap<>();
        params.put("film", film);
        if (permitStatus() != null) {
            query.append(" and permit = :permit");
            params.put("permit", permitStatus());
        }
        if (recceStatus() != null) {
            query.append(" and recce = :recce");
            params.put("recce", recceStatus());
        }
        return Location.list(query + " order by name, key", params);
    }
}
