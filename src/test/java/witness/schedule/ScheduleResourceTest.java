package witness.schedule;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import witness.testing.Pages;
import witness.testing.SergeFilm;

/** Reading the Serge film's schedules as the dossier's schedules/ folder describes them. */
@QuarkusTest
class ScheduleResourceTest {

    @Test
    void theListShowsBothSergeSchedulesWithTheirDays() {
        Document page = Pages.get("/films/{slug}/schedules", SergeFilm.SLUG);
        assertThat(page.select("#schedule-mexico-shoot h2").text()).isEqualTo("Mexico shoot");
        assertThat(page.select("#schedule-mexico-shoot .day-count").text()).isEqualTo("7 shoot days");
        assertThat(page.select("#schedule-orenburg-shoot .day-count").text()).isEqualTo("6 shoot days");
        assertThat(page.select("#schedule-mexico-shoot tbody tr").first().text()).contains("5 March 1990", "Vlady");
    }

    @Test
    void theSchedulePageShowsEachDayWithItsShotsInterviewsAndLoad() {
        Document page = Pages.get("/films/{slug}/schedules/mexico-shoot", SergeFilm.SLUG);
        assertThat(page.select("h1").text()).isEqualTo("Mexico shoot");
        assertThat(page.select("article.day-card")).hasSize(7);
        Element first = page.selectFirst("article.day-card");
        assertThat(first.id()).startsWith("day-");
        assertThat(first.select("h3").text()).startsWith("5 March 1990");
        assertThat(first.select("li.interview").text()).contains("Vlady");
        assertThat(first.select("li.shot")).hasSize(4);
        assertThat(first.select("li.shot .shot-number").first().text()).matches("\\d+\\.\\d+\\.\\d+");
        // 4 shots × 30 + 1 interview × 120
        assertThat(first.select(".load").text()).isEqualTo("Load 240 of 600 min");
        assertThat(page.select("section#conflicts")).hasSize(1);
        Document orenburg = Pages.get("/films/{slug}/schedules/orenburg-shoot", SergeFilm.SLUG);
        assertThat(orenburg.select("article.day-card")).hasSize(6);
        assertThat(orenburg.select("article.day-card h3").last().text()).contains("19 May 1990");
    }

    @Test
    void theStripboardListsWhatNeedsAShootDayAndIsOnNoScheduleGroupedByLocation() {
        Document page = Pages.get("/films/{slug}/schedules/mexico-shoot", SergeFilm.SLUG);
        // prologue-taxi-3 is on the 8 March day: not on the board; vlady is on a day too
        assertThat(page.select("#board-shot-prologue-taxi-3")).isEmpty();
        assertThat(page.select("#board-interview-vlady")).isEmpty();
        // orenburg-arrival-2 is on a day of the Orenburg shoot: not to be booked twice
        assertThat(page.select("#board-shot-orenburg-arrival-2")).isEmpty();
        // archive without a location, a caption: made in the edit suite, not on a shoot day
        assertThat(page.select("#board-shot-prologue-taxi-2")).isEmpty();
        assertThat(page.select("#board-shot-orenburg-arrival-5")).isEmpty();
        // the Villa Air-Bel location shot is on no schedule: on the board, under its location
        Element group = page.select(".strip-group").stream()
                .filter(g -> g.select("#board-shot-mexico-marseille-2").size() == 1).findFirst().orElseThrow();
        assertThat(group.select("h3").text()).startsWith("The villa outside Marseille");
        assertThat(page.select("#board-shot-orenburg-campaign-4")).hasSize(1);
    }

    @Test
    void stripsAndDaysCarryWhatDragAndDropNeeds() {
        Document page = Pages.get("/films/{slug}/schedules/mexico-shoot", SergeFilm.SLUG);
        Element day = page.selectFirst("article.day-card");
        String id = day.id().substring("day-".length());
        assertThat(day.select("ol[data-sortable=schedule-mexico-shoot][data-parent-field=day]"))
                .hasSize(2).allSatisfy(list -> assertThat(list.attr("data-parent")).isEqualTo(id));
        assertThat(day.select("li.shot").first().attr("data-move"))
                .matches("/films/victor-serge/schedules/mexico-shoot/shots/[a-z0-9-]+/move");
        assertThat(page.select(".stripboard ul[data-sortable=schedule-mexico-shoot]"))
                .allSatisfy(list -> assertThat(list.attr("data-parent")).isEmpty());
        Element strip = page.selectFirst("#board-shot-mexico-marseille-2");
        assertThat(strip.select(".drag-handle")).hasSize(1);
        assertThat(strip.select("form select[name=day] option")).hasSize(page.select("article.day-card").size() + 1);
        assertThat(strip.select("form select[name=day] option").first().val()).as("no day preset").isEmpty();
        assertThat(strip.select("form button").text()).startsWith("Schedule");
    }

    @Test
    void unknownSchedulesDaysAndFilmsAre404() {
        given().get("/films/{slug}/schedules/no-such-shoot", SergeFilm.SLUG).then().statusCode(404);
        given().get("/films/no-such-film/schedules").then().statusCode(404);
        given().get("/films/{slug}/schedules/mexico-shoot/days/999999", SergeFilm.SLUG).then().statusCode(404);
        given().get("/films/{slug}/schedules/mexico-shoot/suggestion?start=soon", SergeFilm.SLUG).then().statusCode(400);
    }
}
