package witness.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import witness.testing.FilmCopies;
import witness.testing.Pages;

/**
 * Shoot days plan shots and interviews of other features, which are deleted without naming schedules: the
 * confirmation says how many plans go, and the delete takes them off the days, which stay.
 */
@QuarkusTest
class ShootDayPlansTest {

    @Test
    void deletingAPlannedInterviewSaysSoAndTakesItOffItsDay() {
        String slug = FilmCopies.ofSerge("day-plans-interview");
        String confirmation = "/films/{slug}/interviews/friends-mexico/delete";
        assertThat(interviewPlans(slug)).isEqualTo(1);

        assertThat(Pages.get(confirmation, slug).text()).contains("1 shoot day no longer plans it");
        Pages.confirmDeletion(confirmation, slug).statusCode(303);

        assertThat(interviewPlans(slug)).isZero();
        assertThat(days(slug)).isEqualTo(days("victor-serge"));
    }

    @Test
    void deletingASceneSaysHowManyOfItsShotsArePlannedAndTakesThemOffTheirDays() {
        String slug = FilmCopies.ofSerge("day-plans-scene");
        String confirmation = "/films/{slug}/scenes/prologue-corpse/delete";
        long plans = shotPlans(slug);
        assertThat(plans).isPositive();

        assertThat(Pages.get(confirmation, slug).text()).contains(plans == 1 ? "1 shot planned on a shoot day"
                : plans + " shots planned on shoot days");
        Pages.confirmDeletion(confirmation, slug).statusCode(303);

        assertThat(shotPlans(slug)).isZero();
        assertThat(days(slug)).isEqualTo(days("victor-serge"));
    }

    private static long interviewPlans(String slug) {
        return QuarkusTransaction.requiringNew().call(() -> ShootDay.count("select count(d) from ShootDay d"
                + " join d.interviews i where i.key = 'friends-mexico' and d.schedule.film.slug = ?1", slug));
    }

    private static long shotPlans(String slug) {
        return QuarkusTransaction.requiringNew().call(() -> ShootDay.count("select count(s) from ShootDay d"
                + " join d.shots s where s.scene.key = 'prologue-corpse' and d.schedule.film.slug = ?1", slug));
    }

    private static long days(String slug) {
        return QuarkusTransaction.requiringNew().call(() -> ShootDay.count("schedule.film.slug", slug));
    }
}
