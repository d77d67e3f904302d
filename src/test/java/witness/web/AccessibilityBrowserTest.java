package witness.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import witness.film.Scene;
import witness.sample.SyntheticFilm;
import witness.security.Role;
import witness.testing.As;
import witness.testing.Axe;
import witness.testing.BrowserPool;
import witness.testing.BrowserPool.Visit;
import witness.testing.BrowserTest;
import witness.testing.FilmCopies;

/**
 * Every page of the app, as the producer sees it (its folded forms unfolded), passes axe-core's WCAG 2.1 A/AA
 * rules and best practices without a serious or critical violation, nor any of the page-structure rules
 * ({@link Axe#STRUCTURE}). A failure lists each rule broken, what it asks for and where.
 */
@QuarkusTest
class AccessibilityBrowserTest extends BrowserTest {
    private static final String FILM = "films/victor-serge";

    @Inject
    SyntheticFilm synthetic;

    @BeforeEach
    void injectable() {
        bypassCsp();
    }


    /** Every page of the app, as the producer sees it. */
    static final List<String> PAGES = List.of(
        "",
        "?film=victor-serge",
        FILM,
        FILM + "/scenes/orenburg-arrest",
        FILM + "/scenes/orenburg-arrest/delete",
        FILM + "/sequences/orenburg/delete",
        FILM + "/shots",
        FILM + "/shots/new?scene=orenburg-arrest",
        FILM + "/shots/orenburg-arrest-1/edit",
        FILM + "/shots/import",
        FILM + "/shots/print",
        FILM + "/interviews",
        FILM + "/interviews/new",
        FILM + "/interviews/vlady",
        FILM + "/interviews/vlady/delete",
        FILM + "/interviews/vlady/transcript",
        FILM + "/testimonies",
        FILM + "/people",
        FILM + "/people/new",
        FILM + "/people/vlady",
        FILM + "/sources",
        FILM + "/sources/annees-sans-pardon",
        FILM + "/sources/annees-sans-pardon/delete",
        FILM + "/sources/import",
        FILM + "/bibliography",
        FILM + "/clearances",
        FILM + "/coverage",
        FILM + "/research-log",
        FILM + "/research-log/new",
        FILM + "/locations",
        FILM + "/locations/mexico-city",
        FILM + "/locations/mexico-city/delete",
        FILM + "/schedules",
        FILM + "/schedules/mexico-shoot",
        FILM + "/schedules/mexico-shoot/suggestion",
        FILM + "/schedules/mexico-shoot/conflicts",
        FILM + "/schedules/mexico-shoot/days/1990-03-05/call-sheet",
        FILM + "/chronology",
        FILM + "/chronology/tsar-assassination",
        FILM + "/search?q=gorkin",
        FILM + "/search?q=zeppelin",
        FILM + "/exports",
        FILM + "/deleted",
        FILM + "/scenes/orenburg-arrest/history",
        FILM + "/interviews/vlady/history",
        FILM + "/sources/annees-sans-pardon/history",
        "users",
        "backups");

    /** A viewer's pages have no forms to write with: they are checked as well. */
    static final List<String> VIEWERS_PAGES = List.of(
        "?film=victor-serge",
        FILM,
        FILM + "/scenes/orenburg-arrest",
        FILM + "/shots",
        FILM + "/interviews",
        FILM + "/interviews/vlady",
        FILM + "/people/vlady",
        FILM + "/sources/annees-sans-pardon",
        FILM + "/schedules/mexico-shoot");

    /** The pages are checked by several browsers side by side ({@link BrowserPool}); a failure names each page. */
    @Test
    void everyPageHasNoSeriousViolationAsTheProducerAndAsAViewer() {
        List<Visit> visits = new ArrayList<>();
        PAGES.forEach(path -> visits.add(Visit.of(path, As.adminCookie()).bypassingCsp()));
        String viewer = As.cookieOf(Role.VIEWER);
        VIEWERS_PAGES.forEach(path -> visits.add(Visit.of(path, viewer).bypassingCsp()));

        List<String> failures = BrowserPool.check(base, visits, (visit, page, answer) -> {
            assertThat(answer.status()).as("status").isEqualTo(200);
            assertNoSeriousViolation(page, "the page");
        });

        assertThat(failures).as(() -> String.join("\n", failures)).isEmpty();
    }

    @Test
    void aResearchLogEntryHasNoSeriousViolation() {
        open(FILM + "/research-log");
        Locator entry = page.locator("article.log-entry .meta a[href*='/research-log/']").first();
        String href = entry.getAttribute("href");
        page.navigate(base + href.substring(1));
        assertThat(page).hasURL(Pattern.compile("/research-log/\\d+$"));
        assertNoSeriousViolation(href);
    }

    @Test
    void aTranscriptWithASearchHasNoSeriousViolation() {
        String slug = FilmCopies.ofSerge("accessible-transcript");
        given().contentType("text/plain; charset=UTF-8")
                .body("[00:12:31] VLADY: My father wrote every night in Orenburg.\n"
                        + "[00:12:48] VLADY: The manuscripts were taken at the border.\n")
                .post("/api/films/{slug}/interviews/vlady/transcript", slug).then().statusCode(200);

        open("films/" + slug + "/interviews/vlady/transcript?q=manuscripts");
        assertThat(page.locator("mark").first()).hasText("manuscripts");
        assertNoSeriousViolation("a transcript searched for 'manuscripts'");
    }

    @Test
    void aScriptExportPageHasNoSeriousViolation() {
        open(FILM + "/exports");
        page.locator("form.script-export-form button[type=submit]").click();
        assertThat(page).hasURL(Pattern.compile("/script-exports/\\d+$"));
        assertNoSeriousViolation(page.url());
    }

    @Test
    void theCheckFindsAnUnlabelledControl() {
        open(FILM + "/people/new");
        page.locator("form.person-form label").first().evaluate("l => l.replaceWith(...l.querySelectorAll('input'))");

        List<Axe.Violation> violations = Axe.seriousViolations(page);
        assertThat(violations).extracting(Axe.Violation::rule).contains("label");
        assertThat(Axe.describe("the page", violations)).contains("label (critical): Form elements must have labels");
    }

    @ParameterizedTest(name = "/{0} logged out")
    @ValueSource(strings = {"login", "login?error=true"})
    void theLoginPageHasNoSeriousViolation(String path) {
        openAs(null, path);
        assertThat(page.locator("input[type=password]")).isVisible();
        assertNoSeriousViolation("/" + path + " (logged out)");
    }

    @Test
    void theShotEditorInTheListHasNoSeriousViolation() {
        open(FILM + "/shots");
        page.locator("#edit-orenburg-arrest-1").press("Enter");
        assertThat(page.locator("tr.shot-editor select[name=scene]")).isVisible();
        assertNoSeriousViolation("the shot list with shot 2.1.1's editor open in its row");
    }

    @Test
    void aLongSeriesSceneWithItsSearchBoxesFilledHasNoSeriousViolation() {
        String slug = "accessible-long-series";
        synthetic.generate(slug, new SyntheticFilm.Size(2, 3, 4, 40, 20, 150, 30, 10, 4, 5));
        String scene = QuarkusTransaction.requiringNew().call(
                () -> Scene.<Scene>find("sequence.film.slug = ?1 order by id", slug).firstResult().key);
        open("films/" + slug + "/scenes/" + scene);
        page.evaluate("document.querySelectorAll('details').forEach(d => d.open = true)");
        page.locator("#new-citation-findSource").pressSequentially("the");
        page.locator("#place-testimony-find").pressSequentially("the");
        page.waitForFunction("document.querySelectorAll('#new-citation-source option').length > 1"
                + " && document.querySelectorAll('#place-testimony-testimony option').length > 1");
        assertNoSeriousViolation("a scene of a long series, its search boxes filled");
    }

    @Test
    void theRefusalPageHasNoSeriousViolation() {
        openAs(As.cookieOf(Role.VIEWER), "users");
        assertThat(response.status()).isEqualTo(403);
        assertThat(page.locator("h1")).hasText("Not allowed");
        assertNoSeriousViolation("the 403 page (/users as a viewer)");
    }

    @Test
    void aFormWithErrorsHasNoSeriousViolation() {
        open(FILM + "/people/new");
        Locator form = page.locator("form.person-form");
        // The browser would refuse the empty name itself; the server's 422 page is what is checked here.
        form.evaluate("f => f.noValidate = true");
        com.microsoft.playwright.Response posted = page.waitForResponse(r -> r.request().method().equals("POST"),
                () -> form.locator("button[type=submit]").click());
        assertThat(posted.status()).isEqualTo(422);
        assertThat(page.locator("[aria-invalid=true]").first()).isFocused();
        assertNoSeriousViolation("the 422 new-person form with errors");
    }

    private void assertNoSeriousViolation(String where) {
        assertNoSeriousViolation(page, where);
    }

    private static void assertNoSeriousViolation(Page page, String where) {
        assertThat(page.locator("h1").first()).isVisible();
        // The forms folded in <details> (edit, add) are checked too.
        page.evaluate("document.querySelectorAll('details').forEach(d => d.open = true)");
        List<Axe.Violation> violations = Axe.seriousViolations(page);
        assertThat(violations).as(() -> Axe.describe(where, violations)).isEmpty();
    }
}
