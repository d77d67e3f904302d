package witness.it;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** The packaged app (target/quarkus-app) run as a real process, as a user runs it. */
final class AppProcess implements AutoCloseable {
    static final Path JAR = Path.of("target/quarkus-app/quarkus-run.jar");
    /** The same app built with the postgres profile (the pom's build-for-postgres execution, before the ITs). */
    static final Path POSTGRES_JAR = Path.of("target/quarkus-app-postgres/quarkus-run.jar");
    /**
     * JVM options for every start and command of these tests: the JIT's first tier alone and one GC thread start it
     * sooner and leave the CPU to the tests that run beside them (even the 6,000-shot script's export costs a third
     * less CPU so, in the same time).
     */
    static final List<String> QUICK_START = List.of("-XX:TieredStopAtLevel=1", "-XX:ReservedCodeCacheSize=240m",
            "-XX:+UseSerialGC");

    final int port;
    final Path log;
    private final Process process;

    private final Path dataDir;
    private final ClassArchives.Use archive;
    private boolean killed;

    private AppProcess(Process process, int port, Path log, Path dataDir, ClassArchives.Use archive) {
        this.process = process;
        this.port = port;
        this.log = log;
        this.dataDir = dataDir;
        this.archive = archive;
    }

    /** Starts the app on a free port and waits until it is ready. */
    static AppProcess start(Path dataDir, Map<String, String> env) throws Exception {
        return start(dataDir, env, QUICK_START);
    }

    /** Starts the app with JVM options (such as -Xmx256m) on a free port and waits until it is ready. */
    static AppProcess start(Path dataDir, Map<String, String> env, List<String> jvmOptions) throws Exception {
        return start(JAR, dataDir, env, jvmOptions);
    }

    /** Starts one build of the app (JAR or POSTGRES_JAR) on a free port and waits until it is ready. */
    static AppProcess start(Path jar, Path dataDir, Map<String, String> env, List<String> jvmOptions)
            throws Exception {
        int port = freePort();
        Path log = Files.createTempFile(dataDir.getParent(), "app", ".log");
        ClassArchives.Use archive = ClassArchives.forStart(jar);
        List<String> options = new ArrayList<>(jvmOptions);
        options.addAll(archive.options());
        options.add("-Dquarkus.http.port=" + port);
        ProcessBuilder builder = new ProcessBuilder(command(jar, options))
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("WITNESS_DATA_DIR", dataDir.toString());
        builder.environment().remove("WITNESS_ADMIN_PASSWORD");
        builder.environment().putAll(env);
        Process process;
        try {
            process = builder.start();
        } catch (IOException | RuntimeException e) {
            archive.ended(false);
            throw e;
        }
        AppProcess app = new AppProcess(process, port, log, dataDir, archive);
        try {
            app.awaitReady();
        } catch (Exception | AssertionError e) {
            app.killed = true;
            app.close();
            throw e;
        }
        return app;
    }

    /** Runs a command (export-dossier, import-dossier, generate-film) to its end. */
    static Result command(Path dataDir, String... args) throws Exception {
        return command(dataDir, Map.of(), args);
    }

    /** Runs a command to its end with more environment (e.g. WITNESS_DOSSIER_DIR). */
    static Result command(Path dataDir, Map<String, String> env, String... args) throws Exception {
        List<String> options = new ArrayList<>(QUICK_START);
        options.addAll(ClassArchives.forCommand(JAR));
        List<String> command = command(JAR, options);
        command.addAll(List.of(args));
        Path out = Files.createTempFile(dataDir.getParent(), "command", ".log");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(out.toFile());
        builder.environment().put("WITNESS_DATA_DIR", dataDir.toString());
        builder.environment().putAll(env);
        Process process = builder.start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the command did not end: " + Files.readString(out));
        }
        return new Result(process.exitValue(), Files.readString(out));
    }

    record Result(int exitCode, String output) {
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    String logText() throws IOException {
        return Files.readString(log);
    }

    @Override
    public void close() throws Exception {
        process.destroy();
        // The start that writes the class data archive writes it as its JVM ends: a few seconds more.
        boolean stopped = process.waitFor(archive.writes() ? 90 : 30, TimeUnit.SECONDS);
        if (!stopped) {
            process.destroyForcibly().waitFor();
        }
        archive.ended(stopped && !killed);
    }

    /**
     * Kills the app as a crash or an OOM killer would: SIGKILL (what destroyForcibly sends on Linux), no shutdown
     * hook, nothing flushed. The process is the JVM itself (java -jar, no wrapper), so nothing survives it.
     */
    void kill() throws InterruptedException {
        killed = true;
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new AssertionError("the app did not die of SIGKILL");
        }
        // 128 + 9: the JVM died of SIGKILL, it did not stop on its own
        if (process.exitValue() != 137) {
            throw new AssertionError("the app ended with " + process.exitValue() + ", not by SIGKILL (137)");
        }
    }

    private void awaitReady() throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(150));
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new AssertionError("the app stopped (" + keepForDiagnosis() + "): " + logText());
            }
            try {
                HttpURLConnection c = (HttpURLConnection) URI.create(url("/q/health/ready")).toURL().openConnection();
                if (c.getResponseCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        close();
        throw new AssertionError("the app was not ready in 150 s (" + keepForDiagnosis() + "): " + logText());
    }

    /** Copies the log and H2's trace file, which the temporary folder would lose, to target/it-logs. */
    private String keepForDiagnosis() throws IOException {
        Path kept = Files.createDirectories(Path.of("target/it-logs")).resolve("app-" + port);
        Files.createDirectories(kept);
        Files.copy(log, kept.resolve("app.log"));
        if (Files.isDirectory(dataDir)) {
            try (var files = Files.list(dataDir)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".trace.db")).toList()) {
                    Files.copy(file, kept.resolve(file.getFileName()));
                }
            }
        }
        return "log kept in " + kept;
    }

    private static List<String> command(Path jar, List<String> jvmArgs) {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: these tests run after 'package' (./mvnw verify)");
        }
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmArgs);
        command.addAll(List.of("-jar", jar.toString()));
        return command;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    static String read(String url) throws IOException {
        HttpURLConnection c = (HttpURLConnection) URI.create(url).toURL().openConnection();
        try (var in = c.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
