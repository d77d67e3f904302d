package witness.interview;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import witness.testing.As;
import witness.testing.BrowserTest;
import witness.testing.FilmCopies;
import witness.testing.SilentMp3;

/**
 * The transcript page plays a clip's proxy in Chromium: a line's time seeks to it (over HTTP byte ranges), the line
 * being heard is highlighted as it plays, and marking in and out while listening chooses the passage to the frame.
 */
@QuarkusTest
class TranscriptPlayerBrowserTest extends BrowserTest {
    static final String FORM = "application/x-www-form-urlencoded; charset=UTF-8";
    static final Pattern HEARD = Pattern.compile(".*\\bheard\\b.*");

    /** Jeannine's interview with a transcript, a 29.97 drop-frame clip starting 10:00:00;00 and a 60-second proxy. */
    private String jeannineWithAProxy(String name, String rate) {
        String slug = FilmCopies.ofSerge(name);
        given(As.researcher()).contentType(FORM).formParam("reel", "SR-02").formParam("start", "10:00:00:00")
                .formParam("rate", rate).formParam("picture", "false").redirects().follow(false)
                .post("/films/{slug}/interviews/jeannine/clips", slug).then().statusCode(303);
        given(As.researcher()).multiPart("proxy", "sr02.mp3", SilentMp3.ofSeconds(60), "audio/mpeg").redirects()
                .follow(false).post("/films/{slug}/interviews/jeannine/clips/jeannine-sr-02/proxy", slug).then()
                .statusCode(303);
        given(As.researcher()).contentType("text/plain").body("""
                [00:00:01] JEANNINE: We left Marseille on the Capitaine Paul-Lemerle.
                [00:00:04] JEANNINE: My father kept his manuscripts in a suitcase.
                [00:00:30] JEANNINE: Breton drew on the deck every evening.
                [00:00:50] JEANNINE: In Martinique they put us in a camp.
                """).post("/api/films/{slug}/interviews/jeannine/transcript", slug).then().statusCode(200);
        return slug;
    }

    @Test
    void clickingALineSeeksThereAndTheLineHeardIsHighlightedAsItPlays() {
        String slug = jeannineWithAProxy("player-seek", "25");
        open("films/" + slug + "/interviews/jeannine/transcript");
        waitUntil("() => document.getElementById('player').readyState >= 1", null);

        page.locator("#line-3 button.seek").click();
        waitUntil("() => document.getElementById('player').currentTime >= 30.3", null);
        assertThat(page.locator("#line-3")).hasClass(HEARD);
        assertThat(page.locator("#line-3")).hasAttribute("aria-current", "true");
        assertThat(page.locator("#line-2")).not().hasClass(HEARD);

        // played on from line 3 into line 4 (starting at 50 s): the highlight follows
        page.evaluate("document.getElementById('player').currentTime = 49.5");
        waitUntil("() => document.getElementById('player').currentTime >= 50.2", null);
        assertThat(page.locator("#line-4")).hasClass(HEARD);
        assertThat(page.locator("table.transcript tr.heard")).hasCount(1);
    }

    @Test
    void markingInAndOutWhileListeningQuotesThePassageCutToTheFrame() {
        String slug = jeannineWithAProxy("player-marks", "25");
        open("films/" + slug + "/interviews/jeannine/transcript");
        waitUntil("() => document.getElementById('player').readyState >= 1", null);
        seekTo(4.48);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Mark in")).click();
        seekTo(29.0);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Mark out")).click();

        assertThat(page.getByLabel("From line")).hasValue("2");
        assertThat(page.getByLabel("To line")).hasValue("2");
        assertThat(page.locator("#passage-clip")).hasValue("jeannine-sr-02");
        assertThat(page.locator("#passage-clipIn")).hasValue("10:00:04:12");
        assertThat(page.locator("#passage-clipOut")).hasValue("10:00:29:00");
        assertThat(page.locator("#player-timecode")).hasText("10:00:29:00");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Make a testimony")).click();

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Testimonies");
        String cut = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> {
            Testimony t = Testimony.<Testimony>find("film.slug = ?1 and text = ?2", slug,
                    "My father kept his manuscripts in a suitcase.").singleResult();
            return t.clipIn + "–" + t.clipOut;
        });
        assertThat(cut).isEqualTo("10:00:04:12–10:00:29:00");
    }

    @Test
    void thePagesTimecodesInDropFrameAreTheServers() {
        String slug = jeannineWithAProxy("player-drop", "29.97df");
        open("films/" + slug + "/interviews/jeannine/transcript");
        // across a minute (1800: 00:01:00;02), a tenth minute (17982: 00:10:00;00), an hour, the day's last frame,
        // and past midnight (wrapping as decks do)
        for (int frames : List.of(0, 1799, 1800, 17981, 17982, 107892, 2589407, 2589408 + 1800)) {
            String page = (String) this.page.evaluate("f => WitnessTimecode(f, 30, true)", frames);
            assertThat(page).as("frame %d", frames)
                    .isEqualTo(SmpteTimecode.ofFrames(frames, FrameRate.FPS_29_97_DF).toString());
        }
    }

    private void seekTo(double seconds) {
        page.evaluate("t => { const p = document.getElementById('player'); p.pause(); p.currentTime = t; }", seconds);
        waitUntil("t => { const p = document.getElementById('player'); return !p.seeking"
                + " && Math.abs(p.currentTime - t) < 0.001; }", seconds);
    }

    /**
     * Waits up to ten seconds for the function to answer true in the page. Playwright's waitForFunction evaluates a
     * string, which the pages' Content-Security-Policy (no eval) refuses; a function called by evaluate is not.
     */
    private void waitUntil(String function, Object arg) {
        long end = System.nanoTime() + 10_000_000_000L;
        while (!Boolean.TRUE.equals(page.evaluate(function, arg))) {
            if (System.nanoTime() > end) {
                throw new AssertionError("Not true after 10 s in the page: " + function);
            }
            page.waitForTimeout(50);
        }
    }
}
