package witness.benchmark;

import static io.restassured.RestAssured.given;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Tag;

/** Without witness.benchmark.static-dir, as in every installation, nothing answers under /benchmark-static/. */
@Tag("slow")
@QuarkusTest
class BenchmarkStaticOffTest {

    @Test
    void theRouteIsOffByDefault() {
        given().get("/benchmark-static/pom.xml").then().statusCode(404);
        given().get("/benchmark-static/").then().statusCode(404);
    }
}
