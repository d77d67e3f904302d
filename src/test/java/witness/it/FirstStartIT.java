package witness.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Collections;
import java.util.Map;
import java.util.Properties;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged app on a new machine: first start, restart, and the dossier command line. */
@PackagedApp
class FirstStartIT {
    static final Map<String, String> IN_THE_PROJECT = Map.of("WITNESS_DOSSIER_DIR", Path.of("").toAbsolutePath().toString());

    @TempDir
    Path work;

    @Test
    void theFirstStartLoadsTheSergeFilmOnceWhichTheCommandLineExportsAndKeepsWhatUsersEnter() throws Exception {
        Path data = work.resolve("data");
        byte[] dossier;
        String password;
        String firstCookie;
        try (AppProcess app = AppProcess.start(data, IN_THE_PROJECT)) {
            assertThat(app.logText()).contains("Imported the dossier of 'Victor Serge — the Incomparable Witness'")
                    .containsPattern("Created the producer account 'admin' with the password \\S{12,} —");
            password = AdminLogin.printedPassword(app);
            String cookie = AdminLogin.cookie(app, password);
            firstCookie = cookie;
            assertThat(Jsoup.parse(AdminLogin.read(app.url("/"), cookie)).select("h1").text())
                    .isEqualTo("Victor Serge — the Incomparable Witness");
            dossier = given().cookie(AdminLogin.COOKIE, cookie).get(app.url("/films/victor-serge/dossier.zip")).then()
                    .statusCode(200).extract().asByteArray();
            given().cookie(AdminLogin.COOKIE, cookie).contentType("application/zip").body(dossier)
                    .queryParam("slug", "serge-entered-by-a-user").post(app.url("/api/dossiers")).then().statusCode(201);
            theCommandLineExportsTheDossierAsTheRepositoryHoldsItWhileTheAppServes(data);
            listensOnTheLoopbackOnly(app.port);
            listensOnTheLoopbackOnly(h2ServerPort(data));
            theSecretsAreTheOwnersOnlyAndNeverLogged(data, app.logText());
        }
        assertThat(Files.exists(data.resolve("witness.mv.db"))).isTrue();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data.resolve("witness.mv.db"))))
                .isEqualTo("rw-------");

        try (AppProcess app = AppProcess.start(data, IN_THE_PROJECT)) {
            assertThat(app.logText()).doesNotContain("Imported the dossier").doesNotContain("Created the producer");
            assertThat(Jsoup.parse(AdminLogin.read(app.url("/"), firstCookie)).select(".signed-in .user").text())
                    .as("the session opened before the restart, with the key kept in the data folder").isEqualTo("admin");
            String cookie = AdminLogin.cookie(app, password);
            assertThat(Jsoup.parse(AdminLogin.read(app.url("/"), cookie)).select("#film-switcher option")
                    .eachAttr("value")).containsExactlyInAnyOrder("victor-serge", "serge-entered-by-a-user");
            assertThat(given().cookie(AdminLogin.COOKIE, cookie).get(app.url("/films/victor-serge/dossier.zip"))
                    .asByteArray()).isEqualTo(dossier);
        }
    }

    /** Also: the benchmark's static route (bench/src) is not in the production jar, even with its setting given. */
    @Test
    void theAdminPasswordComesFromTheEnvironmentAndIsNeverPrinted() throws Exception {
        Path saved = Files.createDirectories(work.resolve("static"));
        Files.writeString(saved.resolve("dashboard.html"), "<p>saved page</p>");
        try (AppProcess app = AppProcess.start(work.resolve("data"),
                Map.of("WITNESS_ADMIN_PASSWORD", "a-secret-from-the-environment",
                        "WITNESS_DOSSIER_DIR", work.resolve("nowhere").toString(),
                        "WITNESS_BENCHMARK_STATIC_DIR", saved.toString()))) {
            assertThat(app.logText()).contains("with the password of WITNESS_ADMIN_PASSWORD")
                    .doesNotContain("a-secret-from-the-environment")
                    .contains("No film yet and no dossier");
            String cookie = AdminLogin.cookie(app, "a-secret-from-the-environment");
            given().cookie(AdminLogin.COOKIE, cookie).get(app.url("/benchmark-static/dashboard.html")).then()
                    .statusCode(404);
        }
    }

    /** Part of the first start (a start of its own would cost a test run 10 s): the app is serving meanwhile. */
    private void theCommandLineExportsTheDossierAsTheRepositoryHoldsItWhileTheAppServes(Path data) throws Exception {
        AppProcess.Result result = AppProcess.command(data, "export-dossier", "victor-serge",
                work.resolve("out").toString());
        assertThat(result.exitCode()).as(result.output()).isZero();
        for (String file : new String[] {"research/film.yaml", "research/people.yaml",
                "research/sequences/02-orenburg.yaml", "schedules/mexico-shoot.yaml"}) {
            assertThat(work.resolve("out").resolve(file)).hasSameTextualContentAs(Path.of(file));
        }
    }

    @Test
    void theCommandLineRefusesABrokenDossierNamingFileAndLine() throws Exception {
        Path broken = work.resolve("broken");
        Files.createDirectories(broken.resolve("research"));
        Files.writeString(broken.resolve("research/film.yaml"), "slug: broken\ntitle: Broken\ntargetMinutes: -5\n");
        Files.writeString(broken.resolve("research/people.yaml"), "- key: x\n  name: X\n  role: ghost\n");

        AppProcess.Result result = AppProcess.command(work.resolve("data"), "import-dossier", broken.toString());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.output()).contains("research/film.yaml:3 targetMinutes: must be greater than 0")
                .contains("research/people.yaml:3 [0].role: 'ghost' is not one of: subject, interviewee");
    }

    @Test
    void aCommandItDoesNotKnowPrintsTheUsage() throws Exception {
        AppProcess.Result result = AppProcess.command(work.resolve("data"), "export-everything");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.output()).contains("export-dossier <film-slug> <folder>");
    }

    /** The session key and the database password made at the first start: in the data folder, never in the log. */
    private static void theSecretsAreTheOwnersOnlyAndNeverLogged(Path data, String log) throws IOException {
        for (String name : new String[] {"session.key", "database.password"}) {
            Path file = data.resolve(name);
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).as(name)
                    .isEqualTo("rw-------");
            String secret = Files.readString(file).strip();
            assertThat(secret).as(name).hasSizeGreaterThanOrEqualTo(32);
            assertThat(log).as("the log").doesNotContain(secret).doesNotContain("Encryption key");
        }
    }

    /** The port H2 serves the data folder's database on to other processes (AUTO_SERVER), from its lock file. */
    private static int h2ServerPort(Path data) throws IOException {
        Properties lock = new Properties();
        try (var in = Files.newInputStream(data.resolve("witness.lock.db"))) {
            lock.load(in);
        }
        String server = lock.getProperty("server");
        assertThat(server).as("the H2 server's address in its lock file").matches(".+:\\d+");
        return Integer.parseInt(server.substring(server.lastIndexOf(':') + 1));
    }

    /** Unless WITNESS_HOST says otherwise, no other machine reaches a new installation. */
    private static void listensOnTheLoopbackOnly(int port) throws Exception {
        for (NetworkInterface face : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            for (InetAddress address : Collections.list(face.getInetAddresses())) {
                if (address.isLoopbackAddress() || address.isLinkLocalAddress() || !face.isUp()) {
                    continue;
                }
                try (Socket socket = new Socket()) {
                    assertThatThrownBy(() -> socket.connect(new InetSocketAddress(address, port), 2000))
                            .as("Witness answers on %s", address).isInstanceOf(IOException.class);
                }
            }
        }
    }
}
