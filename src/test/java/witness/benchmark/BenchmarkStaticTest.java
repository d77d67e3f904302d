package witness.benchmark;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Tag;
import witness.testing.As;
import witness.testing.OwnInstallation;

/** With witness.benchmark.static-dir set, its files are served under /benchmark-static/, to producers only. */
@Tag("slow")
@Tag("own-installation")
@QuarkusTest
@TestProfile(OwnInstallation.class)
class BenchmarkStaticTest {
    static final Path FOLDER = Path.of(OwnInstallation.BENCHMARK_STATIC);

    @Test
    void theFolderIsServedAsItIsWithTheSecurityHeaders() throws IOException {
        Files.createDirectories(FOLDER);
        String html = "<!DOCTYPE html><title>Дашборд</title><p>saved page</p>";
        Files.writeString(FOLDER.resolve("dashboard.html"), html, StandardCharsets.UTF_8);

        var answer = given().get("/benchmark-static/dashboard.html");

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.contentType()).startsWith("text/html");
        assertThat(answer.asByteArray()).isEqualTo(html.getBytes(StandardCharsets.UTF_8));
        assertThat(answer.header("Content-Security-Policy")).startsWith("default-src 'self'");
        given().get("/benchmark-static/no-such-page.html").then().statusCode(404);
        given().get("/benchmark-static/../pom.xml").then().statusCode(404);
    }

    @Test
    void onlyProducersGetThem() throws IOException {
        Files.createDirectories(FOLDER);
        Files.writeString(FOLDER.resolve("search.html"), "<p>saved</p>");

        given(As.viewer()).get("/benchmark-static/search.html").then().statusCode(403)
                .body(containsString("producer"));
        given(As.director()).get("/benchmark-static/search.html").then().statusCode(403);
        given(As.anonymous()).redirects().follow(false).get("/benchmark-static/search.html").then().statusCode(302);
    }
}
