package witness.person;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import witness.core.Film;
import witness.security.Access;
import witness.web.Inputs;

/** The people of a film as JSON: /api/films/{slug}/people. Contact details go to producers only. */
@Path("/api/films/{slug}/people")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "People", description = "Anyone the film touches; contact details are personal data, for producers only")
public class PersonApi {
    @Inject PersonEditor editor;
    @Inject Access access;
    @Inject ObjectMapper json;

    @GET
    @Operation(summary = "The film's people by name; each with contact details when the caller is a producer")
    public List<PersonInput> list(@RestPath("slug") Film film) {
        List<Person> people = Person.ofFilm(film);
        Map<Person, PersonContact> contacts = access.personalData()
                ? PersonContact.<PersonContact>list("person.film", film).stream()
                        .collect(Collectors.toMap(c -> c.person, Function.identity()))
                : Map.of();
        return people.stream().map(p -> PersonInput.answer(p, contacts.get(p))).toList();
    }

    @GET
    @Path("{key}")
    @Operation(summary = "One person")
    @APIResponse(responseCode = "404", description = "No such film or person")
    public PersonInput get(@RestPath("slug") Film film, @RestPath String key) {
        Person person = PersonEditor.find(film, key);
        return PersonInput.answer(person, editor.contactFor(person));
    }

    @POST
    @Operation(summary = "Create a person; the key is made from the name unless given")
    @APIResponse(responseCode = "201", description = "Created; Location names the new person")
    @APIResponse(responseCode = "403", description = "Contact details were sent by someone who is not a producer")
    public Response create(@RestPath("slug") Film film, @RequestBody(content = @Content(schema = @Schema(implementation = PersonInput.class))) String body) {
        Person person = editor.create(film, read(body));
        return Response.created(URI.create("/api/films/" + film.slug + "/people/" + person.key))
                .entity(PersonInput.answer(person, editor.contactFor(person))).build();
    }

    @PUT
    @Path("{key}")
    @Operation(summary = "Replace a person's fields (and, for producers, their contact details when sent)")
    @APIResponse(responseCode = "403", description = "Contact details were sent by someone who is not a producer")
    public PersonInput update(@RestPath("slug") Film film, @RestPath String key, @RequestBody(content = @Content(schema = @Schema(implementation = PersonInput.class))) String body) {
        Person person = editor.update(film, key, read(body));
        return PersonInput.answer(person, editor.contactFor(person));
    }

    private PersonInput read(String body) {
        return Inputs.fromJson(json, body, PersonInput.class);
    }
}
