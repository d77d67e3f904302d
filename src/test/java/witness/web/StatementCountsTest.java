package witness.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.HttpClientConfig;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import witness.core.Film;
import witness.sample.SyntheticFilm;
import witness.testing.CsrfTokens;

/**
 * Every page, export and API list asks the database no more questions of the large synthetic film (6,000 shots,
 * 2,000 sources…) than of the small one (24 shots): no statement per row. Keys that differ between the two films
 * (a scene, an interview, a person, a source, a shoot day) are the first of their kind in each.
 */
@Tag("slow")
@QuarkusTest
class StatementCountsTest {
    private static final String SMALL = "statement-counts-small";
    private static final String LARGE = "statement-counts-large";
    /** A handful is a page's own queries; more than this is a page that should be asked in fewer. */
    private static final long BOUND = 25;
    /** The dossier holds every kind of the film and each of their collections: a query for each. */
    private static final long DOSSIER_BOUND = 40;

    @Inject
    EntityManagerFactory entityManagerFactory;
    @Inject
    EntityManager em;
    @Inject
    SyntheticFilm synthetic;

    static Stream<String> urls() {
        return Stream.of(
                "/?film={slug}",
                "/films/{slug}",
                "/films/{slug}/scenes/{scene}",
                "/films/{slug}/scenes/{scene}/history",
                "/films/{slug}/shots",
                "/films/{slug}/shots?kind=location&status=planned",
                "/films/{slug}/shots?sequence={sequence}",
                "/films/{slug}/shots?location={location}&q=today",
                "/films/{slug}/shots?interviewee={person}",
                "/films/{slug}/shots/{shot}/edit",
                "/films/{slug}/shots/print",
                "/films/{slug}/shots.pdf",
                "/films/{slug}/shots.csv",
                "/films/{slug}/interviews",
                "/films/{slug}/interviews/{interview}",
                "/films/{slug}/interviews/{interview}/transcript",
                "/films/{slug}/interviews/{interview}/history",
                "/films/{slug}/testimonies",
                "/films/{slug}/people",
                "/films/{slug}/people/{person}",
                "/films/{slug}/sources",
                "/films/{slug}/sources?clearance=to-clear&type=book",
                "/films/{slug}/sources/{source}",
                "/films/{slug}/sources/{source}/history",
                "/films/{slug}/bibliography",
                "/films/{slug}/bibliography?sources=cited",
                "/films/{slug}/sources.csl.json",
                "/films/{slug}/sources.bib",
                "/films/{slug}/clearances",
                "/films/{slug}/clearances.csv",
                "/films/{slug}/coverage",
                "/films/{slug}/research-log",
                "/films/{slug}/research-log?researcher=Tom Ashworth&kind=recce&followUps=open",
                "/films/{slug}/research-log?location={location}",
                "/films/{slug}/research-log/new",
                "/films/{slug}/locations",
                "/films/{slug}/locations/{location}",
                "/films/{slug}/schedules",
                "/films/{slug}/schedules/europe-shoot",
                "/films/{slug}/schedules/europe-shoot.ics",
                "/films/{slug}/schedules/europe-shoot.csv",
                "/films/{slug}/schedules/europe-shoot/conflicts",
                "/films/{slug}/schedules/europe-shoot/day-out-of-days",
                "/films/{slug}/schedules/europe-shoot/day-out-of-days.csv",
                "/films/{slug}/schedules/europe-shoot/day-out-of-days.pdf",
                "/films/{slug}/schedules/europe-shoot/days/{day}/call-sheet",
                "/films/{slug}/schedules/europe-shoot/days/{day}/call-sheet.pdf",
                "/films/{slug}/chronology",
                "/films/{slug}/search?q=e",
                "/films/{slug}/choices/sources?findSource=e",
                "/films/{slug}/choices/testimonies?findTestimony=e",
                "/films/{slug}/exports",
                "/films/{slug}/script.html",
                "/films/{slug}/script.pdf",
                "/films/{slug}/script.fountain",
                "/films/{slug}/script.fdx",
                "/films/{slug}/dossier.zip",
                "/films/{slug}/deleted",
                "/api/films/{slug}/sequences",
                "/api/films/{slug}/scenes",
                "/api/films/{slug}/shots",
                "/api/films/{slug}/interviews",
                "/api/films/{slug}/interviews/{interview}/transcript",
                "/api/films/{slug}/people",
                "/api/films/{slug}/sources",
                "/api/films/{slug}/locations");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("urls")
    void asksTheLargeFilmNoMoreQuestionsThanTheSmallOne(String url) {
        Films films = films();
        long small = statements(films.small().expand(url));
        long large = statements(films.large().expand(url));
        Log.infof("Statements for %s: %d on the small film, %d on the large one", url, small, large);

        // At most as many: on a long series the forms offer sources and testimonies through a search box
        // (witness.web.Choices) instead of listing them all, which asks fewer questions.
        assertThat(large).as("%s: %d statements for the small film, %d for the large one", url, small, large)
                .isLessThanOrEqualTo(small);
        assertThat(small).as("%s: %d statements", url, small)
                .isBetween(1L, url.endsWith("dossier.zip") ? DOSSIER_BOUND : BOUND);
    }

    private long statements(String path) {
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();
        // the large film's PDFs and bibliography take longer than REST Assured's usual wait on a busy machine
        // rendered, as on a first visit: a page kept since it was last rendered issues no statements of its own
        given().header(CsrfTokens.AS_IS, "rendered")
                .config(RestAssured.config().httpClient(HttpClientConfig.httpClientConfig()
                        .setParam("http.socket.timeout", 300_000)))
                .redirects().follow(false).get(path).then().statusCode(200);
        return statistics.getPrepareStatementCount();
    }

    // -- the two films, made once for the whole run --------------------------------------------------

    record Keys(Map<String, String> values) {
        String expand(String url) {
            String path = url;
            for (Map.Entry<String, String> e : values.entrySet()) {
                path = path.replace("{" + e.getKey() + "}", e.getValue());
            }
            return path;
        }
    }

    record Films(Keys small, Keys large) {
    }

    private static Films films;

    private synchronized Films films() {
        if (films == null) {
            films = new Films(film(SMALL, SyntheticFilm.Size.SMALL), film(LARGE, SyntheticFilm.Size.LARGE));
            // the first request signs in, which has its own queries: not to be counted against a page
            given().get("/?film=" + SMALL).then().statusCode(200);
        }
        return films;
    }

    private Keys film(String slug, SyntheticFilm.Size size) {
        if (QuarkusTransaction.requiringNew().call(() -> Film.bySlug(slug).isEmpty())) {
            synthetic.generate(slug, size);
        }
        return QuarkusTransaction.requiringNew().call(() -> {
            Map<String, String> keys = new LinkedHashMap<>();
            keys.put("slug", slug);
            keys.put("sequence", first("select q.key from Sequence q where q.film.slug = ?1 order by q.position",
                    slug));
            keys.put("scene", first("select s.key from Scene s where s.sequence.film.slug = ?1"
                    + " order by s.sequence.position, s.position", slug));
            keys.put("shot", first("select s.key from Shot s where s.scene.sequence.film.slug = ?1 order by s.id",
                    slug));
            keys.put("interview", first("select i.key from Interview i where i.film.slug = ?1 order by i.id", slug));
            keys.put("person", first("select i.person.key from Interview i where i.film.slug = ?1 order by i.id",
                    slug));
            keys.put("source", first("select s.key from Source s where s.film.slug = ?1 order by s.id", slug));
            keys.put("location", first("select l.key from Location l where l.film.slug = ?1 order by l.id", slug));
            keys.put("day", first("select cast(d.date as String) from ShootDay d where d.schedule.film.slug = ?1"
                    + " and d.schedule.key = 'europe-shoot' order by d.date", slug));
            return new Keys(keys);
        });
    }

    private String first(String query, String slug) {
        List<?> rows = em.createQuery(query).setParameter(1, slug).setMaxResults(1).getResultList();
        assertThat(rows).as(query).isNotEmpty();
        return String.valueOf(rows.get(0));
    }
}
