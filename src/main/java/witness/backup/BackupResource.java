package witness.backup;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.runtime.configuration.MemorySize;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** The producer's backups page: download a backup of the whole installation, restore one into an empty installation. */
@Path("/backups")
@RolesAllowed("producer")
public class BackupResource {
    public static final String RESTORE_PATH = "/backups/restore";

    /** What the page shows: this installation's films (a restore needs none), its schema version, the upload limit. */
    public record Page(List<String> films, String schemaVersion, String maxUpload, String error) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance backups(Page page);

        static native TemplateInstance restored(RestoredBackup restored);
    }

    @Inject Backups backups;
    @ConfigProperty(name = "witness.backup.max-upload-size") MemorySize maxUpload;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance page() {
        return Templates.backups(page(null));
    }

    @GET
    @Path("witness-backup.zip")
    @Produces(BackupDownload.ZIP)
    public Response download() {
        return BackupDownload.of(backups);
    }

    /** 200 with what came back; the page again with the reason (400, 409, 422) when refused, nothing changed. */
    @POST
    @Path("restore")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.TEXT_HTML)
    public Response restore(@RestForm("backup") FileUpload backup) {
        if (backup == null || backup.size() == 0) {
            return Response.status(422).entity(Templates.backups(page("Choose the backup zip to restore."))).build();
        }
        try {
            return Response.ok(Templates.restored(backups.restore(backup.uploadedFile()))).build();
        } catch (BackupRefused e) {
            return Response.status(e.status).entity(Templates.backups(page(e.getMessage()))).build();
        }
    }

    private Page page(String error) {
        return new Page(backups.films(), backups.schemaVersion(), megabytes(maxUpload), error);
    }

    static String megabytes(MemorySize size) {
        long mb = size.asLongValue() / (1024 * 1024);
        return mb >= 1024 && mb % 1024 == 0 ? mb / 1024 + " GB" : mb + " MB";
    }
}
