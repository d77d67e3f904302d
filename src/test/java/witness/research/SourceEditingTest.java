package witness.research;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import witness.film.Citation;
import witness.film.Shot;
import witness.source.Source;
import witness.testing.FilmCopies;
import witness.testing.Pages;
import witness.testing.SergeFilm;

/** The researcher records sources: adds them with names and dates, corrects them, deletes them. */
@QuarkusTest
class SourceEditingTest {
    private String slug;

    @BeforeEach
    void copyTheFilm() {
        slug = FilmCopies.ofSerge("sources");
    }

    @Test
    void aSourceIsAddedWithItsNamesDateAndFeeAndGetsAKeyFromItsTitle() {
        String location = add(book("Les Derniers Temps"));
        assertThat(location).endsWith("/films/" + slug + "/sources/les-derniers-temps");

        Document page = Pages.get(location);
        assertThat(page.select("h1 cite").text()).isEqualTo("Les Derniers Temps");
        assertThat(page.select("h1 .lost").text()).isEqualTo("lost");
        assertThat(page.select("dd.call-number").text()).isEqualTo("Box 3");
        assertThat(page.select("dd.author").eachText()).containsExactly("Victor Serge");
        assertThat(page.select("dd.translator").eachText()).containsExactly("Collectif Smolny");
        assertThat(page.select("dd.issued").text()).isEqualTo("1946-03");
        assertThat(page.select("dd.fee").text()).isEqualTo("€120.50");
        assertThat(page.select("dd.clearance").text()).isEqualTo("requested");
        assertThat(page.select("#edit-source-authors").text()).isEqualTo("Serge, Victor");
        assertThat(page.select("#edit-source-translators").text()).isEqualTo("Collectif Smolny");

        // The same title again gets a key of its own.
        assertThat(add(book("Les Derniers Temps"))).endsWith("/sources/les-derniers-temps-2");
        Document list = Pages.get("/films/{slug}/sources", slug);
        assertThat(list.select("#source-les-derniers-temps .names").text()).isEqualTo("Victor Serge");
        assertThat(list.select("#source-les-derniers-temps a").attr("href"))
                .isEqualTo("/films/" + slug + "/sources/les-derniers-temps");
        assertThat(list.select("#source-les-derniers-temps .archive").text()).isEqualTo("Hoover Institution, Box 3");
        assertThat(list.select("#source-les-derniers-temps .fee").text()).isEqualTo("€120.50");
        assertThat(list.select("#source-les-derniers-temps .lost").text()).isEqualTo("lost");
        assertThat(list.select("#source-les-derniers-temps .issued").text()).isEqualTo("1946-03");
    }

    @Test
    void aKeyAskedForThatIsTakenIsRefusedOnTheKeyField() {
        Map<String, String> fields = book("Another memoir");
        fields.put("key", "memoirs");
        Document refused = refusedOnCreate(fields);
        assertThat(refused.selectFirst("#new-source-key-error").text()).contains("another source of this film has the key 'memoirs'");
    }

    @Test
    void eachKindOfBadInputIsRefusedBesideItsFieldAndNothingIsAdded() {
        assertRefused("title", "", "must not be blank");
        assertRefused("issued", "1947-13", "'1947-13' is not a date");
        assertRefused("fee", "-5", "must be 0 or more");
        assertRefused("fee", "10.505", "at most 2 decimals");
        assertRefused("fee", "lots", "must be an amount like 250.00");
        assertRefused("currency", "pounds", "three-letter currency code");
        assertRefused("publisher", "x".repeat(301), "size must be between 0 and 300");
        assertRefused("type", "hologram", "'hologram' is not a CSL type");
        assertRefused("clearance", "maybe", "'maybe' is not one of");
        assertRefused("authors", ", Victor", "no family name");
    }

    @Test
    void aSourceIsEditedAndAStaleEditIsRefused() {
        Document before = Pages.get("/films/{slug}/sources/memoirs", slug);
        String version = before.select("#edit-source input[name=version]").val();
        Map<String, String> fields = formOf(before);
        fields.put("issued", "1951");
        fields.put("authors", "Serge, Victor");
        fields.put("translators", "Sedgwick, Peter");
        fields.put("fee", "300");
        fields.put("currency", "gbp");
        fields.put("lost", "true");

        form().formParams(fields).redirects().follow(false).post("/films/{slug}/sources/memoirs", slug)
                .then().statusCode(303).header("Location", endsWith("/films/" + slug + "/sources/memoirs"));
        Document after = Pages.get("/films/{slug}/sources/memoirs", slug);
        assertThat(after.select("dd.translator").eachText()).containsExactly("Peter Sedgwick");
        assertThat(after.select("dd.fee").text()).isEqualTo("£300.00");
        assertThat(after.select("h1 .lost").text()).isEqualTo("lost");

        fields.put("version", version);
        fields.put("title", "An old version");
        form().formParams(fields).post("/films/{slug}/sources/memoirs", slug).then().statusCode(409)
                .body(containsString("changed by someone else"));
        assertThat(Pages.get("/films/{slug}/sources/memoirs", slug).select("h1 cite").text())
                .isEqualTo("Memoirs of a Revolutionary, 1901–1941");
    }

    @Test
    void aRefusedEditSavesNothingAndShowsWhatWasEntered() {
        Document before = Pages.get("/films/{slug}/sources/memoirs", slug);
        Map<String, String> fields = formOf(before);
        fields.put("title", "A new title");
        fields.put("fee", "-1");

        String html = form().formParams(fields).post("/films/{slug}/sources/memoirs", slug).then().statusCode(422)
                .extract().asString();
        Document refused = Jsoup.parse(html);
        assertThat(refused.selectFirst("#edit-source-fee-error").text()).isEqualTo("Fee must be 0 or more");
        assertThat(refused.select("#edit-source-title").val()).isEqualTo("A new title");
        assertThat(Pages.get("/films/{slug}/sources/memoirs", slug).select("h1 cite").text())
                .isEqualTo("Memoirs of a Revolutionary, 1901–1941");
    }

    @Test
    void deletingASourceDeletesItsCitationsAndClearsItsShotsAndLinks() {
        Document confirm = Pages.get("/films/{slug}/sources/pravda-1929-roussakov/delete", slug);
        assertThat(confirm.select(".consequences").text()).isEqualTo("1 citation of it is deleted; 1 shot loses its"
                + " source (the shot stays); 1 chronology event no longer cites it; 1 research log entry is unlinked from it.");
        long shots = shots();
        int citationsBefore = SergeFilm.query(() -> (int) Citation.count("scene.sequence.film.slug = ?1 and scene.key = ?2",
                slug, "orenburg-arrest"));

        Pages.confirmDeletion("/films/{slug}/sources/pravda-1929-roussakov/delete", slug)
                .statusCode(303).header("Location", endsWith("/films/" + slug + "/sources"));

        given().get("/films/{slug}/sources/pravda-1929-roussakov", slug).then().statusCode(404);
        assertThat(shots()).isEqualTo(shots);
        assertThat(SergeFilm.query(() -> Citation.count("scene.sequence.film.slug = ?1 and source.key = ?2", slug,
                "pravda-1929-roussakov"))).isZero();
        assertThat(SergeFilm.query(() -> Shot.count("scene.sequence.film.slug = ?1 and key = ?2 and source is null",
                slug, "orenburg-arrest-2"))).isEqualTo(1);
        List<Integer> positions = SergeFilm.query(() -> Citation.<Citation>list("scene.sequence.film.slug = ?1"
                + " and scene.key = ?2 order by position", slug, "orenburg-arrest").stream().map(c -> c.position).toList());
        assertThat(positions).as("the remaining footnotes are numbered again")
                .isEqualTo(IntStream.rangeClosed(1, citationsBefore - 1).boxed().toList());
    }

    @Test
    void aSourceThatTestimoniesAreTakenFromIsNotDeleted() {
        Document confirm = Pages.get("/films/{slug}/sources/gorkin-testimony/delete", slug);
        assertThat(confirm.select(".refusal").text()).contains("1 testimony is taken from it (gorkin-corpse)");
        assertThat(confirm.select("form[action$=/delete]")).isEmpty();

        long version = SergeFilm.query(() -> Source.<Source>find("film.slug = ?1 and key = ?2", slug, "gorkin-testimony")
                .firstResult().version);
        form().formParam("version", version).post("/films/{slug}/sources/gorkin-testimony/delete", slug).then()
                .statusCode(409).body(containsString("cannot be deleted while 1 testimony is taken from it"));
        Pages.get("/films/{slug}/sources/gorkin-testimony", slug);
    }

    @Test
    void anUnknownSourceIsNotFound() {
        given().get("/films/{slug}/sources/no-such-book", slug).then().statusCode(404);
        form().formParam("title", "x").formParam("version", "0").post("/films/{slug}/sources/no-such-book", slug)
                .then().statusCode(404);
        given().get("/films/{slug}/sources/no-such-book/delete", slug).then().statusCode(404);
        form().post("/films/{slug}/sources/no-such-book/delete", slug).then().statusCode(404);
    }

    private void assertRefused(String field, String value, String message) {
        long before = sources();
        Map<String, String> fields = book("A book about " + field);
        fields.put(field, value);
        Document refused = refusedOnCreate(fields);
        assertThat(refused.selectFirst("#new-source-" + field + "-error")).as(field).isNotNull();
        assertThat(refused.selectFirst("#new-source-" + field + "-error").text()).as(field).contains(message);
        assertThat(refused.select("#new-source-" + field).attr("aria-invalid")).isEqualTo("true");
        assertThat(refused.selectFirst("details.new-source").hasAttr("open")).isTrue();
        assertThat(sources()).as(field).isEqualTo(before);
    }

    private Document refusedOnCreate(Map<String, String> fields) {
        return Jsoup.parse(form().formParams(fields).post("/films/{slug}/sources", slug).then().statusCode(422)
                .extract().asString());
    }

    private static Map<String, String> book(String title) {
        Map<String, String> fields = new HashMap<>();
        fields.put("type", "book");
        fields.put("title", title);
        fields.put("authors", "Serge, Victor");
        fields.put("translators", "Collectif Smolny");
        fields.put("issued", "1946-03");
        fields.put("publisher", "Grasset");
        fields.put("clearance", "requested");
        fields.put("fee", "120.5");
        fields.put("currency", "EUR");
        fields.put("archive", "Hoover Institution");
        fields.put("callNumber", "Box 3");
        fields.put("lost", "true");
        return fields;
    }

    /** What the edit form of a source page would send as it stands. */
    private static Map<String, String> formOf(Document page) {
        Map<String, String> fields = new HashMap<>();
        page.select("#edit-source input[name], #edit-source textarea, #edit-source select").forEach(e -> {
            if (e.attr("type").equals("checkbox")) {
                if (e.hasAttr("checked")) {
                    fields.put(e.attr("name"), e.val());
                }
            } else if (e.tagName().equals("select")) {
                fields.put(e.attr("name"), e.select("option[selected]").val());
            } else {
                fields.put(e.attr("name"), e.tagName().equals("textarea") ? e.wholeText() : e.val());
            }
        });
        return fields;
    }

    private String add(Map<String, String> fields) {
        return form().formParams(fields).redirects().follow(false).post("/films/{slug}/sources", slug).then()
                .statusCode(303).extract().header("Location");
    }

    private long sources() {
        return SergeFilm.query(() -> Source.count("film.slug", slug));
    }

    private long shots() {
        return SergeFilm.query(() -> Shot.count("scene.sequence.film.slug", slug));
    }

    private static RequestSpecification form() {
        return given().contentType("application/x-www-form-urlencoded; charset=UTF-8");
    }
}
