package witness.film;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import witness.core.Film;
import witness.testing.BrokenFiles;
import witness.testing.FilmCopies;
import witness.testing.SergeFilm;

/**
 * Every broken shot list of src/test/resources/broken/csv/ is refused by the API and by the import page
 * with a 422 naming the line and column, and the film's sequences, scenes and shots stay as they were.
 */
@QuarkusTest
class BrokenShotCsvFilesTest {
    private static final String CASES = """
            unbalanced-quotes.csv | 3         | the row starting on line 3 is broken
            semicolons.csv        | 1         | separated by semicolons
            wrong-header.csv      | 1 shot type | is not a column of the shot list
            bom-only.csv          | 1         | The file is empty
            empty.csv             | 1         | The file is empty
            latin-1.csv           | 2         | not UTF-8 text
            utf-16.csv            | 1         | not UTF-8 text
            binary-junk.csv       | 1         | not UTF-8 text
            wrong-cell-count.csv  | 3         | has 4 cells where the header has 17
            wrong-types.csv       | 2 seconds | not 'ninety'
            huge-cell.csv         | 2 description | size must be between 0 and 4000
            last-row-broken.csv   | 5 kind    | 'hologram' is not one of
            """;
    private static String slug;

    @BeforeEach
    void copyTheSergeFilmOnce() {
        if (slug == null) {
            slug = FilmCopies.ofSerge("broken-csv");
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = CASES)
    void aBrokenShotListIsRefusedWholeByLineAndColumn(String file, String where, String reason) {
        byte[] bytes = BrokenFiles.bytes("csv", file);
        List<Object> before = shots();

        Response api = given().contentType("text/csv").body(bytes).post("/api/films/{slug}/shots.csv", slug);

        api.then().statusCode(422);
        List<Map<String, Object>> errors = api.jsonPath().getList("errors");
        assertThat(errors).as(api.asString()).anySatisfy(e -> {
            assertThat(e.get("row") + (e.get("column") == null ? "" : " " + e.get("column"))).isEqualTo(where);
            assertThat((String) e.get("message")).contains(reason);
        });
        assertThat(shots()).isEqualTo(before);

        Response page = given().multiPart("file", file, bytes, "text/csv").post("/films/{slug}/shots/import", slug);

        page.then().statusCode(422);
        assertThat(Jsoup.parse(page.asString()).select(".import-errors").text()).contains(reason);
        assertThat(shots()).isEqualTo(before);
    }

    @Test
    void everyBrokenShotListIsTried() {
        assertThat(BrokenFiles.names("csv")).containsExactlyInAnyOrderElementsOf(
                CASES.lines().map(line -> line.split("\\|")[0].strip()).toList());
    }

    @Test
    void aFileOfMoreRowsThanAFilmHasShotsIsRefusedBeforeAnyRowIsChecked() {
        StringBuilder csv = new StringBuilder("sequence,scene,shot,kind,description,audio,framing,movement,seconds,"
                + "location,interviewee,source,status,notes\n");
        for (int i = 0; i < 20_000; i++) { // twice the row limit, well under the 5 MB limit
            csv.append("orenburg,orenburg-arrest,,caption,,,,,5,,,,,\n");
        }
        List<Object> before = shots();

        Response api = given().contentType("text/csv").body(csv.toString().getBytes(StandardCharsets.UTF_8))
                .post("/api/films/{slug}/shots.csv", slug);

        api.then().statusCode(422);
        assertThat(api.jsonPath().getString("errors[0].message")).contains("at most 10,000 shots");
        assertThat(shots()).isEqualTo(before);
    }

    /** Every sequence, scene and shot of the film with the fields an import writes, in film order. */
    private static List<Object> shots() {
        return SergeFilm.query(() -> {
            Film film = Film.bySlug(slug).orElseThrow();
            return List.of(Sequence.ofFilm(film).stream().map(s -> s.key + "|" + s.title + "|" + s.position).toList(),
                    Scene.ofFilm(film).stream().map(s -> s.key + "|" + s.title + "|" + s.position).toList(),
                    ShotCsv.shotsOf(film).stream().map(s -> s.key + "|" + s.scene.key + "|" + s.position + "|"
                            + s.kind + "|" + s.description + "|" + s.seconds + "|" + s.status).toList());
        });
    }
}
