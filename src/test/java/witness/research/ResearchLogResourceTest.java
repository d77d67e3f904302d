package witness.research;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import witness.source.Source;
import witness.testing.Dossiers;
import witness.testing.Pages;
import witness.testing.SergeFilm;

@QuarkusTest
class ResearchLogResourceTest {

    @Test
    void theLogShowsEveryEntryNewestFirst() {
        Document page = Pages.get("/films/victor-serge/research-log");

        assertThat(page.select("h1").text()).isEqualTo("Research log");
        List<LocalDate> dates = page.select("article.log-entry time").eachAttr("datetime").stream()
                .map(LocalDate::parse).toList();
        assertThat(dates).hasSize(SergeFilm.query(() -> (int) ResearchLogEntry.count("film.slug", SergeFilm.SLUG)))
                .isSortedAccordingTo(Comparator.reverseOrder());
    }

    @Test
    void datesAreWrittenForPeople() {
        Document page = Pages.get("/films/victor-serge/research-log");

        assertThat(page.select("article.log-entry time").first().text()).matches("\\d{1,2} [A-Z][a-z]+ \\d{4}");
    }

    @Test
    void filteringByOpenFollowUpsKeepsOnlyEntriesWithOpenOnes() {
        Document all = Pages.get("/films/victor-serge/research-log");
        Document open = Pages.get("/films/victor-serge/research-log?followUps=open");

        assertThat(open.select("article.log-entry")).isNotEmpty()
                .allSatisfy(entry -> assertThat(entry.select(".follow-ups li.open")).isNotEmpty());
        assertThat(open.select("article.log-entry").size()).isLessThanOrEqualTo(all.select("article.log-entry").size());
        assertThat(all.select("article.log-entry").stream().filter(e -> !e.select("li.open").isEmpty()).count())
                .isEqualTo(open.select("article.log-entry").size());
    }

    @Test
    void filteringByResearcherKeepsOnlyTheirEntries() {
        Document all = Pages.get("/films/victor-serge/research-log");
        String researcher = all.select("select[name=researcher] option").get(1).val();

        Document theirs = Pages.get("/films/victor-serge/research-log?researcher={r}", researcher);

        assertThat(theirs.select("article.log-entry .meta")).isNotEmpty()
                .allSatisfy(meta -> assertThat(meta.text()).startsWith(researcher + " ·"));
    }

    @Test
    void findingsAreMarkdownWithAnyHtmlEscaped() {
        Map<String, String> files = Dossiers.download(SergeFilm.SLUG);
        files.put("research/research-log.yaml", """
                - date: 1988-05-02
                  researcher: Research team
                  kind: reading
                  summary: Escaping check
                  findings: |
                    **Bold** finding <script>alert('x')</script>
                """);
        Dossiers.upload(files, "serge-escaping").then().statusCode(201);

        Document page = Pages.get("/films/serge-escaping/research-log");

        assertThat(page.select(".findings strong").text()).isEqualTo("Bold");
        assertThat(page.select(".findings script")).isEmpty();
        assertThat(page.select(".findings").text()).contains("<script>alert('x')</script>");
    }

    @Test
    void aBadFilterIsRefusedNamingTheField() {
        given().get("/films/victor-serge/research-log?followUps=maybe").then().statusCode(400)
                .body(containsString("followUps:"));
    }

    @Test
    void filteringByALinkedItemKeepsOnlyTheEntriesLinkedToIt() {
        Document about = Pages.get("/films/victor-serge/research-log?location=paricutin");

        assertThat(about.select("article.log-entry")).isNotEmpty()
                .allSatisfy(entry -> assertThat(entry.select(".links a[href$=location=paricutin]")).hasSize(1));
        assertThat(about.select("article.log-entry h2").eachText()).anyMatch(h -> h.contains("Paricutin"))
                .noneMatch(h -> h.contains("First letter to Vlady"));
        assertThat(about.select("select[name=location] option[selected]").val()).isEqualTo("paricutin");
    }

    @Test
    void linkedItemsCombineWithEachOther() {
        Document both = Pages.get("/films/victor-serge/research-log?person=vlady&location=mexico-city");
        Document vlady = Pages.get("/films/victor-serge/research-log?person=vlady");

        assertThat(both.select("article.log-entry")).isNotEmpty()
                .allSatisfy(entry -> assertThat(entry.select(".links a[href$=location=mexico-city]")).hasSize(1))
                .allSatisfy(entry -> assertThat(entry.select(".links a[href$=person=vlady]")).hasSize(1));
        assertThat(both.select("article.log-entry").size()).isLessThanOrEqualTo(vlady.select("article.log-entry").size());
    }

    @Test
    void aLinkedItemInAnEntryFiltersTheLogToIt() {
        Document page = Pages.get("/films/victor-serge/research-log");
        String href = page.select(".links a[href*=source=memoirs]").first().attr("href");

        Document memoirs = Pages.get(href);

        assertThat(memoirs.select("article.log-entry")).isNotEmpty()
                .allSatisfy(entry -> assertThat(entry.select(".links a[href$=source=memoirs]")).hasSize(1));
    }

    @Test
    void theFilterOffersOnlyTheItemsSomeEntryLinksTo() {
        Document page = Pages.get("/films/victor-serge/research-log");
        for (String link : List.of("source", "person", "scene", "location")) {
            Set<String> linked = page.select(".links a[href*=?" + link + "=]").eachAttr("href").stream()
                    .map(href -> href.substring(href.indexOf('=') + 1)).collect(Collectors.toSet());
            List<String> offered = page.select("select[name=" + link + "] option").eachAttr("value");
            assertThat(offered.get(0)).as("'any' first").isEmpty();
            assertThat(new HashSet<>(offered.subList(1, offered.size()))).as(link).isEqualTo(linked);
        }
        List<String> sources = SergeFilm.query(() -> Source.<Source>list("film.slug", SergeFilm.SLUG).stream()
                .map(s -> s.key).toList());
        List<String> offered = page.select("select[name=source] option").eachAttr("value");
        String unlinked = sources.stream().filter(key -> !offered.contains(key)).findFirst().orElseThrow();

        Document chosen = Pages.get("/films/victor-serge/research-log?source={key}", unlinked);
        assertThat(chosen.select("main p.empty").text()).startsWith("No entries match.");
        assertThat(chosen.select("select[name=source] option[selected]").eachAttr("value"))
                .as("the filter still shows what it was asked for").containsExactly(unlinked);
    }

    @Test
    void anUnknownLinkedItemIsRefusedNamingTheField() {
        given().get("/films/victor-serge/research-log?source=no-such-book").then().statusCode(400)
                .body(containsString("source: there is no source 'no-such-book' in this film"));
        given().get("/films/victor-serge/research-log?scene=nowhere").then().statusCode(400)
                .body(containsString("scene:"));
    }
}
