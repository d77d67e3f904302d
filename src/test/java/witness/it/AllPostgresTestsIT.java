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
import witness.testing.TestGroupMain;

/**
 * The "postgres" group (every test marked {@code @RequiresPostgres}) in a JVM of its own, beside the H2 tests of
 * this one: Quarkus runs one app per JVM, so the app on PostgreSQL and the app on H2 can only be tested at the same
 * time in two JVMs, and on two cores that is what brings the whole run under ten minutes (docs/testing.md). The
 * full run leaves the group out of this JVM; naming a PostgreSQL test with -Dtest runs it here as usual.
 */
@Tag("postgres-jvm")
@Execution(ExecutionMode.CONCURRENT)
class AllPostgresTestsIT {
    static final Path REPORTS = Path.of("target", "surefire-reports", "postgres-jvm");
    static final Path LOG = Path.of("target", "postgres-tests.log");

    @Test
    void theGroupPassesInItsOwnJvm() throws Exception {
        Files.createDirectories(REPORTS);
        Process tests = new ProcessBuilder(command()).redirectErrorStream(true).redirectOutput(LOG.toFile()).start();
        if (!tests.waitFor(20, TimeUnit.MINUTES)) {
            tests.destroyForcibly();
            throw new AssertionError("the PostgreSQL tests did not end in 20 minutes: see " + LOG);
        }
        String output = Files.readString(LOG);
        String summary = output.substring(Math.max(0, output.lastIndexOf("Test run finished")));
        System.out.println("PostgreSQL tests (their own JVM; output in " + LOG + ", reports in " + REPORTS + "):\n"
                + summary);
        assertThat(tests.exitValue()).as("the PostgreSQL tests failed:\n" + summary).isZero();
    }

    /** The same Java, options, class path and system properties (pom.xml's systemPropertyVariables) as this JVM. */
    private static List<String> command() {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        String options = System.getProperty("witness.test.jvm", "").strip();
        if (!options.isEmpty()) {
            command.addAll(List.of(options.split("\\s+")));
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path")));
        for (String property : List.of("java.util.logging.manager", "maven.home", "jazzer.hooks")) {
            if (System.getProperty(property) != null) {
                command.add("-D" + property + "=" + System.getProperty(property));
            }
        }
        command.addAll(List.of(TestGroupMain.class.getName(), "postgres", REPORTS.toString()));
        return command;
    }
}
