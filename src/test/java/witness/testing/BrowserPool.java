package witness.testing;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Several Chromiums side by side, for a test that checks many pages the same way (every page passes axe, every
 * main page makes a screenshot): each page is reported on its own, and the pages are shared out between two
 * browsers (on two cores this gains a little: a browser's work is mostly CPU, see docs/testing.md). Playwright
 * objects belong to the thread that made them: each worker has its own Chromium.
 */
public final class BrowserPool {
    private static final int WORKERS = 2;

    private BrowserPool() {
    }

    /** A page to open: its path (without the leading slash), the width, the session cookie (null: logged out). */
    public record Visit(String path, Browser.Width width, String cookie, boolean bypassCsp) {
        public static Visit of(String path, String cookie) {
            return new Visit(path, Browser.Width.DESKTOP, cookie, false);
        }

        public Visit bypassingCsp() {
            return new Visit(path, width, cookie, true);
        }

        public Visit at(Browser.Width other) {
            return new Visit(path, other, cookie, bypassCsp);
        }
    }

    /** What is checked on each page: the visit, the page opened for it and the answer to its navigation. */
    @FunctionalInterface
    public interface Check {
        void accept(Visit visit, Page page, Response answer);
    }

    /**
     * Opens each visit in a new page and runs the check on it with the answer to the navigation. Every visit is
     * checked, whatever the others do; the failures are returned, one line each, in the order of the visits.
     */
    public static List<String> check(URL base, List<Visit> visits, Check check) {
        ConcurrentLinkedQueue<Integer> queue = new ConcurrentLinkedQueue<>();
        for (int i = 0; i < visits.size(); i++) {
            queue.add(i);
        }
        String[] failures = new String[visits.size()];
        ExecutorService workers = Executors.newFixedThreadPool(WORKERS);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int w = 0; w < WORKERS; w++) {
                running.add(workers.submit(() -> work(base, visits, queue, failures, check)));
            }
            for (Future<?> worker : running) {
                worker.get();
            }
        } catch (Exception e) {
            throw new IllegalStateException("a browser of the pool failed", e);
        } finally {
            workers.shutdownNow();
        }
        List<String> found = new ArrayList<>();
        for (String failure : failures) {
            if (failure != null) {
                found.add(failure);
            }
        }
        return found;
    }

    private static void work(URL base, List<Visit> visits, ConcurrentLinkedQueue<Integer> queue, String[] failures,
            Check check) {
        try (Browser browser = new Browser()) {
            for (Integer i; (i = queue.poll()) != null;) {
                Visit visit = visits.get(i);
                Page page = visit.bypassCsp() ? browser.pageBypassingCsp() : browser.page(visit.width());
                try {
                    Browser.logIn(page, base, visit.cookie());
                    check.accept(visit, page, page.navigate(base + visit.path()));
                } catch (AssertionError | RuntimeException e) {
                    failures[i] = "/" + visit.path() + " at " + visit.width().code() + " width: " + e.getMessage();
                } finally {
                    page.context().close();
                }
            }
        }
    }
}
