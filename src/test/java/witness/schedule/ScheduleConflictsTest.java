package witness.schedule;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import witness.core.Film;
import witness.interview.Interview;
import witness.location.Location;
import witness.testing.FilmCopies;
import witness.testing.Pages;
import witness.testing.SergeFilm;

/** The schedule page shows its conflicts, measured against the schedule's own settings, after every change. */
@QuarkusTest
class ScheduleConflictsTest {

    @Test
    void theSchedulePageListsTheSameConflictsAsItsConflictsView() {
        Document page = Pages.get("/films/victor-serge/schedules/mexico-shoot");
        Document view = Pages.get("/films/victor-serge/schedules/mexico-shoot/conflicts");

        assertThat(page.select("#conflicts li.conflict")).isNotEmpty();
        assertThat(page.select("#conflicts li.conflict .message").eachText())
                .isEqualTo(view.select("#conflicts li.conflict .message").eachText());
    }

    @Test
    void theSchedulePageLinksItsExportsAndEveryDaysCallSheet() {
        Document page = Pages.get("/films/victor-serge/schedules/mexico-shoot");

        assertThat(page.select("p.exports a").eachAttr("href")).containsExactly(
                "/films/victor-serge/schedules/mexico-shoot.ics", "/films/victor-serge/schedules/mexico-shoot.csv",
                "/films/victor-serge/schedules/mexico-shoot/day-out-of-days");
        assertThat(page.select("a.call-sheet")).hasSize(page.select("article.day-card").size());
        for (String href : page.select("p.exports a, a.call-sheet").eachAttr("href")) {
            given().get(href).then().statusCode(200);
        }
    }

    @Test
    void longDaysAreMeasuredAgainstTheSchedulesOwnDailyLimit() {
        String slug = FilmCopies.ofSerge("schedule-limits");
        assertThat(longDays(slug)).isPositive();

        setDayLimit(slug, 1440);
        assertThat(longDays(slug)).isZero();

        setDayLimit(slug, 60);
        assertThat(longDays(slug)).isGreaterThanOrEqualTo(
                SergeFilm.query(() -> ShootDay.count("schedule.film.slug = ?1 and schedule.key = ?2", slug,
                        "mexico-shoot")).intValue());
    }

    @Test
    void aMoveByDragAndDropBringsTheConflictsBackWithTheBoard() {
        String slug = FilmCopies.ofSerge("schedule-move-conflicts");
        long day = SergeFilm.query(() -> ShootDay.<ShootDay>find("schedule.film.slug = ?1 and schedule.key = ?2"
                + " order by date", slug, "mexico-shoot").firstResult().id);

        String fragment = given().header("HX-Request", "true")
                .contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParams(Map.of("day", String.valueOf(day)))
                .post("/films/{slug}/schedules/mexico-shoot/shots/orenburg-arrival-2/move", slug)
                .then().statusCode(200).extract().asString();

        assertThat(Jsoup.parse(fragment).select("#schedule-board #conflicts")).hasSize(1);
    }

    @Test
    void anInterviewWithALocationIsOnTheStripOfThatLocation() {
        String slug = FilmCopies.ofSerge("schedule-interview-location");
        QuarkusTransaction.requiringNew().run(() -> {
            Film film = Film.find("slug", slug).firstResult();
            Interview interview = Interview.byKey(film, "friends-france").orElseThrow();
            interview.location = Location.byKey(film, "paricutin").orElseThrow();
        });

        Document page = Pages.get("/films/" + slug + "/schedules/mexico-shoot");

        assertThat(page.select(".strip-group:has(h3:contains(Paricutin))").text()).contains("Friends and acquaintances in France");
    }

    private static int longDays(String slug) {
        return Pages.get("/films/" + slug + "/schedules/mexico-shoot")
                .select("#conflicts li.conflict[data-rule=long-day]").size();
    }

    private static void setDayLimit(String slug, int minutes) {
        QuarkusTransaction.requiringNew().run(() -> Schedule.<Schedule>find("film.slug = ?1 and key = ?2", slug,
                "mexico-shoot").firstResult().dayLimitMinutes = minutes);
    }
}
