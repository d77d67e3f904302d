package witness.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import witness.testing.FilmBuilder;
import witness.testing.Pages;
import witness.testing.SergeFilm;

/**
 * What the Serge dossier invents for the production is marked as illustrative on the pages that show it, so that
 * nobody quotes it as research; a film that lists nothing as illustrative shows no mark.
 */
@QuarkusTest
class IllustrativeMarksTest {
    static final String OTHER = FilmBuilder.withShots("illustrative-none", 20);

    @ParameterizedTest
    @CsvSource(delimiterString = "|", textBlock = """
            /research-log                                   | research-log           | the research log's dates
            /scenes/orenburg-border                         | verifications          | who verified each citation
            /schedules                                      | schedules              | the shoot days
            /schedules/mexico-shoot                         | schedules              | the shoot days
            /schedules/mexico-shoot/days/1990-03-05/call-sheet | schedules           | the shoot days
            /locations                                      | location-arrangements  | recce and permit states
            /locations/orenburg                             | location-arrangements  | recce and permit states
            /interviews                                     | interview-arrangements | statuses, dates, fees
            /interviews/vlady                               | interview-arrangements | statuses, dates, fees
            /clearances                                     | clearances             | clearances, rights holders
            /sources                                        | clearances             | clearances, rights holders
            /                                               | target-length          | the target running time
            """)
    void theSergeFilmsPagesMarkWhatIsIllustrative(String page, String part, String words) {
        Element mark = Pages.get("/films/" + SergeFilm.SLUG + page).getElementById("illustrative-" + part);

        assertThat(mark).as(page).isNotNull();
        assertThat(mark.text()).startsWith("Illustrative: ").contains(words)
                .endsWith("invented for the production, not research.");
    }

    @ParameterizedTest
    @CsvSource({ "/research-log", "/schedules", "/locations", "/interviews", "/clearances", "/sources", "/" })
    void aFilmThatListsNothingIllustrativeShowsNoMark(String page) {
        Document shown = Pages.get("/films/" + OTHER + page);

        assertThat(shown.select(".illustrative")).as(page).isEmpty();
    }
}
