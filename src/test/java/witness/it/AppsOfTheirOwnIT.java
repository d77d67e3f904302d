package witness.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import witness.testing.OwnInstallation;
import witness.testing.TestGroupMain;

/**
 * Tests in an app of their own, in a second JVM beside this one: Quarkus runs one app per JVM, so two apps can only
 * be tested at the same time in two JVMs, which keeps both cores of a small machine busy (docs/testing.md). Which
 * tests is pom.xml's to say (witness.second-jvm.tags and .classes): in the full run, every app but the shared H2
 * one — the "postgres" group (every test marked {@code @RequiresPostgres}) and the "own-installation" group
 * ({@link OwnInstallation}); in the quick run, the H2 tests of some packages, in an H2 app of their own. Surefire's
 * JVM leaves them out; naming one of them with -Dtest runs it there as usual. The longest task of the run's second
 * thread, this class is named to come first among the packaged-app classes (JUnit takes them in the order of their
 * names), so that the first thread, when done, can take the packaged-app classes still waiting.
 */
@Tag("second-jvm")
@Execution(ExecutionMode.CONCURRENT)
class AppsOfTheirOwnIT {
    static final String TAGS = System.getProperty("witness.second-jvm.tags", "postgres | own-installation");
    static final String CLASSES = System.getProperty("witness.second-jvm.classes", "witness\\..*");
    static final Path REPORTS = Path.of("target", "surefire-reports", "second-jvm");
    static final Path LOG = Path.of("target", "second-jvm-tests.log");

    @Test
    void theirTestsPassInASecondJvm() throws Exception {
        Files.createDirectories(REPORTS);
        Process tests = new ProcessBuilder(command()).redirectErrorStream(true).redirectOutput(LOG.toFile()).start();
        if (!tests.waitFor(20, TimeUnit.MINUTES)) {
            tests.destroyForcibly();
            throw new AssertionError("the tests of the second JVM did not end in 20 minutes: see " + LOG);
        }
        String output = Files.readString(LOG);
        String summary = output.substring(Math.max(0, output.lastIndexOf("Test run finished")));
        System.out.println("Tests of " + TAGS + " in " + CLASSES + " (a second JVM; output in " + LOG + ", reports in "
                + REPORTS + "):\n" + summary);
        assertThat(tests.exitValue()).as("tests of the second JVM failed:\n" + summary).isZero();
    }

    /**
     * The same Java, class path and system properties (pom.xml's systemPropertyVariables) as this JVM, and the
     * options of pom.xml's witness.test.second-jvm.
     */
    private static List<String> command() {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        String options = System.getProperty("witness.test.second-jvm", "").strip();
        if (!options.isEmpty()) {
            command.addAll(List.of(options.split("\\s+")));
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path")));
        for (String property : List.of("java.util.logging.manager", "maven.home", "jazzer.hooks")) {
            if (System.getProperty(property) != null) {
                command.add("-D" + property + "=" + System.getProperty(property));
            }
        }
        command.addAll(List.of(TestGroupMain.class.getName(), TAGS, REPORTS.toString(), CLASSES));
        return command;
    }
}
