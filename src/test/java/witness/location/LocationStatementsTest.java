package witness.location;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import witness.film.Shot;
import witness.interview.Interview;
import witness.schedule.Schedule;
import witness.schedule.ShootDay;
import witness.testing.FilmCopies;
import witness.testing.Pages;
import witness.testing.SergeFilm;

/** A location's page reads the same number of statements whatever is filmed there. */
@QuarkusTest
class LocationStatementsTest {
    @Inject
    EntityManagerFactory entityManagerFactory;

    @Test
    void theLocationPageDoesNotQueryOncePerShotInterviewDayOrPhoto() {
        String slug = FilmCopies.ofSerge("location-statements");
        String path = "/films/" + slug + "/locations/barcelona";
        assertThat(Pages.get(path).select(".location-shots li, .location-interviews li, .location-days li")).isEmpty();
        long empty = statements(path);
        assertThat(empty).isPositive();

        SergeFilm.query(() -> {
            Location barcelona = Location.find("film.slug = ?1 and key = ?2", slug, "barcelona").firstResult();
            List<Shot> shots = Shot.list("scene.sequence.film.slug = ?1 order by id", slug);
            shots.forEach(s -> s.location = barcelona);
            Interview.<Interview>list("film.slug", slug).forEach(i -> i.location = barcelona);
            Schedule.<Schedule>list("film.slug", slug).forEach(schedule -> {
                for (int d = 1; d <= 3; d++) {
                    ShootDay day = new ShootDay();
                    day.schedule = schedule;
                    day.date = LocalDate.of(1991, 1, d);
                    day.location = barcelona;
                    day.persist();
                }
            });
            for (int p = 0; p < 3; p++) {
                LocationPhoto photo = new LocationPhoto();
                photo.location = barcelona;
                photo.fileName = "p" + p + ".png";
                photo.contentType = "image/png";
                photo.fileSize = LocationPhotoTest.PNG.length;
                photo.content = LocationPhotoTest.PNG;
                photo.uploadedAt = LocalDateTime.now();
                photo.persist();
            }
            return null;
        });

        var page = Pages.get(path);
        assertThat(page.select(".location-shots li").size()).isGreaterThan(20);
        assertThat(page.select(".location-interviews li").size()).isGreaterThan(3);
        assertThat(page.select(".location-days li")).hasSizeGreaterThanOrEqualTo(6);
        assertThat(page.select(".location-photos img")).hasSize(3);
        assertThat(statements(path)).isEqualTo(empty);
    }

    private long statements(String path) {
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();
        Pages.rendered(path);
        return statistics.getPrepareStatementCount();
    }
}
