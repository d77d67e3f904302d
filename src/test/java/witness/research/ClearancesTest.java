package witness.research;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import witness.core.Film;
import witness.film.Scene;
import witness.film.Sequence;
import witness.film.Shot;
import witness.film.ShotKind;
import witness.film.ShotStatus;
import witness.source.ClearanceStatus;
import witness.source.Source;
import witness.testing.CsrfTokens;
import witness.testing.FilmBuilder;
import witness.testing.FilmCopies;
import witness.testing.Pages;
import witness.testing.SergeFilm;

/** What the archive material of a film costs to clear, and which shots still depend on uncleared material. */
@QuarkusTest
class ClearancesTest {
    private static final AtomicInteger COUNTER = new AtomicInteger();
    @Inject
    EntityManagerFactory entityManagerFactory;
    private String slug;

    /**
     * A small film with known fees. Shots, by number:
     * 1.1.1 archive film, newsreel (British Pathé, 750 GBP, to clear); 1.1.2 the same newsreel, shot;
     * 1.1.3 archive photograph (British Pathé, 100 EUR, cleared); 1.1.4 archive photograph, family album
     * (no fee, not needed); 1.1.5 location shot citing a book (not needed: no clearance);
     * 1.2.1 dropped document (Archive X, 200 GBP, refused); 1.2.2 archive film with no source;
     * 1.2.3 dropped archive film with no source; 1.2.4 graphic over a map (British Pathé, 50 GBP, requested).
     */
    @BeforeEach
    void buildTheFilm() {
        slug = "clearances-" + COUNTER.incrementAndGet();
        QuarkusTransaction.requiringNew().run(() -> {
            Film film = new Film();
            film.slug = slug;
            film.title = "A film with archive";
            film.targetMinutes = 60;
            film.persist();
            Source newsreel = source(film, "newsreel", "Newsreel: Paris 1935", "British Pathé", "750", "GBP",
                    ClearanceStatus.TO_CLEAR);
            newsreel.territory = "World";
            newsreel.term = "10 years";
            Source photo = source(film, "photo", "Photograph of the congress", "British Pathé", "100", "EUR",
                    ClearanceStatus.CLEARED);
            Source album = source(film, "album", "Family album", "The family", null, null, ClearanceStatus.NOT_NEEDED);
            Source book = source(film, "book", "Memoirs, a book", null, null, null, ClearanceStatus.NOT_NEEDED);
            Source letter = source(film, "letter", "A refused letter", "Archive X", "200", "GBP",
                    ClearanceStatus.REFUSED);
            Source map = source(film, "map", "Map of Europe, 1935", "British Pathé", "50", "GBP",
                    ClearanceStatus.REQUESTED);
            Sequence sequence = new Sequence();
            sequence.film = film;
            sequence.key = "one";
            sequence.position = 1;
            sequence.title = "One";
            sequence.persist();
            Scene first = scene(sequence, 1), second = scene(sequence, 2);
            shot(first, 1, ShotKind.ARCHIVE_FILM, newsreel, ShotStatus.PLANNED);
            shot(first, 2, ShotKind.ARCHIVE_FILM, newsreel, ShotStatus.SHOT);
            shot(first, 3, ShotKind.ARCHIVE_PHOTOGRAPH, photo, ShotStatus.PLANNED);
            shot(first, 4, ShotKind.ARCHIVE_PHOTOGRAPH, album, ShotStatus.PLANNED);
            shot(first, 5, ShotKind.LOCATION, book, ShotStatus.PLANNED);
            shot(second, 1, ShotKind.DOCUMENT, letter, ShotStatus.DROPPED);
            shot(second, 2, ShotKind.ARCHIVE_FILM, null, ShotStatus.PLANNED);
            shot(second, 3, ShotKind.ARCHIVE_FILM, null, ShotStatus.DROPPED);
            shot(second, 4, ShotKind.GRAPHIC, map, ShotStatus.SCHEDULED);
        });
    }

    @Test
    void everyArchiveItemUsedInAShotIsListedWithItsShots() {
        Document page = Pages.get("/films/{slug}/clearances", slug);

        assertThat(page.select("tr.item")).extracting(e -> e.id())
                .containsExactly("item-letter", "item-album", "item-map", "item-newsreel", "item-photo");
        Element newsreel = page.selectFirst("#item-newsreel");
        assertThat(newsreel.select("th a").attr("href")).isEqualTo("/films/" + slug + "/sources/newsreel");
        assertThat(newsreel.select("td").eachText()).containsExactly("British Pathé", "to clear", "£750.00",
                "World", "10 years", "1.1.1, 1.1.2");
        assertThat(page.selectFirst("#item-letter").hasClass("not-counted")).isTrue();
        assertThat(page.selectFirst("#item-letter .shots").text()).startsWith("1.2.1 (dropped)");
        assertThat(page.select("#item-book")).as("a book cited by a location shot needs no clearance").isEmpty();
    }

    @Test
    void totalsArePerRightsHolderAndPerStatusAndNeverAddOneCurrencyToAnother() {
        Document page = Pages.get("/films/{slug}/clearances", slug);

        assertThat(rows(page, "#totals-holder")).containsExactly(
                "British Pathé | 3 | €100.00; £800.00",
                "The family | 1 | no fee given (1)");
        assertThat(rows(page, "#totals-status")).containsExactly(
                "not needed | 1 | no fee given (1)",
                "to clear | 1 | £750.00",
                "requested | 1 | £50.00",
                "cleared | 1 | €100.00");
    }

    @Test
    void shotsInUseThatRelyOnUnclearedMaterialAreWarnedAbout() {
        Document page = Pages.get("/films/{slug}/clearances", slug);

        assertThat(page.select("li.warning")).extracting(e -> e.attr("data-shot"))
                .containsExactly("one-1-1", "one-1-2", "one-2-2", "one-2-4");
        assertThat(page.select("li.warning").get(2).text())
                .isEqualTo("Shot 1.2.2 (archive film, planned): no source given for this archive film shot: its rights are unknown");
        assertThat(page.select("li.warning").get(3).text()).contains("Map of Europe, 1935", "requested");
    }

    @Test
    void theCsvHasARowPerSourceThenTheTotalsPerRightsHolder() throws IOException {
        Response response = given().get("/films/{slug}/clearances.csv", slug);
        response.then().statusCode(200).contentType("text/csv")
                .header("Content-Disposition", "attachment; filename=\"" + slug + "-clearances.csv\"");
        byte[] bytes = response.asByteArray();
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFrow,source,title,rights holder,clearance,fee,currency,territory,term,shots,items\r\n");
        assertThat(text.replace("\r\n", "")).doesNotContain("\n");

        List<CSVRecord> records = parse(text.substring(1));
        assertThat(records).extracting(r -> r.get("row") + " " + r.get("source") + " " + r.get("rights holder")
                + " " + r.get("fee") + " " + r.get("currency") + " " + r.get("items")).containsExactly(
                "source letter Archive X 200.00 GBP 0",
                "source album The family   1",
                "source map British Pathé 50.00 GBP 1",
                "source newsreel British Pathé 750.00 GBP 1",
                "source photo British Pathé 100.00 EUR 1",
                "total  British Pathé 100.00 EUR 1",
                "total  British Pathé 800.00 GBP 2",
                "total  The family   1");
        assertThat(records.get(3).get("shots")).isEqualTo("1.1.1, 1.1.2");
        assertThat(records.get(3).get("clearance")).isEqualTo("to-clear");
        assertThat(records.get(0).get("shots")).isEqualTo("1.2.1 (dropped)");
    }

    @Test
    void aRightsHolderASpreadsheetWouldRunReachesTheCsvAsText() throws IOException {
        String formula = "=HYPERLINK(\"http://evil.example\",\"Pay here\")";
        QuarkusTransaction.requiringNew().run(() -> Source.<Source>list("film.slug = ?1 and key = 'letter'", slug)
                .get(0).rightsHolder = formula);

        List<CSVRecord> records = parse(given().get("/films/{slug}/clearances.csv", slug).then().statusCode(200)
                .extract().asString().substring(1));

        assertThat(records).extracting(r -> r.get("rights holder")).contains("'" + formula)
                .doesNotContain(formula);
    }

    @Test
    void theStatusFilterNarrowsThePageAndTheCsvAndABadStatusIsRefused() throws IOException {
        Document cleared = Pages.get("/films/{slug}/clearances?status=cleared", slug);
        assertThat(cleared.select("tr.item")).extracting(Element::id).containsExactly("item-photo");
        assertThat(rows(cleared, "#totals-holder")).containsExactly("British Pathé | 1 | €100.00");

        List<CSVRecord> records = parse(given().get("/films/{slug}/clearances.csv?status=to-clear", slug)
                .then().statusCode(200).extract().asString().substring(1));
        assertThat(records).extracting(r -> r.get("row") + " " + r.get("source") + " " + r.get("fee"))
                .containsExactly("source newsreel 750.00", "total  750.00");

        given().get("/films/{slug}/clearances?status=paid", slug).then().statusCode(400)
                .body(containsString("status: 'paid' is not one of"));
        given().get("/films/{slug}/clearances.csv?status=paid", slug).then().statusCode(400)
                .body(containsString("status:"));
        given().get("/films/no-such-film/clearances").then().statusCode(404);
        given().get("/films/no-such-film/clearances.csv").then().statusCode(404);
    }

    @Test
    void aChangedFeeAndClearanceShowAtOnce() {
        String copy = FilmCopies.ofSerge("clearances-serge");
        QuarkusTransaction.requiringNew().run(() -> {
            Film film = Film.find("slug", copy).firstResult();
            Source source = Source.byKey(film, "film-mexico-city-1940s").orElseThrow();
            source.rightsHolder = "Mexican Film Archive";
            source.fee = new BigDecimal("1234.50");
            source.currency = "MXN";
            source.clearance = ClearanceStatus.CLEARED;
        });
        Document page = Pages.get("/films/{slug}/clearances", copy);
        assertThat(page.select("#item-film-mexico-city-1940s td.fee").text()).isEqualTo("MX$1,234.50");
        assertThat(rows(page, "#totals-holder")).contains("Mexican Film Archive | 1 | MX$1,234.50");
        assertThat(page.select("li.warning")).extracting(e -> e.text())
                .noneMatch(w -> w.contains("Archive film of Mexico City streets"));
    }

    @Test
    void thePageAndTheCsvAskAsManyQuestionsForAThousandShotsAsForTen() {
        String small = FilmBuilder.withShots("clearance-statements-10", 10);
        String large = FilmBuilder.withShots("clearance-statements-1000", 1000);

        assertThat(statements("/films/" + large + "/clearances")).isEqualTo(statements("/films/" + small + "/clearances"))
                .isBetween(1L, 4L);
        assertThat(statements("/films/" + large + "/clearances.csv"))
                .isEqualTo(statements("/films/" + small + "/clearances.csv"));
        assertThat(Pages.get("/films/" + large + "/clearances").select("tr.item td.shots a").size()).isGreaterThan(100);
    }

    @Test
    void theSergeFilmListsItsArchiveFilm() {
        Document page = Pages.get("/films/{slug}/clearances", SergeFilm.SLUG);
        assertThat(page.select("#item-film-mexico-city-1940s th").text())
                .isEqualTo("Archive film of Mexico City streets and taxis, 1940s");
    }

    private long statements(String path) {
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();
        given().header(CsrfTokens.AS_IS, "rendered").get(path).then().statusCode(200);
        return statistics.getPrepareStatementCount();
    }

    private static List<String> rows(Document page, String table) {
        return page.select(table + " tbody tr").stream()
                .map(r -> r.select("th").text() + " | " + r.select("td.items").text() + " | " + r.select("td.fees").text())
                .toList();
    }

    private static List<CSVRecord> parse(String text) throws IOException {
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text))
                .setFormat(CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()).get()) {
            return parser.getRecords();
        }
    }

    private static Source source(Film film, String key, String title, String holder, String fee, String currency,
            ClearanceStatus clearance) {
        Source source = new Source();
        source.film = film;
        source.key = key;
        source.type = "manuscript";
        source.title = title;
        source.rightsHolder = holder;
        source.fee = fee == null ? null : new BigDecimal(fee);
        source.currency = currency;
        source.clearance = clearance;
        source.persist();
        return source;
    }

    private static Scene scene(Sequence sequence, int position) {
        Scene scene = new Scene();
        scene.sequence = sequence;
        scene.key = sequence.key + "-" + position;
        scene.position = position;
        scene.title = "Scene " + position;
        scene.persist();
        return scene;
    }

    private static void shot(Scene scene, int position, ShotKind kind, Source source, ShotStatus status) {
        Shot shot = new Shot();
        shot.scene = scene;
        shot.position = position;
        shot.key = scene.key + "-" + position;
        shot.kind = kind;
        shot.description = kind.label();
        shot.source = source;
        shot.status = status;
        shot.persist();
    }
}
