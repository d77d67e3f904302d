package witness.schedule;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import witness.testing.FilmCopies;
import witness.testing.Pages;
import witness.testing.SergeFilm;

/** The producer's planning: schedules, shoot days, the stripboard and the suggestion, on a copy of the film. */
@QuarkusTest
class ScheduleEditingTest {
    private String slug;

    @BeforeEach
    void copyTheFilm() {
        slug = FilmCopies.ofSerge("sched");
    }

    // ----- schedules

    @Test
    void aScheduleIsCreatedWithDefaultsRenamedAndItsSettingsChanged() {
        String location = form().formParams(Map.of("name", "Paris pick-ups", "dayLimitMinutes", "600",
                        "minutesPerShot", "30", "minutesPerInterview", "120", "maxTravelKm", "500"))
                .redirects().follow(false).post("/films/{slug}/schedules", slug)
                .then().statusCode(303).header("Location", endsWith("/schedules/paris-pick-ups")).extract()
                .header("Location");
        Document list = Pages.get("/films/{slug}/schedules", slug);
        assertThat(list.select("#schedule-paris-pick-ups h2").text()).isEqualTo("Paris pick-ups");
        assertThat(list.select("#schedule-paris-pick-ups .day-count").text()).isEqualTo("0 shoot days");

        Document page = Pages.get(location.replaceFirst("^https?://[^/]+", ""));
        String version = page.select("#schedule-settings input[name=version]").val();
        assertThat(page.select("#schedule-settings-dayLimitMinutes").val()).isEqualTo("600");
        form().formParams(Map.of("name", "Paris and Brussels", "dayLimitMinutes", "480", "minutesPerShot", "45",
                        "minutesPerInterview", "90", "maxTravelKm", "300", "version", version))
                .redirects().follow(false).post("/films/{slug}/schedules/paris-pick-ups", slug).then().statusCode(303);
        Schedule s = schedule("paris-pick-ups");
        assertThat(s.name).isEqualTo("Paris and Brussels");
        assertThat(List.of(s.dayLimitMinutes, s.minutesPerShot, s.minutesPerInterview, s.maxTravelKm))
                .containsExactly(480, 45, 90, 300);

        form().formParams(Map.of("name", "An old version", "dayLimitMinutes", "600", "minutesPerShot", "30",
                        "minutesPerInterview", "120", "maxTravelKm", "500", "version", version))
                .post("/films/{slug}/schedules/paris-pick-ups", slug).then().statusCode(409)
                .body(containsString("changed by someone else"));
        assertThat(schedule("paris-pick-ups").name).isEqualTo("Paris and Brussels");
    }

    @Test
    void badSettingsAreRefusedBesideTheFieldAndNothingIsAdded() {
        long before = schedules();
        String html = form().formParams(Map.of("name", "", "key", "Mexico Shoot!", "dayLimitMinutes", "10",
                        "minutesPerShot", "half an hour", "minutesPerInterview", "0", "maxTravelKm", "-1"))
                .post("/films/{slug}/schedules", slug).then().statusCode(422).extract().asString();
        Document refused = Jsoup.parse(html);
        assertThat(refused.selectFirst("#new-schedule-name-error").text()).isEqualTo("Name must not be blank");
        assertThat(refused.selectFirst("#new-schedule-key-error").text()).contains("lower-case");
        assertThat(refused.selectFirst("#new-schedule-dayLimitMinutes-error").text()).contains("at least 60");
        assertThat(refused.selectFirst("#new-schedule-minutesPerShot-error").text()).contains("whole number");
        assertThat(refused.selectFirst("#new-schedule-minutesPerInterview-error").text()).contains("at least 1");
        assertThat(refused.selectFirst("#new-schedule-maxTravelKm-error").text()).contains("negative");
        form().formParams(settings("Mexico again", "mexico-shoot")).post("/films/{slug}/schedules", slug)
                .then().statusCode(422).body(containsString("another schedule of this film has the key"));
        assertThat(schedules()).isEqualTo(before);
    }

    @Test
    void deletingAScheduleSaysHowManyDaysGoAndTakesThemAll() {
        Document confirm = Pages.get("/films/{slug}/schedules/mexico-shoot/delete", slug);
        assertThat(confirm.select(".warning").text()).contains("its 7 shoot days");
        String version = confirm.select("input[name=version]").val();
        form().formParam("version", "9999").post("/films/{slug}/schedules/mexico-shoot/delete", slug)
                .then().statusCode(409);
        form().formParam("version", version).redirects().follow(false)
                .post("/films/{slug}/schedules/mexico-shoot/delete", slug).then().statusCode(303)
                .cookie("witness-flash", containsString("7"));
        given().get("/films/{slug}/schedules/mexico-shoot", slug).then().statusCode(404);
        assertThat(SergeFilm.query(() -> ShootDay.count("schedule.film.slug = ?1 and schedule.key = ?2", slug,
                "mexico-shoot"))).isZero();
        assertThat(Pages.get("/films/{slug}/schedules", slug).select("#schedule-orenburg-shoot")).hasSize(1);
    }

    // ----- shoot days

    @Test
    void aDayIsAddedEditedAndAStaleEditIsRefused() {
        newSchedule("test-shoot");
        long id = addDay("test-shoot", Map.of("date", "1990-06-01", "location", "orenburg", "call", "7:30",
                "wrap", "18:00", "travel", "Flight", "notes", "Recce first"));
        Element card = Pages.get("/films/{slug}/schedules/test-shoot", slug).selectFirst("#day-" + id);
        assertThat(card.select("h3").text()).isEqualTo("1 June 1990 — Orenburg");
        assertThat(card.select(".calls")).as("no one is called yet").isEmpty();
        assertThat(card.select(".load").text()).isEqualTo("Load 0 of 600 min");

        Document edit = Pages.get("/films/{slug}/schedules/test-shoot/days/{id}", slug, id);
        assertThat(edit.select("input[name=call]").val()).isEqualTo("07:30");
        assertThat(edit.select("select[name=location] option[selected]").val()).isEqualTo("orenburg");
        String version = edit.select("input[name=version]").val();
        Map<String, String> changed = new HashMap<>(Map.of("date", "1990-06-02", "location", "moscow",
                "call", "08:00", "wrap", "17:00", "version", version));
        form().formParams(changed).redirects().follow(false)
                .post("/films/{slug}/schedules/test-shoot/days/{id}", slug, id)
                .then().statusCode(303).header("Location", endsWith("/schedules/test-shoot#day-" + id));
        changed.put("notes", "An old version");
        form().formParams(changed).post("/films/{slug}/schedules/test-shoot/days/{id}", slug, id)
                .then().statusCode(409);
        ShootDay day = SergeFilm.query(() -> {
            ShootDay d = ShootDay.findById(id);
            d.location.name.length();
            return d;
        });
        assertThat(day.date).hasToString("1990-06-02");
        assertThat(day.location.key).isEqualTo("moscow");
        assertThat(day.notes).isNull();
    }

    @Test
    void badDaysAreRefusedBesideTheFieldAndNothingIsSaved() {
        newSchedule("test-shoot");
        long first = addDay("test-shoot", Map.of("date", "1990-06-01"));
        String html = form().formParams(Map.of("date", "", "location", "atlantis", "call", "18:00", "wrap", "07:00"))
                .post("/films/{slug}/schedules/test-shoot/days", slug).then().statusCode(422).extract().asString();
        Document refused = Jsoup.parse(html);
        assertThat(refused.selectFirst("#new-day-date-error").text()).isEqualTo("Date is required");
        assertThat(refused.selectFirst("#new-day-location-error").text()).contains("no location with the key 'atlantis'");
        assertThat(refused.selectFirst("#new-day-wrap-error").text()).contains("after the call time (18:00)");
        assertThat(refused.selectFirst("details.new-day").hasAttr("open")).isTrue();

        Document badTime = Jsoup.parse(form().formParams(Map.of("date", "1990-06-01", "call", "half past seven"))
                .post("/films/{slug}/schedules/test-shoot/days", slug).then().statusCode(422).extract().asString());
        assertThat(badTime.selectFirst("#new-day-call-error").text()).contains("not a time like 08:30");
        assertThat(badTime.selectFirst("#new-day-date-error").text()).contains("already has a day on 1 June 1990");
        assertThat(days("test-shoot")).isEqualTo(1);

        String version = Pages.get("/films/{slug}/schedules/test-shoot/days/{id}", slug, first)
                .select("input[name=version]").val();
        Document editRefused = Jsoup.parse(form().formParams(Map.of("date", "1990-06-01", "call", "10:00",
                        "wrap", "10:00", "notes", "x".repeat(ShootDay.NOTES_MAX + 1), "version", version))
                .post("/films/{slug}/schedules/test-shoot/days/{id}", slug, first).then().statusCode(422)
                .extract().asString());
        assertThat(editRefused.selectFirst("#day-" + first + "-wrap-error").text()).contains("after the call time");
        assertThat(editRefused.selectFirst("#day-" + first + "-notes-error").text()).contains("size must be between");
        assertThat(SergeFilm.query(() -> ShootDay.<ShootDay>findById(first).callTime)).isNull();
    }

    @Test
    void aShotIsScheduledByFormUnscheduledAndADeletedDaySendsItsShotsBack() {
        newSchedule("test-shoot");
        long day = addDay("test-shoot", Map.of("date", "1990-06-01", "location", "orenburg"));
        assertThat(board("test-shoot").select("#board-shot-mexico-marseille-2")).hasSize(1);

        move("shots/mexico-marseille-2", Map.of("day", String.valueOf(day))).then().statusCode(303)
                .header("Location", endsWith("#day-" + day));
        Document page = board("test-shoot");
        assertThat(page.select("#board-shot-mexico-marseille-2")).isEmpty();
        assertThat(page.select("#day-" + day + " li.shot")).hasSize(1);
        assertThat(page.select("#day-" + day + " .load").text()).isEqualTo("Load 30 of 600 min");
        // On a day of one schedule, it leaves the stripboard of every other
        assertThat(Pages.get("/films/{slug}/schedules/orenburg-shoot", slug).select("#board-shot-mexico-marseille-2"))
                .isEmpty();

        move("shots/mexico-marseille-2", Map.of("day", "")).then().statusCode(303);
        assertThat(board("test-shoot").select("#board-shot-mexico-marseille-2")).hasSize(1);
        assertThat(board("test-shoot").select("#day-" + day + " li.shot")).isEmpty();

        move("interviews/friends-france", Map.of("day", String.valueOf(day))).then().statusCode(303);
        move("shots/mexico-marseille-2", Map.of("day", String.valueOf(day))).then().statusCode(303);
        assertThat(board("test-shoot").select("#day-" + day + " .load").text()).isEqualTo("Load 150 of 600 min");
        String version = Pages.get("/films/{slug}/schedules/test-shoot/days/{id}", slug, day)
                .select("form[action$=/delete] input[name=version]").val();
        form().formParam("version", version).redirects().follow(false)
                .post("/films/{slug}/schedules/test-shoot/days/{id}/delete", slug, day).then().statusCode(303);
        Document after = board("test-shoot");
        assertThat(after.select("#day-" + day)).isEmpty();
        assertThat(after.select("#board-shot-mexico-marseille-2")).hasSize(1);
        assertThat(after.select("#board-interview-friends-france")).hasSize(1);
    }

    @Test
    void shotsAreReorderedOnADayAndMovedBetweenDays() {
        newSchedule("test-shoot");
        long one = addDay("test-shoot", Map.of("date", "1990-06-01"));
        long two = addDay("test-shoot", Map.of("date", "1990-06-02"));
        for (String shot : List.of("orenburg-arrival-2", "orenburg-arrival-4", "orenburg-exiles-2")) {
            move("shots/" + shot, Map.of("day", String.valueOf(one))).then().statusCode(303);
        }
        move("shots/orenburg-exiles-2", Map.of("day", String.valueOf(one), "position", "1")).then().statusCode(303);
        assertThat(shotsOn(one)).containsExactly("orenburg-exiles-2", "orenburg-arrival-2", "orenburg-arrival-4");

        // drag and drop posts the same with htmx, and gets the board back
        String fragment = given().header("HX-Request", "true").contentType("application/x-www-form-urlencoded")
                .formParams(Map.of("day", String.valueOf(two), "position", "1"))
                .post("/films/{slug}/schedules/test-shoot/shots/orenburg-arrival-2/move", slug)
                .then().statusCode(200).extract().asString();
        Document board = Jsoup.parse(fragment);
        assertThat(board.select("#schedule-board")).hasSize(1);
        assertThat(board.select("header")).isEmpty();
        assertThat(board.select(".board-notice").text()).contains("on 2 June 1990");
        // the board drawn after the move shows what is stored now, not what the request read before it
        assertThat(board.select("#day-" + two + "-shot-orenburg-arrival-2")).hasSize(1);
        assertThat(board.select("#day-" + one + "-shot-orenburg-arrival-2")).isEmpty();
        assertThat(shotsOn(one)).containsExactly("orenburg-exiles-2", "orenburg-arrival-4");
        assertThat(shotsOn(two)).containsExactly("orenburg-arrival-2");
    }

    @Test
    void unknownShotsDaysAndBadPositionsAreRefused() {
        newSchedule("test-shoot");
        long day = addDay("test-shoot", Map.of("date", "1990-06-01"));
        long otherDay = SergeFilm.query(() -> ShootDay.<ShootDay>find("schedule.film.slug = ?1 and schedule.key = ?2",
                slug, "mexico-shoot").firstResult().id);
        move("shots/no-such-shot", Map.of("day", String.valueOf(day))).then().statusCode(404);
        move("interviews/no-such-interview", Map.of("day", String.valueOf(day))).then().statusCode(404);
        move("shots/orenburg-arrival-2", Map.of("day", String.valueOf(otherDay))).then().statusCode(422)
                .body(containsString("day:"));
        move("shots/orenburg-arrival-2", Map.of("day", "tuesday")).then().statusCode(422);
        move("shots/orenburg-arrival-2", Map.of("day", String.valueOf(day), "position", "0")).then().statusCode(422)
                .body(containsString("position"));
        given().contentType("application/x-www-form-urlencoded").formParam("day", String.valueOf(day))
                .post("/films/{slug}/schedules/no-such-shoot/shots/orenburg-arrival-2/move", slug)
                .then().statusCode(404);
        // a shot of another film is not this film's
        given().contentType("application/x-www-form-urlencoded").formParam("day", String.valueOf(day))
                .post("/films/{slug}/schedules/test-shoot/shots/orenburg-arrival-2/move", SergeFilm.SLUG)
                .then().statusCode(404);
        assertThat(shotsOn(day)).isEmpty();
    }

    @Test
    void aStripsFormSentWithoutADayBooksNothingAndSaysSo() {
        newSchedule("test-shoot");
        long day = addDay("test-shoot", Map.of("date", "1990-06-01", "location", "orenburg"));
        Element select = board("test-shoot").selectFirst("#to-shot-mexico-marseille-2");
        assertThat(select.hasAttr("required")).isTrue();
        assertThat(select.selectFirst("option[selected]").val()).as("no day chosen for the producer").isEmpty();

        move("shots/mexico-marseille-2", Map.of("day", "")).then().statusCode(422)
                .body(containsString("choose the day to schedule it on"));

        assertThat(shotsOn(day)).isEmpty();
        assertThat(board("test-shoot").select("#board-shot-mexico-marseille-2")).hasSize(1);
    }

    // ----- the suggestion

    @Test
    void theSuggestionIsPreviewedWithoutSavingAndSavedOnConfirm() {
        newSchedule("test-shoot");
        int shots = board("test-shoot").select(".stripboard li.shot").size();
        given().get("/films/{slug}/schedules/test-shoot/suggestion", slug).then().statusCode(400)
                .body(containsString("start:"));

        Document preview = Pages.get("/films/{slug}/schedules/test-shoot/suggestion?start=1990-09-01", slug);
        assertThat(preview.select("li.suggested-day")).isNotEmpty();
        assertThat(preview.select("li.suggested-day h2").first().text()).startsWith("1 September 1990");
        assertThat(preview.select("li.suggested-day ul > li")).hasSize(shots);
        assertThat(days("test-shoot")).isZero();

        form().formParams(Map.of("start", "1990-09-01", "shot", "orenburg-arrival-2"))
                .post("/films/{slug}/schedules/test-shoot/suggestion", slug).then().statusCode(409);
        assertThat(days("test-shoot")).isZero();

        var confirm = form().formParam("start", "1990-09-01");
        preview.select("form input[name=shot]").forEach(i -> confirm.formParam("shot", i.val()));
        confirm.redirects().follow(false).post("/films/{slug}/schedules/test-shoot/suggestion", slug)
                .then().statusCode(303);
        Document page = board("test-shoot");
        List<Element> cards = page.select("article.day-card");
        assertThat(cards).hasSize(preview.select("li.suggested-day").size());
        assertThat(page.select(".stripboard li.shot")).isEmpty();
        assertThat(cards.get(1).select("h3").text()).startsWith("2 September 1990");
        assertThat(page.select("article.day-card.over-limit")).isEmpty();
        assertThat(page.select("article.day-card li.shot")).hasSize(shots);

        // the next suggestion starts after the last day; with nothing left it suggests nothing
        Document again = Pages.get("/films/{slug}/schedules/test-shoot/suggestion", slug);
        assertThat(again.select(".empty").text()).contains("nothing to suggest");
    }

    @Test
    void suggestedDaysMayNotFallOnDaysTheScheduleHasAndNothingIsSaved() {
        long before = days("mexico-shoot");
        Document preview = Pages.get("/films/{slug}/schedules/mexico-shoot/suggestion?start=1990-03-10", slug);
        assertThat(preview.select("li.suggested-day")).isNotEmpty();
        var confirm = form().formParam("start", "1990-03-10");
        preview.select("form input[name=shot]").forEach(i -> confirm.formParam("shot", i.val()));
        confirm.post("/films/{slug}/schedules/mexico-shoot/suggestion", slug).then().statusCode(422)
                .body(containsString("already has a day on 10 March 1990"));
        assertThat(days("mexico-shoot")).isEqualTo(before);
        // by default the suggestion starts the day after the last day
        assertThat(Pages.get("/films/{slug}/schedules/mexico-shoot/suggestion", slug)
                .select("li.suggested-day h2").first().text()).startsWith("12 March 1990");
    }

    @Test
    void aSmallLimitSplitsALocationOverSeveralDays() {
        form().formParams(Map.of("name", "Tight", "key", "tight", "dayLimitMinutes", "60", "minutesPerShot", "30",
                "minutesPerInterview", "120", "maxTravelKm", "500")).post("/films/{slug}/schedules", slug);
        Document preview = Pages.get("/films/{slug}/schedules/tight/suggestion?start=1990-09-01", slug);
        assertThat(preview.select("li.suggested-day")).allSatisfy(d -> {
            assertThat(d.select("ul > li")).hasSizeBetween(1, 2);
            assertThat(d.select("h2 .meta").text()).matches("(30|60) of 60 min");
        });
    }

    // -----

    private void newSchedule(String key) {
        form().formParams(settings("Test shoot", key)).redirects().follow(false)
                .post("/films/{slug}/schedules", slug).then().statusCode(303);
    }

    private static Map<String, String> settings(String name, String key) {
        return Map.of("name", name, "key", key, "dayLimitMinutes", "600", "minutesPerShot", "30",
                "minutesPerInterview", "120", "maxTravelKm", "500");
    }

    private long addDay(String schedule, Map<String, String> fields) {
        String location = form().formParams(fields).redirects().follow(false)
                .post("/films/{slug}/schedules/{key}/days", slug, schedule).then().statusCode(303).extract()
                .header("Location");
        return Long.parseLong(location.substring(location.indexOf("#day-") + "#day-".length()));
    }

    private io.restassured.response.Response move(String what, Map<String, String> fields) {
        return form().formParams(fields).redirects().follow(false)
                .post("/films/{slug}/schedules/test-shoot/" + what + "/move", slug);
    }

    private Document board(String schedule) {
        return Pages.get("/films/{slug}/schedules/{key}", slug, schedule);
    }

    private List<String> shotsOn(long day) {
        return SergeFilm.query(() -> ShootDay.<ShootDay>findById(day).shots.stream().map(s -> s.key).toList());
    }

    private Schedule schedule(String key) {
        return SergeFilm.query(() -> Schedule.<Schedule>find("film.slug = ?1 and key = ?2", slug, key).firstResult());
    }

    private long schedules() {
        return SergeFilm.query(() -> Schedule.count("film.slug", slug));
    }

    private long days(String schedule) {
        return SergeFilm.query(() -> ShootDay.count("schedule.film.slug = ?1 and schedule.key = ?2", slug, schedule));
    }

    private static RequestSpecification form() {
        return given().contentType("application/x-www-form-urlencoded; charset=UTF-8");
    }
}
