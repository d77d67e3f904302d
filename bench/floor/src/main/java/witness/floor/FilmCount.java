package witness.floor;

import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** The one page: how many films, a query through Hibernate, as Witness' first page makes. */
@Path("/")
public class FilmCount {
    @GET
    @Transactional
    public String count() {
        return "films: " + Film.count();
    }
}
