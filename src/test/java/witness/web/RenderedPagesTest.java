package witness.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import witness.core.Film;
import witness.testing.As;
import witness.testing.CsrfTokens;
import witness.testing.FilmBuilder;

/**
 * Pages are rendered once per change: asked again with nothing changed, a page comes from the kept HTML, and
 * any committed change, by this instance or another, by a person or a command, shows on the next request.
 */
@QuarkusTest
class RenderedPagesTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aPageAskedForAgainWithNothingChangedIsServedAsItWasRendered() {
        String slug = FilmBuilder.withShots("kept-pages-again", 3);

        Response first = asABrowser().get("/films/{slug}/shots", slug);
        Response second = asABrowser().get("/films/{slug}/shots", slug);

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.header(CachedPageFilter.HEADER)).isEqualTo("miss");
        assertThat(second.header(CachedPageFilter.HEADER)).isEqualTo("hit");
        assertThat(second.contentType()).startsWith("text/html");
        assertThat(first.contentType()).isEqualTo(second.contentType()).isEqualTo("text/html;charset=UTF-8");
        assertThat(second.asString()).isEqualTo(first.asString());
    }

    @Test
    void aKeptPageRenewsTheCsrfCookieAsARenderedOneDoes() {
        String slug = FilmBuilder.withShots("kept-pages-cookie", 3);
        asABrowser().get("/films/{slug}/people", slug);

        Response kept = asABrowser().get("/films/{slug}/people", slug);

        assertThat(kept.header(CachedPageFilter.HEADER)).isEqualTo("hit");
        assertThat(kept.detailedCookie(CsrfTokens.COOKIE).getValue()).isEqualTo(CsrfTokens.TOKEN);
        assertThat(kept.detailedCookie(CsrfTokens.COOKIE).getMaxAge()).isEqualTo(12 * 60 * 60);
    }

    @Test
    void aChangeMadeThroughWitnessShowsOnTheNextRequest() {
        String slug = FilmBuilder.withShots("kept-pages-change", 3);
        asABrowser().get("/films/{slug}", slug);

        given().contentType(ContentType.JSON).body(Map.of("title", "Exile in Mexico"))
                .post("/api/films/{slug}/sequences", slug).then().statusCode(201);
        Response after = asABrowser().get("/films/{slug}", slug);

        assertThat(after.header(CachedPageFilter.HEADER)).isEqualTo("miss");
        assertThat(Jsoup.parse(after.asString()).select("section.sequence > h3").text()).contains("Exile in Mexico");
    }

    @Test
    void aChangeCommittedOutsideThePagesShowsOnTheNextRequest() {
        String slug = FilmBuilder.withShots("kept-pages-elsewhere", 3);
        asABrowser().get("/films/{slug}", slug);

        // as a command, or another instance sharing the database, would: no page or filter of this one knows of it
        QuarkusTransaction.requiringNew().run(() -> Film.<Film>find("slug", slug).firstResult().title =
                "The Case of Comrade Tulayev");

        assertThat(Jsoup.parse(asABrowser().get("/films/{slug}", slug).asString()).title())
                .contains("The Case of Comrade Tulayev");
    }

    @Test
    void aRevisionNumberedBelowTheHighestCommittedLastStillShows() throws SQLException {
        String slug = FilmBuilder.withShots("kept-pages-late-revision", 3);
        asABrowser().get("/films/{slug}", slug);

        // Two transactions draw revision numbers 9 and 10; 10 commits first, then 9: the highest stays 10.
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            long lower = -System.nanoTime();
            try (PreparedStatement revision = connection.prepareStatement(
                    "insert into revision (id, revision_time, username) values (?, ?, 'elsewhere')");
                    PreparedStatement title = connection.prepareStatement("update film set title = ? where slug = ?")) {
                revision.setLong(1, lower);
                revision.setTimestamp(2, Timestamp.from(Instant.now()));
                revision.executeUpdate();
                title.setString(1, "Memoirs of a Revolutionary");
                title.setString(2, slug);
                title.executeUpdate();
            }
            connection.commit();
        }

        assertThat(Jsoup.parse(asABrowser().get("/films/{slug}", slug).asString()).title())
                .contains("Memoirs of a Revolutionary");
    }

    @Test
    void eachPersonGetsThePageMadeForThem() {
        String slug = FilmBuilder.withShots("kept-pages-people", 3);
        asABrowser().get("/films/{slug}", slug);
        asABrowser().get("/films/{slug}", slug);

        Response viewers = asABrowser(As.viewer()).get("/films/{slug}", slug);

        assertThat(viewers.header(CachedPageFilter.HEADER)).isEqualTo("miss");
        assertThat(Jsoup.parse(viewers.asString()).select("a[href$=/deleted]")).isEmpty();
        assertThat(Jsoup.parse(asABrowser().get("/films/{slug}", slug).asString()).select("a[href$=/deleted]"))
                .isNotEmpty();
    }

    @Test
    void aNoticeToShowOnceIsShownOnceAndNeverKept() {
        String slug = FilmBuilder.withShots("kept-pages-notice", 3);
        asABrowser().get("/films/{slug}", slug);

        Response withNotice = asABrowser().cookie(Flash.COOKIE, "Saved%20scene%201.1.").get("/films/{slug}", slug);
        Response after = asABrowser().get("/films/{slug}", slug);

        assertThat(withNotice.header(CachedPageFilter.HEADER)).isNull();
        assertThat(withNotice.asString()).contains("Saved scene 1.1.");
        assertThat(after.header(CachedPageFilter.HEADER)).isEqualTo("hit");
        assertThat(after.asString()).doesNotContain("Saved scene 1.1.");
    }

    @Test
    void aFirstVisitWithoutACsrfCookieGetsAFreshPageAndTheCookie() {
        String slug = FilmBuilder.withShots("kept-pages-first-visit", 3);

        Response first = given().header(CsrfTokens.AS_IS, "first visit").get("/films/{slug}", slug);

        assertThat(first.header(CachedPageFilter.HEADER)).isNull();
        assertThat(first.cookie(CsrfTokens.COOKIE)).isNotBlank();
        assertThat(Jsoup.parse(first.asString()).select("input[name=csrf-token]").eachAttr("value"))
                .allMatch(first.cookie(CsrfTokens.COOKIE)::equals);
    }

    @Test
    void htmxFragmentsAreNeverServedFromTheKeptPages() {
        String slug = FilmBuilder.withShots("kept-pages-htmx", 3);
        asABrowser().get("/films/{slug}/shots", slug);

        Response fragment = asABrowser().header("HX-Request", "true").get("/films/{slug}/shots", slug);

        assertThat(fragment.header(CachedPageFilter.HEADER)).isNull();
    }

    /** A browser sends the CSRF cookie its first page set with every later request. */
    private static RequestSpecification asABrowser() {
        return given().cookie(CsrfTokens.COOKIE, CsrfTokens.TOKEN);
    }

    private static RequestSpecification asABrowser(RequestSpecification as) {
        return given(as).cookie(CsrfTokens.COOKIE, CsrfTokens.TOKEN);
    }
}
