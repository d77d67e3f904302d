package witness.backup;

import io.quarkus.runtime.configuration.MemorySize;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import witness.web.LargeUploads;

/** A backup to restore is the whole installation: the page's and the API's restore take a large body. */
@ApplicationScoped
public class RestoreUploads implements LargeUploads {
    private static final Set<String> PATHS = Set.of(BackupResource.RESTORE_PATH, BackupApi.RESTORE_PATH);

    @ConfigProperty(name = "witness.backup.max-upload-size") MemorySize maxSize;

    @Override
    public long limit(String method, String path) {
        return method.equals("POST") && PATHS.contains(path) ? maxSize.asLongValue() : 0;
    }
}
