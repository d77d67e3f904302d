package witness.person;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import witness.testing.As;
import witness.testing.Pages;

/** The people of the Serge film and a page for each, with their interviews, testimonies and scenes. */
@QuarkusTest
class PersonPageTest {
    @Inject
    EntityManagerFactory factory;

    @Test
    void thePeopleListLinksEveryPersonWithRelationRoleLanguagesAndWhetherAlive() {
        Document page = Pages.get("/films/victor-serge/people");

        assertThat(page.select("#person-vlady a").attr("href")).isEqualTo("/films/victor-serge/people/vlady");
        assertThat(page.select("#person-vlady td").eachText()).startsWith("Vlady Kibalchich Vladimir Kibalchich, Vlady",
                "son of Victor Serge and Liuba Roussakova", "interviewee").endsWith("alive");
        assertThat(page.select("#person-julian-gorkin td").last().text()).isEqualTo("deceased");
        assertThat(page.select("a[href=/films/victor-serge/people/new]").text()).isEqualTo("New person");
    }

    @Test
    void vladysPageShowsHisInterviewAndTheScenesWhoseShotsShowHim() {
        Document page = Pages.get("/films/victor-serge/people/vlady");

        assertThat(page.select("main h1").text()).isEqualTo("Vlady Kibalchich");
        assertThat(page.select(".relation").text()).isEqualTo("son of Victor Serge and Liuba Roussakova");
        assertThat(page.select(".living").text()).isEqualTo("alive");
        assertThat(page.select(".person-interviews a").attr("href")).isEqualTo("/films/victor-serge/interviews/vlady");
        assertThat(page.select(".person-scenes li")).hasSizeGreaterThanOrEqualTo(5);
        assertThat(page.select(".person-scenes li .shots").eachText()).allMatch(t -> t.matches("shots \\d+\\.\\d+\\.\\d+.*"));
        assertThat(page.select(".person-scenes a").eachAttr("href")).allMatch(h -> h.startsWith("/films/victor-serge/scenes/"));
        assertThat(page.select("#testimonies .empty").text()).contains("No testimony");
    }

    @Test
    void gorkinsPageShowsHisWrittenTestimonyAndTheSceneWhosePaperEditHoldsIt() {
        Document page = Pages.get("/films/victor-serge/people/julian-gorkin");

        assertThat(page.select("#testimony-gorkin-corpse blockquote").text()).startsWith("His upturned soles");
        assertThat(page.select("#testimony-gorkin-corpse .origin").text()).isNotBlank();
        assertThat(page.select(".person-scenes .paper-edit").text()).contains("His upturned soles");
    }

    @Test
    void thePersonPageReadsTheSameNumberOfStatementsWhateverThePerson() {
        long few = statements("/films/victor-serge/people/julian-gorkin");
        long many = statements("/films/victor-serge/people/vlady");
        long none = statements("/films/victor-serge/people/andre-breton");

        assertThat(many).isEqualTo(few).isEqualTo(none);
    }

    @Test
    void anUnknownPersonIsNotFound() {
        io.restassured.RestAssured.given().get("/films/victor-serge/people/nobody").then().statusCode(404);
    }

    @Test
    void withoutTheProducerRoleThereIsNoContactSection() {
        Document page = Pages.get(As.director(), "/films/victor-serge/people/vlady");

        assertThat(page.select("#contact")).isEmpty();
        assertThat(page.select("form[action$=/contact]")).isEmpty();
    }

    private long statements(String path) {
        Statistics statistics = factory.unwrap(SessionFactory.class).getStatistics();
        Pages.rendered(path);
        statistics.clear();
        Pages.rendered(path);
        return statistics.getPrepareStatementCount();
    }
}
