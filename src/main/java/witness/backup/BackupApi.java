package witness.backup;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import witness.web.BodyLimit;

/** Backups for scripts: download one, or restore one into an empty installation (the zip as the request body). */
@Path("/api/backups")
@RolesAllowed("producer")
public class BackupApi {
    @Inject BodyLimit bodyLimit;
    public static final String RESTORE_PATH = "/api/backups";

    @Inject Backups backups;

    @GET
    @Path("witness-backup.zip")
    @Produces(BackupDownload.ZIP)
    public Response download() {
        return BackupDownload.of(backups);
    }

    /** 200 with what came back; 400, 409 or 422 with {"message": …} when refused, nothing changed. */
    @POST
    @Consumes({ BackupDownload.ZIP, MediaType.APPLICATION_OCTET_STREAM })
    @Produces(MediaType.APPLICATION_JSON)
    public Response restore(InputStream zip) throws IOException {
        java.nio.file.Path file = Files.createTempFile("witness-restore-", ".zip");
        try {
            Files.copy(bodyLimit.bounded(zip), file, StandardCopyOption.REPLACE_EXISTING);
            return Response.ok(backups.restore(file)).build();
        } catch (BackupRefused e) {
            return Response.status(e.status).entity(Map.of("message", e.getMessage(), "errors", Map.of())).build();
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
