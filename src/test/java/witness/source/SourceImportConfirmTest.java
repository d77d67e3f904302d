package witness.source;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static witness.source.SourceImportSamples.confirm;
import static witness.source.SourceImportSamples.previewOf;
import static witness.source.SourceImportSamples.row;
import static witness.source.SourceImportSamples.source;
import static witness.source.SourceImportSamples.sourceCount;
import static witness.source.SourceImportSamples.text;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import witness.testing.FilmCopies;

/** Confirming a preview creates the ticked items as sources, with their fields and keys, all or nothing. */
@QuarkusTest
class SourceImportConfirmTest {
    private String slug;

    @BeforeEach
    void copyTheFilm() {
        slug = FilmCopies.ofSerge("zotero-import");
    }

    @Test
    void confirmingACslJsonPreviewCreatesTheNewItemsWithTheirFields() {
        long before = sourceCount(slug);
        Document preview = previewOf(slug, "Exported Items.json", text("serge.json"));
        confirm(slug, preview, null).then().statusCode(303)
                .header("Location", matchesPattern(".*/films/" + slug + "/sources"))
                .cookie("witness-flash", containsString("Imported+3+sources"));

        assertThat(sourceCount(slug)).isEqualTo(before + 3);
        Source memoirs = source(slug, "memoirs-of-a-revolutionary");
        assertThat(memoirs.type).isEqualTo("book");
        assertThat(memoirs.issued).isEqualTo("1963");
        assertThat(memoirs.isbn).isEqualTo("978-0-19-211123-4");
        assertThat(memoirs.publisher).isEqualTo("Oxford University Press");
        assertThat(memoirs.publisherPlace).isEqualTo("London");
        assertThat(memoirs.names).extracting(n -> n.role + ":" + n.display())
                .containsExactly("author:Victor Serge", "translator:Peter Sedgwick");
        Source gorkin = source(slug, "la-muerte-de-victor-serge");
        assertThat(gorkin.type).isEqualTo("article-journal");
        assertThat(gorkin.containerTitle).isEqualTo("Cuadernos del Congreso por la Libertad de la Cultura");
        assertThat(gorkin.doi).isEqualTo("10.5555/cuadernos.1957.27");
        assertThat(gorkin.page).isEqualTo("23-31");
        assertThat(gorkin.issued).isEqualTo("1957-11");
        assertThat(gorkin.names).extracting(SourceName::display).containsExactly("Julián Gorkín");
        Source letter = source(slug, "lettre-a-antoinette-borderie");
        assertThat(letter.issued).isEqualTo("1947-11-10");
        assertThat(letter.archive).isEqualTo("Hoover Institution Library & Archives");
        assertThat(letter.archiveLocation).isEqualTo("Boris Souvarine papers, box 12");
        assertThat(source(slug, "year-one-of-the-russian-revolution")).as("a duplicate, left unticked").isNull();
    }

    @Test
    void aTickedDuplicateIsImportedToo_withAKeyOfItsOwn() {
        Document preview = previewOf(slug, "Exported Items.json", text("serge.json"));
        confirm(slug, preview, List.of("1", "5")).then().statusCode(303);
        assertThat(source(slug, "memoirs-of-a-revolutionary")).isNotNull();
        assertThat(source(slug, "memoirs-of-a-revolutionary-1901-1941").isbn).isEqualTo("019211123X");
    }

    @Test
    void bibtexCitationKeysAreKeptWhenTheyAreValidKeysAndFieldsAreDecoded() {
        Document preview = previewOf(slug, "Serge.bib", text("serge.bib"));
        confirm(slug, preview, null).then().statusCode(303);

        Source chapter = source(slug, "weissman-ideas-1997");
        assertThat(chapter.type).isEqualTo("chapter");
        assertThat(chapter.title).isEqualTo("Victor Serge: Political, Social & Literary Journals");
        assertThat(chapter.containerTitle).isEqualTo("The Ideas of Victor Serge: A Life as a Work of Art");
        assertThat(chapter.page).isEqualTo("1-30");
        assertThat(chapter.names).extracting(n -> n.role + ":" + n.display())
                .containsExactly("author:Susan Weissman", "editor:Susan Weissman");
        Source gorkin = source(slug, "la-muerte-de-victor-serge");
        assertThat(gorkin.names).extracting(SourceName::display).containsExactly("Julián Gorkín");
        assertThat(gorkin.issued).isEqualTo("1957-11");
        assertThat(gorkin.doi).isEqualTo("10.5555/cuadernos.1957.27");
        assertThat(source(slug, "lettre-a-antoinette-borderie").type).isEqualTo("manuscript");
    }

    @Test
    void duplicatesAreFoundByDoiAndByIsbnAcrossFormats() {
        confirm(slug, previewOf(slug, "Exported Items.json", text("serge.json")), null).then().statusCode(303);

        Document ris = previewOf(slug, "Serge.ris", text("serge.ris"));
        assertThat(row(ris, 1).get("status")).isEqualTo("Duplicate of memoirs-of-a-revolutionary (same ISBN 9780192111234)");
        assertThat(row(ris, 2).get("status"))
                .isEqualTo("Duplicate of la-muerte-de-victor-serge (same DOI 10.5555/cuadernos.1957.27)");
        assertThat(row(ris, 4).get("status")).as("same title with its accent, same year")
                .isEqualTo("Duplicate of lettre-a-antoinette-borderie (same title and year)");
        assertThat(row(ris, 3)).containsEntry("status", "New");

        long before = sourceCount(slug);
        confirm(slug, ris, null).then().statusCode(303);
        assertThat(sourceCount(slug)).isEqualTo(before + 1);
        Source vie = source(slug, "vie-et-mort-de-leon-trotsky");
        assertThat(vie.names).extracting(SourceName::display).containsExactly("Victor Serge", "Natalia Sedova Trotsky");
        assertThat(vie.publisher).isEqualTo("Amiot-Dumont");
        assertThat(vie.issued).isEqualTo("1951");
    }

    @Test
    void aDoiIsTheSameWithOrWithoutItsResolverAndInAnyCase() {
        given().body("[{\"id\": \"gorkin-1957\", \"type\": \"article-journal\", \"title\": \"La muerte\", "
                + "\"DOI\": \"10.5555/cuadernos.1957.27\"}]")
                .post("/api/films/{slug}/sources/import?format=csl-json&dryRun=false", slug)
                .then().statusCode(201).body("created", equalTo(List.of("gorkin-1957")));
        given().body("[{\"type\": \"article\", \"title\": \"Another title\", \"DOI\": \"https://doi.org/10.5555/CUADERNOS.1957.27\"}]")
                .post("/api/films/{slug}/sources/import?format=csl-json", slug)
                .then().statusCode(200).body("items[0].duplicateOf.source", equalTo("gorkin-1957"));
    }

    @Test
    void theApiCreatesTheNewItemsOrThoseItNamesAndNothingWhenOneIsWrong() {
        long before = sourceCount(slug);
        given().contentType("application/x-research-info-systems").body(text("serge.ris").getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .post("/api/films/{slug}/sources/import?format=ris&dryRun=false", slug)
                .then().statusCode(201).body("created", equalTo(List.of("la-muerte-de-victor-serge",
                        "vie-et-mort-de-leon-trotsky", "lettre-a-antoinette-borderie")));
        assertThat(sourceCount(slug)).isEqualTo(before + 3);

        byte[] ris = text("serge.ris").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        given().body(ris).post("/api/films/{slug}/sources/import?dryRun=false&item=2&item=9", slug)
                .then().statusCode(422).body("message", containsString("There is no item 9"));
        assertThat(sourceCount(slug)).isEqualTo(before + 3);
        given().body(ris).post("/api/films/{slug}/sources/import?dryRun=false&item=2", slug)
                .then().statusCode(201).body("created", equalTo(List.of("la-muerte-de-victor-serge-2")));
    }

    @Test
    void aLargeExportIsConfirmedInOneGo() {
        StringBuilder json = new StringBuilder("[");
        for (int i = 1; i <= 400; i++) {
            json.append(i == 1 ? "" : ",\n").append("{\"id\": \"letter-").append(i)
                    .append("\", \"type\": \"personal_communication\", \"title\": \"Lettre n° ").append(i)
                    .append(" à Antoinette Borderie\", \"issued\": {\"date-parts\": [[1947]]}}");
        }
        String text = json.append("]").toString();
        long before = sourceCount(slug);
        Document preview = previewOf(slug, "letters.json", text);
        assertThat(preview.select("input[name=item][checked]")).hasSize(400);
        confirm(slug, preview, null).then().statusCode(303);
        assertThat(sourceCount(slug)).isEqualTo(before + 400);
        assertThat(source(slug, "letter-400").title).isEqualTo("Lettre n° 400 à Antoinette Borderie");
    }

    @Test
    void aTamperedConfirmationIsRefusedAndNothingIsSaved() {
        long before = sourceCount(slug);
        Document preview = previewOf(slug, "Exported Items.json", text("serge.json"));
        preview.selectFirst("input[name=text]").val(text("serge.json").replace("\"title\": \"Lettre", "\"titel\": \"Lettre"));
        String page = confirm(slug, preview, List.of("1", "2", "3")).then().statusCode(422).extract().asString();
        assertThat(Jsoup.parse(page).select("#import-message").text()).contains("item 3 has no title");

        Document none = previewOf(slug, "Exported Items.json", text("serge.json"));
        String again = confirm(slug, none, List.of()).then().statusCode(422).extract().asString();
        assertThat(Jsoup.parse(again).select("#import-message").text()).contains("No item was chosen");
        assertThat(Jsoup.parse(again).select("#item-1")).hasSize(1);
        assertThat(sourceCount(slug)).isEqualTo(before);
    }
}
