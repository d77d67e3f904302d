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

    @Override
    public boolean takes(String method, String path) {
        return method.equals("POST") && PAGE.matcher(path).matches()
                || method.equals("PUT") && API.matcher(path).matches();
    }

    @Override
    public long maxBytes() {
        return store.maxBytes() + ENVELOPE;
    }
}
