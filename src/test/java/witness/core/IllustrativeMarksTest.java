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
            /films/{slug}/research-log                      | research-log           | the research log's dates
            /films/{slug}/scenes/orenburg-border            | verifications          | who verified each citation
            /films/{slug}/schedules                         | schedules              | the shoot days
            /films/{slug}/schedules/mexico-shoot            | schedules              | the shoot days
            /films/{slug}/schedules/mexico-shoot/days/1990-03-05/call-sheet | schedules           | the shoot days
            /films/{slug}/locations                         | location-arrangements  | recce and permit states
            /films/{slug}/locations/orenburg                | location-arrangements  | recce and permit states
            /films/{slug}/interviews                        | interview-arrangements | statuses, dates, fees
            /films/{slug}/interviews/vlady                  | interview-arrangements | statuses, dates, fees
            /films/{slug}/clearances                        | clearances             | clearances, rights holders
            /films/{slug}/sources                           | clearances             | clearances, rights holders
            /?film={slug}                                   | target-length          | the target running time
            """)
    void theSergeFilmsPagesMarkWhatIsIllustrative(String page, String part, String words) {
        Element mark = Pages.get(page.replace("{slug}", SergeFilm.SLUG)).getElementById("illustrative-" + part);

        assertThat(mark).as(page).isNotNull();
        assertThat(mark.text()).startsWith("Illustrative: ").contains(words)
                .endsWith("invented for the production, not research.");
    }

    @ParameterizedTest
    @CsvSource({ "/films/{slug}/research-log", "/films/{slug}/schedules", "/films/{slug}/locations",
            "/films/{slug}/interviews", "/films/{slug}/clearances", "/films/{slug}/sources", "/?film={slug}" })
    void aFilmThatListsNothingIllustrativeShowsNoMark(String page) {
        Document shown = Pages.get(page.replace("{slug}", OTHER));

        assertThat(shown.select(".illustrative")).as(page).isEmpty();
    }
}
