package witness.schedule;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import java.util.Map;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import witness.testing.FilmCopies;
import witness.testing.Pages;

/** A schedule page asks the database the same few questions however many days and strips it shows. */
@QuarkusTest
class ScheduleStatementsTest {
    @Inject
    EntityManagerFactory entityManagerFactory;

    @Test
    void theSchedulePagesIssueAsManyStatementsWithManyDaysAsWithNone() {
        String slug = FilmCopies.ofSerge("sched-statements");
        given().contentType("application/x-www-form-urlencoded").formParam("name", "Empty")
                .formParam("key", "empty").formParam("dayLimitMinutes", "120").formParam("minutesPerShot", "30")
                .formParam("minutesPerInterview", "120").formParam("maxTravelKm", "500")
                .post("/films/{slug}/schedules", slug);
        long emptyPage = statements("/films/" + slug + "/schedules/empty");
        // Forty-eight location shots on no schedule: a suggestion of a dozen days (four a day)
        String scene = given().get("/api/films/{slug}/scenes", slug).jsonPath().getString("[0].key");
        for (int i = 1; i <= 48; i++) {
            given().contentType("application/json").body(Map.of("scene", scene, "kind", "location",
                    "location", "orenburg", "description", "Street " + i)).post("/api/films/{slug}/shots", slug)
                    .then().statusCode(201);
        }
        long listBefore = statements("/films/" + slug + "/schedules");

        Document preview = Pages.get("/films/{slug}/schedules/empty/suggestion?start=1991-01-01", slug);
        var confirm = given().contentType("application/x-www-form-urlencoded").formParam("start", "1991-01-01");
        preview.select("form input[name=shot]").forEach(i -> confirm.formParam("shot", i.val()));
        confirm.redirects().follow(false).post("/films/{slug}/schedules/empty/suggestion", slug).then().statusCode(303);
        assertThat(Pages.get("/films/{slug}/schedules/empty", slug).select("article.day-card").size())
                .isGreaterThan(10);

        // days with interviews and calls: two fetching queries that a schedule without days does not need
        assertThat(statements("/films/" + slug + "/schedules/empty")).isBetween(1L, emptyPage + 2);
        assertThat(statements("/films/" + slug + "/schedules/mexico-shoot")).isEqualTo(
                statements("/films/" + slug + "/schedules/empty"));
        assertThat(statements("/films/" + slug + "/schedules")).isEqualTo(listBefore);
    }

    private long statements(String path) {
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();
        Pages.rendered(path);
        return statistics.getPrepareStatementCount();
    }
}
