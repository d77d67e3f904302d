package witness.dossier;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

public class DossierRefusedMapper {

    /** 422 with every error: file, line, field and message. */
    @ServerExceptionMapper
    public Response refused(DossierRefused e) {
        return Response.status(422).type(MediaType.APPLICATION_JSON)
                .entity(Map.of("message", "The dossier was refused; nothing was imported.", "errors", e.errors))
                .build();
    }
}
