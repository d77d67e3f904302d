package witness.script;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import java.time.LocalDate;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import witness.core.Film;

/** A film of 6,000 shots is assembled in as few queries as a small one, and exports with its progress told. */
@QuarkusTest
class LargeScriptExportTest {
    private static String large;

    @Inject
    EntityManagerFactory entityManagerFactory;

    @Test
    void aFilmOfSixThousandShotsIsAssembledWhole() {
        String slug = largeFilm();

        ShootingScript script = QuarkusTransaction.requiringNew().call(() -> ScriptAssembly.of(
                Film.bySlug(slug).orElseThrow(), ScriptOptions.whole(), LocalDate.of(2025, 1, 1)));
        assertThat(script.sceneCount()).isEqualTo(600);
        assertThat(script.shotCount()).isEqualTo(40 * 15 * 9);
    }

    @Test
    void theAssemblyAsksAsManyQuestionsOfSixThousandShotsAsOfTwentyFour() {
        String small = LargeFilms.build("script-statements-small", 2, 3, 4);

        long forSmall = statements(small, 6);
        long forLarge = statements(largeFilm(), 600);

        assertThat(forLarge).isEqualTo(forSmall);
        assertThat(forSmall).as("statistics are on, and the script needs only a few queries").isBetween(1L, 10L);
    }

    @Test
    void itExportsThroughAJobWithProgressToTheLastScene() {
        String slug = largeFilm();

        String path = ScriptJobs.start(slug, ScriptJobs.form(SlowTextFormat.EXTENSION));
        Document page = ScriptJobs.awaitEnd(path);

        assertThat(page.select(".status").text()).startsWith("Done");
        assertThat(page.select("#script-export-progress").text()).contains("600 of 600 scenes");
        String file = given().get(page.selectFirst("a.download").attr("href")).then().statusCode(200)
                .extract().asString();
        assertThat(file.lines()).hasSize(600).startsWith("1.1 Scene 1 of Sequence 1").endsWith(
                "40.15 Scene 15 of Sequence 40");
    }

    /** The statements of assembling the film's whole script, counted from the film on. */
    private long statements(String slug, int scenes) {
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        return QuarkusTransaction.requiringNew().call(() -> {
            Film film = Film.bySlug(slug).orElseThrow();
            statistics.clear();
            ShootingScript script = ScriptAssembly.of(film, ScriptOptions.whole(), LocalDate.of(2025, 1, 1));
            long count = statistics.getPrepareStatementCount();
            assertThat(script.sceneCount()).isEqualTo(scenes);
            return count;
        });
    }

    /** One film of 40 sequences × 15 scenes × 10 shots, built once for the tests of this class. */
    private static synchronized String largeFilm() {
        if (large == null) {
            large = LargeFilms.build("script-six-thousand-shots", 40, 15, 10);
        }
        return large;
    }
}
