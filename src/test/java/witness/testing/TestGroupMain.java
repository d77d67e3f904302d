package witness.testing;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectPackage;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.platform.engine.discovery.ClassNameFilter;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.TagFilter;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;
import org.junit.platform.reporting.legacy.xml.LegacyXmlReportGeneratingListener;

/**
 * Runs some of Witness' tests (a JUnit tag expression and a pattern of class names) in this JVM, as Surefire would:
 * the second JVM of the test run, started by {@code AppsOfTheirOwnIT} beside Surefire's (docs/testing.md). Writes the
 * XML reports to a folder and the summary, with each failure, to standard output; exits 0 only when tests ran
 * and none failed.
 */
public final class TestGroupMain {
    private TestGroupMain() {
    }

    /**
     * Arguments: the tag expression (e.g. {@code postgres | own-installation}), the folder for the XML reports, and a
     * regular expression of the test classes' names (e.g. {@code witness\.film\..*}).
     */
    public static void main(String[] args) {
        if (args.length != 3) {
            System.err.println("usage: TestGroupMain <tag expression> <reports folder> <class name pattern>");
            System.exit(2);
        }
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                .selectors(selectPackage("witness"))
                .filters(TagFilter.includeTags(args[0]), ClassNameFilter.includeClassNamePatterns(args[2]))
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
