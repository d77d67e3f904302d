package witness.interview;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.regex.Pattern;
import witness.web.LargeUploads;

/** A clip's proxy is larger than other uploads: up to witness.proxies.max-size, and a form's envelope around it. */
@ApplicationScoped
public class ProxyUploads implements LargeUploads {
    static final long ENVELOPE = 1024 * 1024;
    private static final Pattern PAGE = Pattern.compile("/films/[^/]+/interviews/[^/]+/clips/[^/]+/proxy");
    private static final Pattern API = Pattern.compile("/api" + PAGE.pattern());

    @Inject ProxyStore store;

    /** The page's form: the file in a multipart envelope; the API: the file alone, as the body. */
    @Override
    public long limit(String method, String path) {
        if (method.equals("POST") && PAGE.matcher(path).matches()) {
            return store.maxBytes() + ENVELOPE;
        }
        return method.equals("PUT") && API.matcher(path).matches() ? store.maxBytes() : 0;
    }
}
