package witness.backup;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import witness.web.LargeUploads;

/** A backup to restore is the whole installation: the page's and the API's restore take a large body. */
@ApplicationScoped
public class RestoreUploads implements LargeUploads {
    @Override
    public Set<String> paths() {
        return Set.of(BackupResource.RESTORE_PATH, BackupApi.RESTORE_PATH);
    }
}
