package witness.testing;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import java.net.URL;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Several Chromiums side by side, for a test that checks many pages the same way (every page passes axe, every
 * main page makes a screenshot): each page is reported on its own, and the pages are shared out between two
 * browsers (on two cores this gains a little: a browser's work is mostly CPU, see docs/testing.md).
 *
 * <p>Playwright objects belong to the thread that made them: each of the pool's two threads, kept for the whole
 * test run, has its own Chromium, and in it one page per kind of visit (width, policy, session), which goes from
 * one visit to the next as a person goes from page to page. A browser context costs Chromium more than a page
 * load, so a page is closed only when a visit ends in an error, which could have left it in any state.
 */
public final class BrowserPool {
    private static final int WORKERS = 2;
    private static final ExecutorService THREADS = Executors.newFixedThreadPool(WORKERS, task -> {
        Thread thread = new Thread(task, "browser-pool");
        thread.setDaemon(true);
        return thread;
    });
    private static final ThreadLocal<Worker> WORKER = ThreadLocal.withInitial(Worker::new);

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
     * Opens each visit in a page of its kind and runs the check on it with the answer to the navigation. Every
     * visit is checked, whatever the others do; the failures are returned, one line each, in the order of the
     * visits.
     */
    public static List<String> check(URL base, List<Visit> visits, Check check) {
        ConcurrentLinkedQueue<Integer> queue = new ConcurrentLinkedQueue<>();
        for (int i = 0; i < visits.size(); i++) {
            queue.add(i);
        }
        String[] failures = new String[visits.size()];
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int w = 0; w < WORKERS; w++) {
                running.add(THREADS.submit(() -> WORKER.get().work(base, visits, queue, failures, check)));
            }
            for (Future<?> worker : running) {
                worker.get();
            }
        } catch (Exception e) {
            throw new IllegalStateException("a browser of the pool failed", e);
        }
        List<String> found = new ArrayList<>();
        for (String failure : failures) {
            if (failure != null) {
                found.add(failure);
            }
        }
        return found;
    }

    /** One thread's Chromium (stopped when the JVM ends) and its pages, one per kind of visit. */
    private static final class Worker {
        private final Browser browser = new Browser();
        private final Map<String, Page> pages = new HashMap<>();

        Worker() {
            Runtime.getRuntime().addShutdownHook(new Thread(browser::close, "browser-pool-stop"));
        }

        void work(URL base, List<Visit> visits, ConcurrentLinkedQueue<Integer> queue, String[] failures,
                Check check) {
            for (Integer i; (i = queue.poll()) != null;) {
                Visit visit = visits.get(i);
                String kind = visit.width() + "/" + visit.bypassCsp() + "/" + visit.cookie();
                Page page = pages.computeIfAbsent(kind,
                        k -> browser.context(visit.width(), visit.bypassCsp(), true).newPage());
                try {
                    Browser.logIn(page, base, visit.cookie());
                    check.accept(visit, page, page.navigate(base + visit.path()));
                } catch (AssertionError e) {
                    failures[i] = failure(visit, e);
                } catch (RuntimeException e) {
                    failures[i] = failure(visit, e);
                    pages.remove(kind);
                    page.context().close();
                }
            }
        }

        private static String failure(Visit visit, Throwable e) {
            return "/" + visit.path() + " at " + visit.width().code() + " width: " + e.getMessage();
        }
    }
}
