package witness.film;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import witness.testing.As;
import witness.testing.FilmBuilder;
import witness.testing.Pages;

/** The shot list asks the database the same few questions whether a film has 10 shots or 1,000 (in pages). */
@QuarkusTest
class ShotListStatementsTest {
    @Inject
    EntityManagerFactory entityManagerFactory;

    @Test
    void theShotListPageIssuesAsManyStatementsForTenShotsAsForAThousand() {
        String small = FilmBuilder.withShots("statements-10", 10);
        String large = FilmBuilder.withShots("statements-1000", 1000);

        long forSmall = statements("/films/" + small + "/shots", 10);
        long forLarge = statements("/films/" + large + "/shots", SequencePage.SHOTS); // its first page
        long forALaterPage = statements("/films/" + large + "/shots?page=3", SequencePage.SHOTS);

        assertThat(forLarge).isEqualTo(forSmall);
        assertThat(forALaterPage).isEqualTo(forSmall);
        assertThat(forSmall).as("statistics are on, and the page needs only a few queries").isBetween(1L, 13L);
    }

    @Test
    void soDoesAFilteredShotList() {
        String large = FilmBuilder.withShots("statements-filtered", 1000);
        String small = FilmBuilder.withShots("statements-filtered-small", 10);

        assertThat(statements("/films/" + large + "/shots?interviewee=vlady&q=shot", SequencePage.SHOTS))
                .isEqualTo(statements("/films/" + small + "/shots?interviewee=vlady&q=shot", 5));
    }

    private long statements(String path, int expectedRows) {
        As.adminCookie(); // the first request of an app start signs in: not the page's statements
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();
        Document page = Pages.rendered(path);
        assertThat(page.select("tr.shot")).hasSize(expectedRows);
        return statistics.getPrepareStatementCount();
    }
}
