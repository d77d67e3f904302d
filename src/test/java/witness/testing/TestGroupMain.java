package witness.testing;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectPackage;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.TagFilter;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;
import org.junit.platform.reporting.legacy.xml.LegacyXmlReportGeneratingListener;

/**
 * Runs some groups of Witness' tests (a JUnit tag expression) in this JVM, as Surefire would: the second JVM of
 * the test run, started by {@code AppsOfTheirOwnIT} beside the H2 tests (docs/testing.md). Writes the
 * XML reports to a folder and the summary, with each failure, to standard output; exits 0 only when tests ran
 * and none failed.
 */
public final class TestGroupMain {
    private TestGroupMain() {
    }

    /** Arguments: the tag expression (e.g. {@code postgres | own-installation}), the folder for the XML reports. */
    public static void main(String[] args) {
        if (args.length != 2) {
            System.err.println("usage: TestGroupMain <tag expression> <reports folder>");
            System.exit(2);
        }
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                .selectors(selectPackage("witness"))
                .filters(TagFilter.includeTags(args[0]))
                .build();
        SummaryGeneratingListener summary = new SummaryGeneratingListener();
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        try (LauncherSession session = LauncherFactory.openSession()) {
            session.getLauncher().execute(request, summary, new LegacyXmlReportGeneratingListener(Path.of(args[1]), out));
        }
        TestExecutionSummary result = summary.getSummary();
        result.printTo(out);
        result.printFailuresTo(out, 25);
        out.flush();
        boolean passed = result.getTestsFoundCount() > 0 && result.getTotalFailureCount() == 0;
        // Quarkus and Chromium leave non-daemon threads behind: end the JVM here, with the verdict.
        System.exit(passed ? 0 : 1);
    }
}
