package witness.research;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import witness.chronology.ChronologyEvent;
import witness.chronology.DatePrecision;
import witness.core.Film;
import witness.film.Scene;
import witness.person.Person;
import witness.source.Source;
import witness.testing.FilmBuilder;
import witness.testing.Pages;
import witness.testing.SergeFilm;

/** The Serge chronology as the dossier loads it: the timeline, its bands, and the list of events. */
@QuarkusTest
class ChronologyPageTest {
    @Inject
    EntityManagerFactory entityManagerFactory;

    @Test
    void eventsAreListedWithTheirDatesAsPeopleWriteThemAndTheirLinks() {
        Document page = Pages.get("/films/{slug}/chronology", SergeFilm.SLUG);

        Element death = page.selectFirst("#event-death-mexico-city");
        assertThat(death.select("h2").text()).isEqualTo("17 November 1947 · Mexico City");
        assertThat(death.select(".sources a")).extracting(e -> e.attr("href"))
                .contains("/films/victor-serge/sources/gorkin-testimony", "/films/victor-serge/sources/talk-life-of-serge");
        assertThat(death.select(".people").text()).contains("Victor Serge");
        assertThat(death.select(".scenes a")).extracting(e -> e.attr("href"))
                .contains("/films/victor-serge/scenes/prologue-taxi");
        assertThat(page.select("#event-barcelona-uprising h2").text()).isEqualTo("July 1917 · Barcelona");
        assertThat(page.select("#event-tsar-assassination h2").text()).isEqualTo("1881 · St Petersburg");
        List<String> dates = page.select("ol.chronology > li time").eachAttr("datetime");
        assertThat(dates).hasSize(50).first().isEqualTo("1881");
        assertThat(dates.get(dates.size() - 1)).startsWith("19");
    }

    @Test
    void theTimelineHasAMarkerPerEventAndABandPerSequenceThatCoversEvents() {
        Document page = Pages.get("/films/{slug}/chronology", SergeFilm.SLUG);
        Element svg = page.selectFirst("figure.timeline svg");

        assertThat(svg.select("a.marker")).hasSize(50)
                .allSatisfy(m -> assertThat(m.selectFirst("title").text()).isNotBlank())
                .allSatisfy(m -> assertThat(m.attr("href")).isEqualTo("#event-" + m.attr("data-event")));
        Element death = svg.selectFirst("a.marker[data-event=death-mexico-city]");
        assertThat(death.selectFirst("title").text()).startsWith("17 November 1947, Mexico City: On Monday");
        assertThat(death.select("circle.day")).hasSize(1);
        assertThat(svg.select("a.marker[data-event=tsar-assassination] rect.period")).hasSize(1);

        Set<String> covering = SergeFilm.query(() -> Set.copyOf(Scene.getEntityManager().createQuery(
                "select distinct sc.sequence.key from Scene sc join sc.events e where sc.sequence.film.slug = ?1",
                String.class).setParameter(1, SergeFilm.SLUG).getResultList()));
        assertThat(covering).contains("prologue", "orenburg");
        assertThat(svg.select("g.band")).extracting(b -> b.attr("data-sequence"))
                .containsExactlyInAnyOrderElementsOf(covering);
        assertThat(svg.selectFirst("g.band[data-sequence=prologue] text").text()).startsWith("1 Prologue");
        assertThat(svg.select("g.axis text")).extracting(Element::text).contains("1890", "1940");
    }

    @Test
    void thePageAsksAsManyQuestionsForFiftyEventsAsForTwo() {
        String small = FilmBuilder.withShots("chronology-statements", 10);
        QuarkusTransaction.requiringNew().run(() -> {
            Film film = Film.find("slug", small).firstResult();
            Person person = Person.byKey(film, "vlady").orElseThrow();
            Source source = Source.byKey(film, "memoirs").orElseThrow();
            Scene scene = Scene.ofFilm(film).get(0);
            for (int i = 0; i < 2; i++) {
                ChronologyEvent event = new ChronologyEvent();
                event.film = film;
                event.key = "event-" + i;
                event.date = LocalDate.of(1930 + i, 1, 1);
                event.precision = DatePrecision.YEAR;
                event.description = "Event " + i;
                event.people.add(person);
                event.sources.add(source);
                event.persist();
                scene.events.add(event);
            }
        });

        long forSmall = statements("/films/" + small + "/chronology", 2);
        long forSerge = statements("/films/" + SergeFilm.SLUG + "/chronology", 50);
        assertThat(forSerge).isEqualTo(forSmall);
        assertThat(forSmall).isBetween(1L, 10L);
    }

    @Test
    void anUnknownFilmHasNoChronology() {
        given().get("/films/no-such-film/chronology").then().statusCode(404);
    }

    private long statements(String path, int events) {
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();
        Document page = Pages.rendered(path);
        assertThat(page.select("ol.chronology > li")).hasSize(events);
        return statistics.getPrepareStatementCount();
    }
}
