package witness.location;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import witness.core.Film;
import witness.web.Inputs;

/** The locations of a film as JSON: /api/films/{slug}/locations. */
@Path("/api/films/{slug}/locations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Locations", description = "Places to film, or that the film depicts")
public class LocationApi {
    @Inject LocationEditor editor;
    @Inject ObjectMapper json;

    @GET
    @Operation(summary = "The film's locations by name, optionally filtered by their statuses")
    @APIResponse(responseCode = "400", description = "An unknown status")
    public List<LocationInput> list(@RestPath("slug") Film film, @BeanParam LocationFilter filter) {
        return filter.apply(film).stream().map(LocationInput::answer).toList();
    }

    @GET
    @Path("{key}")
    @Operation(summary = "One location")
    @APIResponse(responseCode = "404", description = "No such film or location")
    public LocationInput get(@RestPath("slug") Film film, @RestPath String key) {
        return LocationInput.answer(LocationEditor.find(film, key));
    }

    @POST
    @Operation(summary = "Create a location; the key is made from the name unless given")
    @APIResponse(responseCode = "201", description = "Created; Location names the new location")
    public Response create(@RestPath("slug") Film film, @RequestBody(content = @Content(schema = @Schema(implementation = LocationInput.class))) String body) {
        Location location = editor.create(film, read(body));
        return Response.created(URI.create("/api/films/" + film.slug + "/locations/" + location.key))
                .entity(LocationInput.answer(location)).build();
    }

    @PUT
    @Path("{key}")
    @Operation(summary = "Replace a location's fields; null periods and statuses keep the stored ones")
    public LocationInput update(@RestPath("slug") Film film, @RestPath String key,
            @RequestBody(content = @Content(schema = @Schema(implementation = LocationInput.class))) String body) {
        return LocationInput.answer(editor.update(film, key, read(body)));
    }

    @DELETE
    @Path("{key}")
    @Operation(summary = "Delete a location and its photos; its shots, shoot days and interviews are kept without it")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Response delete(@RestPath("slug") Film film, @RestPath String key, @RestQuery Long version) {
        editor.delete(film, key, version);
        return Response.noContent().build();
    }

    private LocationInput read(String body) {
        return Inputs.fromJson(json, body, LocationInput.class);
    }
}
