package witness.interview;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import java.util.Map;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import witness.testing.FilmCopies;
import witness.testing.Pages;

/** The board and the dashboard's interview warnings ask the database the same few questions however many interviews. */
@QuarkusTest
class InterviewStatementsTest {
    @Inject
    EntityManagerFactory entityManagerFactory;

    @Test
    void theBoardAndTheDashboardDoNotQueryOncePerInterview() {
        String slug = FilmCopies.ofSerge("interviews");
        long board = statements("/films/" + slug + "/interviews");
        long dashboard = statements("/?film=" + slug);
        long page = statements("/films/" + slug + "/interviews/vlady");

        for (int i = 1; i <= 20; i++) {
            given().contentType(ContentType.JSON).body(Map.of("person", i % 2 == 0 ? "vlady" : "", "label",
                    "Witness " + i, "status", i % 3 == 0 ? "filmed" : "scheduled"))
                    .post("/api/films/{slug}/interviews", slug).then().statusCode(201);
        }

        assertThat(Pages.get("/films/" + slug + "/interviews").select("article.card")).hasSize(26);
        assertThat(Pages.get("/?film=" + slug).select("#interview-warnings li")).hasSize(20);
        assertThat(statements("/films/" + slug + "/interviews")).isEqualTo(board);
        assertThat(statements("/?film=" + slug)).isEqualTo(dashboard);
        assertThat(statements("/films/" + slug + "/interviews/vlady")).isEqualTo(page);
    }

    private long statements(String path) {
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();
        Pages.rendered(path);
        return statistics.getPrepareStatementCount();
    }
}
