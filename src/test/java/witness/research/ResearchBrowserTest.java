package witness.research;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import witness.film.Scene;
import witness.sample.SyntheticFilm;
import witness.source.Source;
import witness.testing.Browser;
import witness.testing.BrowserTest;
import witness.testing.FilmCopies;

/**
 * What a researcher sees in a browser: the timeline drawn, a source cited on a scene (on a long series, found by
 * typing words of it), the search box.
 */
@QuarkusTest
class ResearchBrowserTest extends BrowserTest {
    @Inject
    SyntheticFilm synthetic;

    @Test
    void theTimelineIsDrawnWithItsSequenceBandsAndAMarkerLeadsToItsEvent() {
        open("films/victor-serge/chronology");

        Locator svg = page.locator("figure.timeline svg");
        assertThat(svg.boundingBox().width).isGreaterThan(300);
        assertThat(svg.boundingBox().height).isGreaterThan(50);
        assertThat(page.locator("g.band").count()).isGreaterThanOrEqualTo(2);
        for (Locator band : page.locator("g.band rect.band-area").all()) {
            assertThat(band.boundingBox().width).as("a band is wide enough to see").isGreaterThan(2);
        }
        assertThat(page.locator("g.band rect.band-area").first().evaluate("e => getComputedStyle(e).fillOpacity"))
                .as("bands are tinted by the stylesheet, not drawn black").isEqualTo("0.05");
        Browser.screenshot(page, "chronology");

        page.locator("a.marker[data-event=death-mexico-city]").click();
        assertThat(page.url()).endsWith("#event-death-mexico-city");
        assertThat(page.locator("#event-death-mexico-city").textContent()).contains("17 November 1947");
    }

    @Test
    void aResearcherCitesASourceOnASceneAndSeesTheFootnote() {
        String slug = FilmCopies.ofSerge("research-browser");
        open("films/" + slug + "/scenes/orenburg-exiles");
        int before = page.locator("ol.footnotes > li").count();

        page.getByText("Add a citation").click();
        Locator form = page.locator("details").filter(new Locator.FilterOptions().setHasText("Add a citation"));
        form.getByLabel("Source").selectOption(new SelectOption().setLabel("Memoirs of a Revolutionary, 1901–1941"));
        form.getByLabel("Locator").fill("p. 287");
        form.getByLabel("Claim it supports").fill("The exiles in Orenburg were watched by the GPU.");
        form.getByLabel("Verification").selectOption("verified");
        form.getByLabel("Verified by").fill("Research team");
        form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Add the citation")).click();

        page.waitForURL("**#citations");
        assertThat(page.locator("ol.footnotes > li")).satisfies(l -> assertThat(l.count()).isEqualTo(before + 1));
        assertThat(page.locator("ol.footnotes > li").last().textContent())
                .contains("Memoirs of a Revolutionary").contains("287")
                .contains("The exiles in Orenburg were watched by the GPU.");
        assertThat(page.locator("#scene-coverage").textContent()).contains((before + 1) + " citations");
        Browser.screenshot(page, "scene-citations");
    }

    @Test
    void onALongSeriesTheSourceToCiteIsFoundByTypingWordsOfIt() {
        String slug = "long-series-citations";
        synthetic.generate(slug, new SyntheticFilm.Size(2, 3, 4, 12, 6, 150, 30, 10, 4, 5));
        String[] wanted = QuarkusTransaction.requiringNew().call(() -> {
            Source source = Source.<Source>find("film.slug = ?1 order by id desc", slug).firstResult();
            Scene scene = Scene.<Scene>find("sequence.film.slug = ?1 order by id", slug).firstResult();
            return new String[] { source.key, source.title, scene.key };
        });
        open("films/" + slug + "/scenes/" + wanted[2]);
        page.getByText("Add a citation").click();
        Locator form = page.locator("details").filter(new Locator.FilterOptions().setHasText("Add a citation"));
        Locator list = form.locator("select[name=source]");
        assertThat(list.locator("option").count()).as("no list of 150 sources").isEqualTo(1);

        form.getByLabel("Find a source").pressSequentially(wanted[1], new Locator.PressSequentiallyOptions().setDelay(5));
        list.locator("option[value='" + wanted[0] + "']").waitFor(new Locator.WaitForOptions()
                .setState(com.microsoft.playwright.options.WaitForSelectorState.ATTACHED));
        assertThat(list.locator("option").count()).isBetween(2, 21);
        list.selectOption(wanted[0]);
        form.scrollIntoViewIfNeeded();
        Browser.screenshot(page, "scene-citation-finding");
        form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Add the citation")).click();

        page.waitForURL("**#citations");
        assertThat(page.locator("ol.footnotes > li").last().textContent()).contains(wanted[1]);
        Browser.screenshot(page, "scene-citation-found");
    }

    @Test
    void theSearchBoxInTheHeaderFindsANameWrittenWithoutItsAccents() {
        open("films/victor-serge");

        page.locator("#site-search-q").fill("sejourne");
        page.locator("#site-search-q").press("Enter");

        page.waitForURL("**/search?q=sejourne");
        assertThat(page.locator("#results-people mark").first().textContent()).isEqualTo("Séjourné");
        assertThat(page.locator("#search-q").inputValue()).isEqualTo("sejourne");
        Browser.screenshot(page, "search");
    }
}
