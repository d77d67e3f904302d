package witness.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import witness.chronology.ChronologyEvent;
import witness.core.Film;
import witness.film.Scene;
import witness.film.Shot;
import witness.interview.Interview;
import witness.person.Person;
import witness.schedule.Schedule;
import witness.schedule.ShootDay;
import witness.source.Source;
import witness.testing.BrokenFiles;
import witness.testing.Dossiers;
import witness.testing.NoErrorLogged;
import witness.testing.SergeFilm;

/**
 * Every broken dossier of src/test/resources/broken/dossier/ uploaded to /api/dossiers is refused with a
 * 422 naming the file (and line and field where there is one), and not a row of it is written.
 */
@QuarkusTest
@ExtendWith(NoErrorLogged.class)
class BrokenDossierFilesTest {
    private static final String CASES = """
            truncated.zip              | dossier.zip                        | not a readable zip file
            empty.zip                  | dossier.zip                        | holds no research/ or schedules/ files
            not-a-zip.zip              | dossier.zip                        | holds no research/ or schedules/ files
            nested-zip.zip             | dossier.zip                        | holds no research/ or schedules/ files
            zip-bomb.zip               | research/people.yaml               | inflates to more than 100 times its own size
            missing-film.zip           | research/film.yaml                 | every dossier starts with research/film.yaml
            wrong-type.zip             | research/film.yaml:35 targetMinutes | 'ninety' is not a valid Integer
            unknown-key.zip            | research/people.yaml:3 [0].mood    | unknown field 'mood'
            duplicate-key.zip          | research/film.yaml:3               | Duplicate field 'title'
            billion-laughs.zip         | research/people.yaml:2             | an alias (*a) is not allowed
            deep-nesting-yaml.zip      | research/people.yaml               | nesting depth
            deep-nesting-json.zip      | research/sources.csl.json          | nesting depth (51) exceeds the maximum allowed (50)
            latin-1.zip                | research/people.yaml               | not UTF-8 text
            utf-16.zip                 | research/film.yaml                 | not UTF-8 text
            empty-file.zip             | research/film.yaml                 | the file is empty
            control-characters.zip     | research/film.yaml:2               | a control character (U+0000)
            too-long-value.zip         | research/people.yaml:2 [0].name    | at most 200 characters
            last-record-broken.zip     | schedules/orenburg-shoot.yaml      | no shot has the key 'orenburg-border-99'
            """;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = CASES)
    void aBrokenDossierIsRefusedWholeNamingWhereAndWhy(String file, String where, String reason) {
        List<Long> before = rows();

        Response response = Dossiers.upload(BrokenFiles.bytes("dossier", file), "broken-" + file.replace(".zip", ""));

        response.then().statusCode(422);
        List<Map<String, Object>> errors = response.jsonPath().getList("errors");
        assertThat(errors).as(response.asString()).anySatisfy(e -> {
            assertThat(where(e)).startsWith(where);
            assertThat((String) e.get("message")).contains(reason);
        });
        assertThat(rows()).as("rows of every table the import writes").isEqualTo(before);
    }

    @Test
    void everyBrokenDossierIsTried() {
        assertThat(BrokenFiles.names("dossier")).containsExactlyInAnyOrderElementsOf(
                CASES.lines().map(line -> line.split("\\|")[0].strip()).toList());
    }

    @Test
    void aZipOfMoreThanTenThousandFilesIsRefused() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.setLevel(9);
            for (int i = 0; i <= DossierFiles.MAX_FILES; i++) {
                zip.putNextEntry(new ZipEntry("research/sequences/" + i + ".yaml"));
                zip.write("x".getBytes(StandardCharsets.UTF_8));
            }
        }
        List<Long> before = rows();

        Response response = Dossiers.upload(bytes.toByteArray(), "broken-many-files");

        response.then().statusCode(422);
        assertThat(response.jsonPath().getString("errors[0].message")).contains("10,000 files");
        assertThat(rows()).isEqualTo(before);
    }

    @Test
    void aFileOfMoreThanTenMillionCharactersIsRefused() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry(DossierParser.FILM));
            zip.write(Dossiers.download(SergeFilm.SLUG).get(DossierParser.FILM).getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry(DossierParser.PEOPLE));
            // lines that differ, so that the zip does not inflate a hundredfold (a zip bomb, refused before)
            zip.write(HostileZips.people(600_000));
        }
        List<Long> before = rows();

        Response response = Dossiers.upload(bytes.toByteArray(), "broken-long-file");

        response.then().statusCode(422);
        assertThat(response.jsonPath().getString("errors[0].file")).isEqualTo(DossierParser.PEOPLE);
        assertThat(response.jsonPath().getString("errors[0].message")).contains("a dossier file holds at most 10,000,000");
        assertThat(rows()).isEqualTo(before);
    }

    @Test
    void anEntryOutsideTheDossierIsNotInflatedAndTheSameEntryTwiceIsRefused() {
        String film = Dossiers.download(SergeFilm.SLUG).get(DossierParser.FILM);
        List<Long> before = rows();

        Response outside = Dossiers.upload(HostileZips.withBrokenEntryOutside(film), "broken-outside");
        Response twice = Dossiers.upload(HostileZips.withTheSameEntryTwice(film), "broken-twice");

        outside.then().statusCode(201);
        twice.then().statusCode(422);
        assertThat(twice.jsonPath().getString("errors[0].file")).isEqualTo(DossierParser.PEOPLE);
        assertThat(twice.jsonPath().getString("errors[0].message")).contains("the zip holds this file twice");
        assertThat(rows().get(0)).isEqualTo(before.get(0) + 1);
    }

    /** A text longer than its column is refused at its file, line and field, before the database sees it. */
    @ParameterizedTest(name = "{0} {2}")
    @CsvSource(delimiter = '|', textBlock = """
            research/sources.csl.json          | "family": "Serge                 | family
            research/sequences/01-prologue.yaml | locator: "The Life of Victor Serge | locator
            research/people.yaml               | key: alexander-berkman            | key
            """)
    void aTextTooLongForItsColumnIsRefusedAtItsFileLineAndField(String file, String found, String field) {
        Map<String, String> files = new java.util.TreeMap<>(Dossiers.download(SergeFilm.SLUG));
        String longer = found.startsWith("key") ? found + "-x".repeat(100) : found + "x".repeat(400);
        files.put(file, files.get(file).replaceFirst(java.util.regex.Pattern.quote(found),
                java.util.regex.Matcher.quoteReplacement(longer)));
        List<Long> before = rows();

        Response response = Dossiers.upload(files, "broken-too-long");

        response.then().statusCode(422);
        List<Map<String, Object>> errors = response.jsonPath().getList("errors");
        assertThat(errors).as(response.asString()).anySatisfy(e -> {
            assertThat(e.get("file")).isEqualTo(file);
            assertThat((int) e.get("line")).isPositive();
            assertThat((String) e.get("field")).endsWith(field);
            assertThat((String) e.get("message")).contains("characters fit");
        }).noneSatisfy(e -> assertThat((String) e.get("message")).contains("database"));
        assertThat(rows()).isEqualTo(before);
    }

    /**
     * Its input checks the codes, its entity the rest: each refusal at its line and field (the file's first line is
     * the Serge film's mark of the log as illustrative).
     */
    @Test
    void aResearchLogEntryIsCheckedAtItsLineAndField() {
        List<Long> before = rows();

        assertThat(refusalsOfTheLog(log -> log.replaceFirst("kind: reading", "kind: gossip")))
                .anySatisfy(r -> assertThat(r).startsWith(DossierParser.LOG + ":4 [0].kind").contains("gossip"));
        assertThat(refusalsOfTheLog(log -> log.replaceFirst("- text: Note page numbers[^\n]*", "- text: \"\"")))
                .anySatisfy(r -> assertThat(r).startsWith(DossierParser.LOG + ":13 [0].followUps[0].text")
                        .contains("must not be blank"));
        assertThat(rows()).isEqualTo(before);
    }

    private static List<String> refusalsOfTheLog(UnaryOperator<String> change) {
        Map<String, String> files = Dossiers.download(SergeFilm.SLUG);
        files.put(DossierParser.LOG, change.apply(files.get(DossierParser.LOG)));
        Response response = Dossiers.upload(files, "broken-log");
        response.then().statusCode(422);
        return response.jsonPath().<Map<String, Object>>getList("errors").stream()
                .map(e -> where(e) + ": " + e.get("message")).toList();
    }

    private static String where(Map<String, Object> error) {
        int line = (int) error.get("line");
        String field = (String) error.get("field");
        return error.get("file") + (line > 0 ? ":" + line : "") + (field.isEmpty() ? "" : " " + field);
    }

    static List<Long> rows() {
        return SergeFilm.query(() -> List.of(Film.count(), Person.count(), Source.count(), ChronologyEvent.count(),
                Interview.count(), Scene.count(), Shot.count(), Schedule.count(), ShootDay.count()));
    }
}
