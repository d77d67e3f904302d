package witness.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import witness.film.Scene;
import witness.film.Shot;
import witness.interview.Interview;
import witness.interview.InterviewStatus;
import witness.interview.ReleaseStatus;
import witness.source.ClearanceStatus;
import witness.research.ResearchLogEntry;
import witness.source.Source;
import witness.sample.SyntheticFilm;
import witness.testing.Pages;
import witness.testing.SergeFilm;

@QuarkusTest
class DashboardResourceTest {

    @Test
    void theDashboardShowsTheFilmsRealFigures() {
        Document page = Pages.get("/?film=victor-serge");

        assertThat(page.title()).isEqualTo("Victor Serge — the Incomparable Witness · Witness");
        assertThat(page.select("h1").text()).isEqualTo("Victor Serge — the Incomparable Witness");
        assertThat(page.select("#sequence-count").text()).isEqualTo("3");
        assertThat(page.select("#scene-count").text())
                .isEqualTo(String.valueOf(SergeFilm.query(() -> Scene.count("sequence.film.slug", SergeFilm.SLUG))));
        assertThat(page.select("#shot-count").text())
                .isEqualTo(String.valueOf(SergeFilm.query(() -> Shot.count("scene.sequence.film.slug", SergeFilm.SLUG))));
        assertThat(page.select("#running-time").text()).endsWith("of 52 min target");
    }

    @Test
    void interviewsAreCountedByStatus() {
        Document page = Pages.get("/?film=victor-serge");

        for (InterviewStatus status : InterviewStatus.values()) {
            long expected = SergeFilm.query(() -> Interview.count("film.slug = ?1 and status = ?2",
                    SergeFilm.SLUG, status));
            assertThat(page.select("#interviews-by-status tr[data-status=" + status.code() + "] td").last().text())
                    .as(status.label()).isEqualTo(String.valueOf(expected));
        }
        assertThat(page.select("#interviews-by-status tr[data-status=pre-interviewed] td").last().text())
                .isNotEqualTo("0");
    }

    @Test
    void sourcesAreCountedByClearanceStatus() {
        Document page = Pages.get("/?film=victor-serge");

        for (ClearanceStatus status : ClearanceStatus.values()) {
            long expected = SergeFilm.query(() -> Source.count("film.slug = ?1 and clearance = ?2",
                    SergeFilm.SLUG, status));
            assertThat(page.select("#sources-by-clearance tr[data-status=" + status.code() + "] td").last().text())
                    .as(status.label()).isEqualTo(String.valueOf(expected));
        }
    }

    @Test
    void openResearchFollowUpsAreListed() {
        Document page = Pages.get("/?film=victor-serge");

        long open = SergeFilm.query(() -> ResearchLogEntry.<ResearchLogEntry>list("film.slug", SergeFilm.SLUG)
                .stream().mapToLong(ResearchLogEntry::openFollowUps).sum());
        assertThat(open).isPositive();
        assertThat(page.select("#open-follow-ups").text()).isEqualTo(String.valueOf(open));
        assertThat(page.select("ul.follow-ups li")).hasSize((int) open);
    }

    @Inject
    SyntheticFilm synthetic;

    @Test
    void aLongLogListsTheOpenFollowUpsOfItsNewestEntriesAndCountsThemAll() {
        synthetic.generate("dashboard-long-log", new SyntheticFilm.Size(2, 3, 4, 12, 6, 20, 30, 120, 4, 5));
        List<String> expected = SergeFilm.query(() -> {
            List<ResearchLogEntry> withOpen = ResearchLogEntry.ofFilm(
                    witness.core.Film.<witness.core.Film>find("slug", "dashboard-long-log").firstResult(),
                    ResearchLogEntry.Filter.OPEN_FOLLOW_UPS);
            long listed = withOpen.stream().limit(Dashboard.FOLLOW_UP_ENTRIES).mapToLong(ResearchLogEntry::openFollowUps)
                    .sum();
            return List.of(String.valueOf(withOpen.size()), String.valueOf(
                    withOpen.stream().mapToLong(ResearchLogEntry::openFollowUps).sum()), String.valueOf(listed),
                    withOpen.get(0).summary);
        });
        assertThat(Integer.parseInt(expected.get(0))).isGreaterThan(Dashboard.FOLLOW_UP_ENTRIES);

        Document page = Pages.get("/?film=dashboard-long-log");

        assertThat(page.select("#open-follow-ups").text()).isEqualTo(expected.get(1));
        assertThat(page.select("ul.follow-ups li")).hasSize(Integer.parseInt(expected.get(2)));
        assertThat(page.select("ul.follow-ups li").first().text()).contains(expected.get(3));
        assertThat(page.text()).contains("Those of the newest 20 of " + expected.get(0) + " entries.");
    }

    @Test
    void interviewWarningsAndTheRunningTimeFollowTheirRules() {
        synthetic.generate("dashboard-rules", new SyntheticFilm.Size(2, 3, 4, 12, 6, 20, 30, 20, 4, 5));
        List<Object> expected = SergeFilm.query(() -> {
            witness.core.Film film = witness.core.Film.find("slug", "dashboard-rules").firstResult();
            List<Interview> interviews = Interview.ofFilm(film);
            assertThat(interviews).hasSizeGreaterThanOrEqualTo(4);
            set(interviews.get(0), InterviewStatus.FILMED, ReleaseStatus.SENT, java.time.LocalDate.of(1990, 6, 14));
            set(interviews.get(1), InterviewStatus.TRANSCRIBED, ReleaseStatus.SENT, null);
            set(interviews.get(2), InterviewStatus.SCHEDULED, ReleaseStatus.SIGNED, null);
            set(interviews.get(3), InterviewStatus.TRANSCRIBED, ReleaseStatus.SIGNED, null);
            Shot dropped = Shot.<Shot>find("scene.sequence.film = ?1 and seconds > 0", film).firstResult();
            dropped.status = witness.film.ShotStatus.DROPPED;
            Interview.flush();
            List<String> warned = Interview.ofFilm(film).stream().filter(i -> !i.warnings().isEmpty())
                    .map(i -> i.key).toList();
            long seconds = Shot.<Shot>list("scene.sequence.film", film).stream()
                    .filter(s -> s.status != witness.film.ShotStatus.DROPPED).mapToLong(s -> s.seconds).sum();
            Dashboard dashboard = Dashboard.of(film);
            return List.of(warned, dashboard.interviewWarnings().stream().map(i -> i.key).toList(),
                    seconds, dashboard.estimatedSeconds());
        });

        assertThat((List<?>) expected.get(0)).isNotEmpty();
        assertThat(expected.get(1)).isEqualTo(expected.get(0));
        assertThat(expected.get(3)).isEqualTo(expected.get(2));
    }

    private static void set(Interview interview, InterviewStatus status, ReleaseStatus release,
            java.time.LocalDate date) {
        interview.status = status;
        interview.release = release;
        interview.date = date;
    }

    @Test
    void theLayoutNavigatesToEveryAreaAndSwitchesFilms() {
        Document page = Pages.get("/?film=victor-serge");

        assertThat(page.select("nav.site-nav a").eachText()).containsExactly("Dashboard", "Structure",
                "Shot list", "Interviews", "Testimonies", "People", "Sources", "Bibliography",
                "Clearances", "Research log", "Locations", "Schedules",
                "Chronology", "Exports", "Deleted items");
        assertThat(page.select("#film-switcher option[selected]").attr("value")).isEqualTo("victor-serge");
        assertThat(page.select("a.skip-link").attr("href")).isEqualTo("#main");
    }

    @Test
    void anUnknownFilmIsNotFound() {
        io.restassured.RestAssured.given().get("/?film=no-such-film").then().statusCode(404);
    }
}
