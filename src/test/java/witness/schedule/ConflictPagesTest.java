package witness.schedule;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import witness.core.Film;
import witness.film.Shot;
import witness.interview.Interview;
import witness.interview.InterviewStatus;
import witness.location.Location;
import witness.location.PermitStatus;
import witness.person.CrewRole;
import witness.testing.FilmCopies;
import witness.testing.Pages;
import witness.testing.SergeFilm;

/** The conflicts of the Serge schedules on each schedule's conflicts view and on the dashboard. */
@QuarkusTest
class ConflictPagesTest {
    static final LocalDate MARCH_5 = LocalDate.of(1990, 3, 5);

    @Inject
    EntityManagerFactory entityManagerFactory;

    @Test
    void theSergeSchedulesHaveTheirPermitLongDayAndTravelConflicts() {
        Document mexico = Pages.get("/films/victor-serge/schedules/mexico-shoot/conflicts");

        assertThat(mexico.title()).startsWith("Conflicts — Mexico shoot");
        assertThat(byRule(mexico)).isEqualTo(Map.of("permit", 5L, "long-day", 1L));
        assertThat(mexico.select("#conflicts .conflict-day h3").eachText()).containsExactly("5 March 1990",
                "6 March 1990", "7 March 1990", "8 March 1990", "9 March 1990", "10 March 1990");
        Element first = mexico.selectFirst("#conflicts li.conflict");
        assertThat(first.select(".message").text()).isEqualTo("The filming permit for Mexico City (5 March 1990)"
                + " is applied for but not granted yet. Chase it before the shoot.");
        assertThat(first.select("a").attr("href")).isEqualTo("/films/victor-serge/schedules/mexico-shoot#day-"
                + dayId(SergeFilm.SLUG, "mexico-shoot", MARCH_5));
        assertThat(mexico.select("li[data-rule=long-day] .message").text()).isEqualTo("10 March 1990 at Paricutin"
                + " volcano runs 12 h from call (05:00) to wrap (17:00), over the 10 h limit."
                + " Call later, wrap earlier or split the day.");

        Document orenburg = Pages.get("/films/victor-serge/schedules/orenburg-shoot/conflicts");
        assertThat(byRule(orenburg)).isEqualTo(Map.of("permit", 6L, "long-day", 2L, "too-far", 3L));
        assertThat(orenburg.select("li[data-rule=too-far] .message").eachText()).containsExactly(
                "630 km between Leningrad (Petrograd) and Moscow, Belorussky station on consecutive days"
                        + " (14 and 15 May 1990), more than the 500 km a crew can travel overnight."
                        + " Add a travel day or reorder the days.",
                "1,230 km between Moscow, Belorussky station and Orenburg on consecutive days (15 and 16 May 1990),"
                        + " more than the 500 km a crew can travel overnight. Add a travel day or reorder the days.",
                "1,890 km between Orenburg and Soviet–Polish border station (Negoreloye — to verify) on consecutive days (18 and 19 May 1990),"
                        + " more than the 500 km a crew can travel overnight. Add a travel day or reorder the days.");

        Document dashboard = Pages.get("/?film=victor-serge");
        assertThat(dashboard.select("#schedule-conflict-count").text()).isEqualTo("17");
        // grouped by kind and item: Mexico City's permit on four days is one line that says so
        assertThat(dashboard.select("#schedule-conflicts li.conflict")).hasSize(12);
        assertThat(dashboard.select("#schedule-conflicts li.conflict").eachAttr("data-count").stream()
                .mapToInt(Integer::parseInt).sum()).isEqualTo(17);
        Element permit = dashboard.selectFirst("#schedule-conflicts li[data-rule=permit]:has(.item:containsOwn(Mexico City))");
        assertThat(permit.attr("data-count")).isEqualTo("4");
        assertThat(permit.select(".count").text()).isEqualTo("4 times");
        assertThat(permit.select(".more").text()).isEqualTo("The same on 3 more days.");
        assertThat(permit.select(".days a")).hasSize(4);
    }

    @Test
    void htmxGetsOnlyTheConflictsSection() {
        String html = given().header("HX-Request", "true")
                .get("/films/victor-serge/schedules/mexico-shoot/conflicts")
                .then().statusCode(200).contentType("text/html").extract().asString();

        assertThat(html.strip()).startsWith("<section id=\"conflicts\"").endsWith("</section>");
        assertThat(Jsoup.parseBodyFragment(html).select("li.conflict")).hasSize(6);
    }

    @Test
    void anUnknownScheduleOrFilmIsNotFound() {
        given().get("/films/victor-serge/schedules/no-such-shoot/conflicts").then().statusCode(404);
        given().get("/films/no-such-film/schedules/mexico-shoot/conflicts").then().statusCode(404);
    }

    @Test
    void conflictsAppearWhenTheDataChangesAndGoWhenItIsFixed() {
        String slug = FilmCopies.ofSerge("conflicts");
        String mexicoPath = "/films/" + slug + "/schedules/mexico-shoot/conflicts";
        String orenburgPath = "/films/" + slug + "/schedules/orenburg-shoot/conflicts";
        String dashboardPath = "/?film=" + slug;
        long mexicoStatements = statements(mexicoPath);
        long dashboardStatements = statements(dashboardPath);
        // (one more than the page's own: the logged-in user is read on every request)
        assertThat(mexicoStatements).as("the conflicts of a film take a handful of queries").isBetween(4L, 9L);

        // Paricutin now needs its permit, Vlady is only contacted, and the camera is also wanted in Angahuan on 5 March.
        ScheduleDays.crew(slug, "ana-camargo", "Ana Camargo", CrewRole.CAMERA);
        QuarkusTransaction.requiringNew().run(() -> {
            Film film = Film.find("slug", slug).firstResult();
            Location.byKey(film, "paricutin").orElseThrow().permit = PermitStatus.APPLIED;
            Interview.byKey(film, "vlady").orElseThrow().status = InterviewStatus.CONTACTED;
            ShootDay day = new ShootDay();
            day.schedule = schedule(film, "orenburg-shoot");
            day.date = MARCH_5;
            day.location = Location.byKey(film, "paricutin").orElseThrow();
            day.shots = new ArrayList<>(Shot.<Shot>find("scene.sequence.film = ?1 order by id", film).page(0, 3).list());
            day.persist();
            ScheduleDays.call(day, "ana-camargo", null);
            ScheduleDays.call(ScheduleDays.find(slug, "mexico-shoot", MARCH_5.toString()), "ana-camargo", "07:00");
        });

        Document mexico = Pages.get(mexicoPath);
        assertThat(byRule(mexico)).isEqualTo(Map.of("permit", 7L, "long-day", 1L, "not-agreed", 2L, "two-places", 1L));
        Element clash = mexico.selectFirst("li[data-rule=two-places]");
        assertThat(clash.select(".message").text()).isEqualTo("Ana Camargo is needed in two places on 5 March 1990:"
                + " Mexico City (Mexico shoot) and Paricutin volcano (Orenburg shoot)."
                + " Move one of the days or give the work to someone else.");
        assertThat(clash.select("a").eachAttr("href")).containsExactly(
                "/films/" + slug + "/schedules/mexico-shoot#day-" + dayId(slug, "mexico-shoot", MARCH_5),
                "/films/" + slug + "/schedules/orenburg-shoot#day-" + dayId(slug, "orenburg-shoot", MARCH_5));
        assertThat(mexico.select("li[data-rule=not-agreed] .message").eachText()).containsExactly(
                "Vlady Kibalchich is down for an interview on 5 March 1990 but has not agreed yet (contacted)."
                        + " Confirm the interview or take it off the day.",
                "Vlady Kibalchich is down for an interview on 6 March 1990 but has not agreed yet (contacted)."
                        + " Confirm the interview or take it off the day.");
        assertThat(byRule(Pages.get(orenburgPath)))
                .isEqualTo(Map.of("permit", 7L, "long-day", 2L, "too-far", 3L, "two-places", 1L));
        Document dashboard = Pages.get(dashboardPath);
        assertThat(dashboard.select("#schedule-conflict-count").text()).isEqualTo("23");
        assertThat(dashboard.select("#schedule-conflicts li[data-rule=two-places] a").eachAttr("href")).hasSize(2);
        assertThat(statements(mexicoPath)).isEqualTo(mexicoStatements);
        assertThat(statements(dashboardPath)).isEqualTo(dashboardStatements);

        // Permits granted everywhere, Vlady agreed, the extra day moved to the day after the Mexico shoot.
        QuarkusTransaction.requiringNew().run(() -> {
            Film film = Film.find("slug", slug).firstResult();
            Location.<Location>list("film", film).forEach(l -> l.permit = PermitStatus.GRANTED);
            Interview.byKey(film, "vlady").orElseThrow().status = InterviewStatus.AGREED;
            ShootDay.<ShootDay>list("schedule.film = ?1 and date = ?2", film, MARCH_5).stream()
                    .filter(d -> d.schedule.key.equals("orenburg-shoot")).forEach(d -> d.date = MARCH_5.plusDays(7));
        });

        assertThat(byRule(Pages.get(mexicoPath))).isEqualTo(Map.of("long-day", 1L));
        assertThat(byRule(Pages.get(orenburgPath))).isEqualTo(Map.of("long-day", 2L, "too-far", 3L));
        dashboard = Pages.get(dashboardPath);
        assertThat(dashboard.select("#schedule-conflict-count").text()).isEqualTo("6");
        assertThat(dashboard.select("#schedule-conflicts li[data-rule=permit]")).isEmpty();
        assertThat(dashboard.select("#schedule-conflicts li[data-rule=two-places]")).isEmpty();
    }

    @Test
    void aFilmWithoutConflictsSaysSo() {
        String slug = FilmCopies.ofSerge("no-conflicts");
        QuarkusTransaction.requiringNew().run(() -> {
            Film film = Film.find("slug", slug).firstResult();
            ShootDay.ofSchedule(schedule(film, "orenburg-shoot")).forEach(ShootDay::delete);
            Location.<Location>list("film", film).forEach(l -> l.permit = PermitStatus.GRANTED);
            ShootDay.<ShootDay>list("schedule.film = ?1", film).forEach(d -> d.wrapTime = d.callTime);
        });

        Document page = Pages.get("/films/" + slug + "/schedules/mexico-shoot/conflicts");
        assertThat(page.select("#conflicts li.conflict")).isEmpty();
        assertThat(page.select("#conflicts p.empty").text()).startsWith("No conflicts");
        Document dashboard = Pages.get("/?film=" + slug);
        assertThat(dashboard.select("#schedule-conflict-count").text()).isEqualTo("0");
        assertThat(dashboard.select("#schedule-conflicts")).isEmpty();
    }

    private static Schedule schedule(Film film, String key) {
        return Schedule.<Schedule>find("film = ?1 and key = ?2", film, key).firstResult();
    }

    private static long dayId(String slug, String schedule, LocalDate date) {
        return SergeFilm.query(() -> ShootDay.<ShootDay>find("schedule.film.slug = ?1 and schedule.key = ?2"
                + " and date = ?3", slug, schedule, date).firstResult().id);
    }

    private static Map<String, Long> byRule(Document page) {
        return page.select("li.conflict").stream()
                .collect(Collectors.groupingBy(li -> li.attr("data-rule"), TreeMap::new, Collectors.counting()));
    }

    private long statements(String path) {
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();
        Pages.rendered(path);
        return statistics.getPrepareStatementCount();
    }
}
