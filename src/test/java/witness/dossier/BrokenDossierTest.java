package witness.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import witness.core.Film;
import witness.person.Person;
import witness.testing.Dossiers;
import witness.testing.SergeFilm;

/** A dossier with errors is refused whole, naming the file, line and field of each error. */
@QuarkusTest
class BrokenDossierTest {
    static final String SLUG = "broken-serge";
    static final String ORENBURG = "research/sequences/02-orenburg.yaml";

    Map<String, String> files;
    long peopleBefore;

    @BeforeEach
    void exportTheSergeDossier() {
        files = Dossiers.download(SergeFilm.SLUG);
        peopleBefore = SergeFilm.query(() -> Person.count());
    }

    @Test
    void malformedYamlIsRefusedWithItsLine() {
        change("research/people.yaml", text -> text + "- key: [unclosed\n");

        List<Map<String, Object>> errors = refused();

        assertThat(errors).singleElement().satisfies(e -> {
            assertThat(e).containsEntry("file", "research/people.yaml");
            assertThat((int) e.get("line")).isGreaterThanOrEqualTo(lines("research/people.yaml") - 1);
            assertThat((String) e.get("message")).startsWith("not well-formed");
        });
    }

    @Test
    void anUnknownShotKindNamesTheFieldAndItsLine() {
        String line = firstLineContaining(ORENBURG, "kind: ");
        change(ORENBURG, text -> text.replaceFirst(line.trim(), "kind: hologram"));

        assertThat(refused()).singleElement().satisfies(e -> {
            assertThat(e).containsEntry("file", ORENBURG)
                    .containsEntry("line", lineNumberOf(ORENBURG, "kind: hologram"));
            assertThat((String) e.get("field")).matches("scenes\\[\\d+]\\.shots\\[\\d+]\\.kind");
            assertThat((String) e.get("message")).startsWith("'hologram' is not one of: interview, archive-film");
        });
    }

    @Test
    void anIllustrativePartThatIsNoneOfTheChoicesIsRefusedWithItsLine() {
        change("research/film.yaml", text -> text.replace("  - clearances\n", "  - fees\n"));

        assertThat(refused()).singleElement().satisfies(e -> {
            assertThat(e).containsEntry("file", "research/film.yaml")
                    .containsEntry("line", lineNumberOf("research/film.yaml", "- fees"));
            assertThat(e).containsEntry("field", "illustrative[5]");
            assertThat((String) e.get("message")).startsWith("'fees' is not one of: research-log, verifications");
        });
    }

    @Test
    void aReferenceToAnUnknownLocationIsRefused() {
        String line = firstLineContaining(ORENBURG, "location: ");
        change(ORENBURG, text -> text.replaceFirst(line.trim(), "location: atlantis"));

        assertThat(refused()).singleElement().satisfies(e -> {
            assertThat(e).containsEntry("file", ORENBURG)
                    .containsEntry("line", lineNumberOf(ORENBURG, "location: atlantis"));
            assertThat((String) e.get("field")).endsWith(".location");
            assertThat((String) e.get("message")).contains("no location has the key 'atlantis'");
        });
    }

    @Test
    void everyErrorOfEveryFileIsReported() {
        change("research/film.yaml", text -> text.replaceFirst("(?m)^title: .*\n", ""));
        String date = firstLineContaining("research/chronology.yaml", "date: ");
        change("research/chronology.yaml", text -> text.replaceFirst(date.trim(), "date: 17 Nov 1947"));
        change("research/interviews.yaml", text -> text.replaceFirst("status: ", "mood: cheerful\n  status: "));
        change("research/locations.yaml", text -> text.replaceFirst("latitude: ", "latitude: 123"));

        List<Map<String, Object>> errors = refused();

        assertThat(errors).extracting(e -> e.get("file") + " " + e.get("field")).containsExactlyInAnyOrder(
                "research/film.yaml title",
                "research/chronology.yaml [0].date",
                "research/interviews.yaml [0].mood",
                "research/locations.yaml [0].latitude");
        assertThat(errors).allSatisfy(e -> assertThat((int) e.get("line")).isPositive());
    }

    private int lastIndexOf(String path) {
        return (int) files.get(path).lines().filter(l -> l.startsWith("- ")).count() - 1;
    }

    @Test
    void aKeyUsedTwiceIsRefused() {
        String key = firstLineContaining("research/people.yaml", "key: ").split("key: ")[1];
        change("research/people.yaml", text -> text + "- key: " + key + "\n  name: Someone Else\n"
                + "  relation: a duplicate\n  role: historical\n  alive: false\n");

        assertThat(refused()).singleElement().satisfies(e ->
                assertThat((String) e.get("message")).contains("is used twice"));
    }

    /** People are read as the person form and the API send them: what is theirs alone is refused in a file. */
    @Test
    void contactDetailsAndAVersionAreNotPartOfAPersonInADossier() {
        change("research/people.yaml", text -> text + "- key: magdeleine-marx\n  name: Magdeleine Marx\n"
                + "  relation: a friend\n  role: historical\n  version: 3\n  contact:\n    phone: '+33 1 00 00'\n");

        assertThat(refused()).extracting(e -> e.get("field") + " " + e.get("message")).containsExactlyInAnyOrder(
                "[" + lastIndexOf("research/people.yaml") + "].version is not part of a dossier",
                "[" + lastIndexOf("research/people.yaml") + "].contact is personal data: never part of a dossier");
    }

    @Test
    void aPersonWithoutAKeyOrWithABadOneIsRefused() {
        change("research/people.yaml", text -> text + "- name: Magdeleine Marx\n  relation: a friend\n  role: historical\n"
                + "- key: Marx Magdeleine\n  name: Magdeleine Marx\n  relation: a friend\n  role: historical\n");

        int last = lastIndexOf("research/people.yaml");
        assertThat(refused()).extracting(e -> e.get("field") + " " + e.get("message")).contains(
                "[" + (last - 1) + "].key must not be blank",
                "[" + last + "].key must be lower-case letters and digits joined by hyphens, like vlady or mexico-city");
    }

    /** Sources are read as the Zotero importer reads a CSL-JSON item: a type CSL does not know is refused. */
    @Test
    void aSourceOfATypeCslDoesNotKnowIsRefusedNamingTheField() {
        change("research/sources.csl.json", text -> text.replaceFirst("\"type\": \"[a-z_-]+\"", "\"type\": \"hologram\""));

        assertThat(refused()).singleElement().satisfies(e -> {
            assertThat(e).containsEntry("file", "research/sources.csl.json").containsEntry("field", "[0].type");
            assertThat((String) e.get("message")).isEqualTo("'hologram' is not a CSL item type");
        });
    }

    @Test
    void aWordWhereANumberBelongsIsRefused() {
        change("research/film.yaml", text -> text.replaceFirst("targetMinutes: .*", "targetMinutes: fifty-two"));

        assertThat(refused()).singleElement().satisfies(e -> {
            assertThat(e).containsEntry("file", "research/film.yaml").containsEntry("field", "targetMinutes")
                    .containsEntry("line", lineNumberOf("research/film.yaml", "targetMinutes"));
        });
    }

    @Test
    void aFileThatIsNotPartOfADossierIsRefused() {
        files.put("research/notes.yaml", "- whatever\n");

        assertThat(refused()).singleElement().satisfies(e ->
                assertThat(e).containsEntry("file", "research/notes.yaml"));
    }

    @Test
    void somethingThatIsNotAZipIsRefused() {
        var body = Dossiers.upload("not a zip at all".getBytes(), SLUG).then().statusCode(422)
                .extract().jsonPath();
        assertThat(body.getString("errors[0].message")).contains("no research/ or schedules/ files");
        assertNothingImported();
    }

    private List<Map<String, Object>> refused() {
        JsonPath body = Dossiers.upload(files, SLUG).then().statusCode(422).extract().jsonPath();
        assertThat(body.getString("message")).contains("nothing was imported");
        assertNothingImported();
        return body.getList("errors");
    }

    private void assertNothingImported() {
        assertThat(SergeFilm.query(() -> Film.bySlug(SLUG).isPresent())).isFalse();
        assertThat(SergeFilm.query(() -> Person.count())).isEqualTo(peopleBefore);
    }

    private void change(String file, UnaryOperator<String> change) {
        files.put(file, change.apply(files.get(file)));
    }

    private String firstLineContaining(String file, String needle) {
        return files.get(file).lines().filter(l -> l.contains(needle)).findFirst().orElseThrow();
    }

    private int lineNumberOf(String file, String needle) {
        List<String> lines = files.get(file).lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(needle)) {
                return i + 1;
            }
        }
        throw new AssertionError(needle + " not in " + file);
    }

    private int lines(String file) {
        return (int) files.get(file).lines().count();
    }
}
