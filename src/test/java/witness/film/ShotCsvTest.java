package witness.film;

import static io.restassured.RestAssured.given;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import witness.core.Film;
import witness.testing.FilmCopies;
import witness.testing.Pages;
import witness.testing.SergeFilm;

@QuarkusTest
class ShotCsvTest {
    static final String HEADER = String.join(",", ShotCsv.COLUMNS);
    static final String FIRST_SHOT = "prologue-taxi-1";
    static final String TRICKY = "Séjourné reads Виктор Серж, \"the witness\"\nsecond line, with a comma";
    /** One copy of the Serge film for the refused files: none of them may change it. */
    static String refusedCopy;

    @Inject
    StructureEditor structure;

    // ---------------------------------------------------------------- export

    @Test
    void exportIsRfc4180Utf8WithBomAndHeaderOneRowPerShotInFilmOrder() {
        Response response = given().get("/films/victor-serge/shots.csv");
        response.then().statusCode(200)
                .header("Content-Type", "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"victor-serge-shots.csv\"");
        byte[] bytes = response.asByteArray();

        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, UTF_8).substring(1);
        assertThat(text).startsWith("number,sequence,sequence title,scene,scene title,shot,kind,description,audio,"
                + "framing,movement,seconds,location,interviewee,source,status,notes\r\n").endsWith("\r\n");
        List<CSVRecord> rows = parse(bytes);
        assertThat(rows).hasSize((int) shotCount(SergeFilm.SLUG));
        assertThat(rows.stream().map(r -> r.get("number")).toList()).isSortedAccordingTo(ShotCsvTest::byNumber);

        CSVRecord first = rows.get(0);
        assertThat(first.toMap()).containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
                Map.entry("number", "1.1.1"), Map.entry("sequence", "prologue"),
                Map.entry("sequence title", "Prologue: a death in a Mexico City taxi (1947)"),
                Map.entry("scene", "prologue-taxi"), Map.entry("scene title", "The last taxi ride"),
                Map.entry("shot", FIRST_SHOT), Map.entry("kind", "caption"),
                Map.entry("description", "White on black: Mexico City, Monday 17 November 1947."),
                Map.entry("audio", "music"), Map.entry("framing", "ws"), Map.entry("movement", "static"),
                Map.entry("seconds", "5"), Map.entry("location", ""), Map.entry("interviewee", ""),
                Map.entry("source", ""), Map.entry("status", "planned"), Map.entry("notes", "")));
        CSVRecord withReferences = rows.stream().filter(r -> r.get("shot").equals("mexico-marseille-4")).findFirst()
                .orElseThrow();
        assertThat(withReferences.get("location")).isEqualTo("mexico-city");
        assertThat(withReferences.get("interviewee")).isEqualTo("vlady");
        assertThat(rows.stream().map(r -> r.get("kind"))).contains("archive-film", "reconstruction");
    }

    @Test
    void exportQuotesCommasQuotesAndLineBreaksAndKeepsAccentsAndCyrillic() {
        String slug = FilmCopies.ofSerge("csv");
        QuarkusTransaction.requiringNew().run(() -> Shot.byKey(Film.bySlug(slug).orElseThrow(), FIRST_SHOT)
                .orElseThrow().description = TRICKY);

        byte[] bytes = export(slug);

        assertThat(new String(bytes, UTF_8)).contains(
                ",\"Séjourné reads Виктор Серж, \"\"the witness\"\"\nsecond line, with a comma\",");
        assertThat(parse(bytes).get(0).get("description")).isEqualTo(TRICKY);
    }

    @Test
    void cellsASpreadsheetWouldRunAreWrittenAfterAQuoteAndReadBackAsTyped() {
        String slug = FilmCopies.ofSerge("csv");
        String formula = "=HYPERLINK(\"http://evil.example\",\"Rushes\")";
        QuarkusTransaction.requiringNew().run(() -> {
            Shot shot = Shot.byKey(Film.bySlug(slug).orElseThrow(), FIRST_SHOT).orElseThrow();
            shot.description = formula;
            shot.notes = "'+ already quoted";
        });

        byte[] bytes = export(slug);

        assertThat(parse(bytes).get(0).get("description")).isEqualTo("'" + formula);
        assertThat(parse(bytes).get(0).get("notes")).isEqualTo("''+ already quoted");
        importCsv(slug, bytes).then().statusCode(200);
        assertThat(QuarkusTransaction.requiringNew().call(() -> {
            Shot shot = Shot.byKey(Film.bySlug(slug).orElseThrow(), FIRST_SHOT).orElseThrow();
            return shot.description + " | " + shot.notes;
        })).isEqualTo(formula + " | '+ already quoted");
        assertThat(export(slug)).isEqualTo(bytes);
    }

    @Test
    void anUnknownFilmHasNoShotList() {
        given().get("/films/no-such-film/shots.csv").then().statusCode(404);
        given().contentType("text/csv").body(HEADER.getBytes(UTF_8)).post("/api/films/no-such-film/shots.csv")
                .then().statusCode(404);
    }

    // ---------------------------------------------------------------- import

    @Test
    void importingTheExportIntoAnEmptyFilmGivesTheSameFileByteForByte() {
        String slug = FilmCopies.ofSerge("csv");
        byte[] original = export(slug);
        QuarkusTransaction.requiringNew().run(() -> {
            Film film = Film.bySlug(slug).orElseThrow();
            Sequence.ofFilm(film).forEach(s -> structure.deleteSequence(film, s.key, s.version));
        });
        assertThat(shotCount(slug)).isZero();

        JsonPath result = importCsv(slug, original).then().statusCode(200).extract().jsonPath();

        assertThat(result.getInt("created")).isEqualTo(parse(original).size());
        assertThat(result.getInt("updated")).isZero();
        assertThat(result.getInt("sequencesCreated")).isEqualTo(3);
        assertThat(result.getInt("scenesCreated")).isEqualTo(
                (int) parse(original).stream().map(r -> r.get("scene")).distinct().count());
        assertThat(export(slug)).isEqualTo(original);
    }

    @Test
    void rowsUpdateShotsByKeyAndTheirOrderSetsTheOrderInTheScene() {
        String slug = FilmCopies.ofSerge("csv");
        List<String> before = shotKeys(slug, "prologue-taxi");
        assertThat(before).hasSizeGreaterThan(3).startsWith("prologue-taxi-1", "prologue-taxi-2", "prologue-taxi-3");
        Map<String, String> third = row(export(slug), "prologue-taxi-3");
        third.put("description", TRICKY);
        third.put("seconds", "1:30");
        third.put("status", "scheduled");
        Map<String, String> first = row(export(slug), FIRST_SHOT);
        first.put("number", "");

        JsonPath result = importCsv(slug, csv(third, first)).then().statusCode(200).extract().jsonPath();

        assertThat(result.getInt("created")).isZero();
        assertThat(result.getInt("updated")).isEqualTo(2);
        List<String> after = shotKeys(slug, "prologue-taxi");
        List<String> expected = new ArrayList<>(List.of("prologue-taxi-3", "prologue-taxi-1"));
        before.stream().filter(k -> !expected.contains(k)).forEach(expected::add);
        assertThat(after).isEqualTo(expected);
        assertThat(shotPositions(slug, "prologue-taxi")).containsExactly(
                java.util.stream.IntStream.rangeClosed(1, before.size()).boxed().toArray(Integer[]::new));
        Shot changed = shot(slug, "prologue-taxi-3");
        assertThat(changed.description).isEqualTo(TRICKY);
        assertThat(changed.seconds).isEqualTo(90);
        assertThat(changed.status).isEqualTo(ShotStatus.SCHEDULED);
        assertThat(shotCount(slug)).isEqualTo(shotCount(SergeFilm.SLUG));
    }

    @Test
    void newSequencesAndScenesAreCreatedFromTheirTitlesAndNewShotsGetKeys() {
        String slug = FilmCopies.ofSerge("csv");
        long shots = shotCount(slug);
        String file = HEADER + "\r\n"
                + ",epilogue,Epilogue: the witness remembered,epilogue-grave,The grave in Mexico City,,location,"
                + "\"" + TRICKY.replace("\"", "\"\"") + "\",wild-track,ws,pan,2:05,mexico-city,,,,\r\n"
                + ",epilogue,,epilogue-grave,,,interview,Vlady at the grave,sync,mcu,static,45,mexico-city,vlady,,"
                + "planned,\r\n"
                + ",prologue,,prologue-taxi,,prologue-taxi-extra,graphic,A map of Mexico City,,,,,,,,,\r\n";

        JsonPath result = importCsv(slug, file.getBytes(UTF_8)).then().statusCode(200).extract().jsonPath();

        assertThat(result.getMap("")).containsExactlyInAnyOrderEntriesOf(
                Map.of("created", 3, "updated", 0, "sequencesCreated", 1, "scenesCreated", 1));
        assertThat(shotCount(slug)).isEqualTo(shots + 3);
        List<CSVRecord> rows = parse(export(slug));
        List<CSVRecord> epilogue = rows.stream().filter(r -> r.get("sequence").equals("epilogue")).toList();
        assertThat(epilogue).extracting(r -> r.get("number")).containsExactly("4.1.1", "4.1.2");
        assertThat(epilogue).extracting(r -> r.get("shot")).containsExactly("epilogue-grave-1", "epilogue-grave-2");
        assertThat(epilogue.get(0).get("sequence title")).isEqualTo("Epilogue: the witness remembered");
        assertThat(epilogue.get(0).get("scene title")).isEqualTo("The grave in Mexico City");
        assertThat(epilogue.get(0).get("description")).isEqualTo(TRICKY);
        assertThat(epilogue.get(0).get("seconds")).isEqualTo("125");
        assertThat(epilogue.get(1).get("interviewee")).isEqualTo("vlady");
        assertThat(shotKeys(slug, "prologue-taxi")).startsWith("prologue-taxi-extra");
    }

    @Test
    void aRowCanMoveAShotToAnotherSceneAndBothScenesStayNumberedOneToN() {
        String slug = FilmCopies.ofSerge("csv");
        List<String> taxi = shotKeys(slug, "prologue-taxi");
        List<String> corpse = shotKeys(slug, "prologue-corpse");
        Map<String, String> moved = row(export(slug), "prologue-taxi-2");
        moved.put("scene", "prologue-corpse");

        importCsv(slug, csv(moved)).then().statusCode(200);

        assertThat(shotKeys(slug, "prologue-taxi")).isEqualTo(taxi.stream().filter(k -> !k.equals("prologue-taxi-2")).toList());
        List<String> expected = new ArrayList<>(List.of("prologue-taxi-2"));
        expected.addAll(corpse);
        assertThat(shotKeys(slug, "prologue-corpse")).isEqualTo(expected);
        assertThat(shotPositions(slug, "prologue-taxi")).containsExactly(
                java.util.stream.IntStream.rangeClosed(1, taxi.size() - 1).boxed().toArray(Integer[]::new));
        assertThat(shotPositions(slug, "prologue-corpse")).containsExactly(
                java.util.stream.IntStream.rangeClosed(1, corpse.size() + 1).boxed().toArray(Integer[]::new));
    }

    // ---------------------------------------------------------------- refused files

    @Test
    void aShotTwiceInTheFileOrABadNewKeyIsRefused() {
        String file = HEADER + "\r\n"
                + goodRow(FIRST_SHOT, "once") + "\r\n"
                + goodRow(FIRST_SHOT, "twice") + "\r\n"
                + goodRow("Not A Key", "bad key") + "\r\n";
        JsonPath errors = assertRefused(file.getBytes(UTF_8), 3, "shot", "is on line 2 already");
        assertThat(errors.getInt("errors[1].row")).isEqualTo(4);
        assertThat(errors.getString("errors[1].message")).contains("'Not A Key' is not a key");
    }

    @Test
    void aBadKindIsRefusedWithItsLineAndNothingIsImported() {
        String file = HEADER + "\r\n"
                + goodRow(FIRST_SHOT, "changed by a refused file") + "\r\n"
                + ",prologue,,prologue-taxi,,,hologram,A ghost,,,,,,,,,\r\n";
        assertRefused(file.getBytes(UTF_8), 3, "kind", "'hologram' is not one of: interview, archive-film,");
    }

    @Test
    void aCellOverSeveralLinesCountsAllItsLines() {
        String file = HEADER + "\r\n"
                + ",prologue,,prologue-taxi,,,caption,\"one\r\ntwo\r\nthree\",,,,,,,,,\r\n"
                + ",prologue,,prologue-taxi,,,hologram,A ghost,,,,,,,,,\r\n";
        assertRefused(file.getBytes(UTF_8), 5, "kind", "'hologram' is not one of");
    }

    @Test
    void negativeOrNonNumericSecondsAreRefused() {
        String file = HEADER + "\r\n"
                + ",prologue,,prologue-taxi,,,caption,Minus,,,,-5,,,,,\r\n"
                + ",prologue,,prologue-taxi,,,caption,Words,,,,ten,,,,,\r\n"
                + ",prologue,,prologue-taxi,,,caption,Too long,,,,36001,,,,,\r\n";
        JsonPath errors = assertRefused(file.getBytes(UTF_8), 2, "seconds", "must not be negative");
        assertThat(errors.getList("errors", Map.class)).extracting(e -> e.get("row") + " " + e.get("column"))
                .containsExactly("2 seconds", "3 seconds", "4 seconds");
        assertThat(errors.getString("errors[1].message")).contains("must be a number of seconds or minutes:seconds", "not 'ten'");
        assertThat(errors.getString("errors[2].message")).contains("at most 10 hours");
    }

    @Test
    void anUnknownLocationKeyIsRefused() {
        String file = HEADER + "\r\n" + ",prologue,,prologue-taxi,,,location,Atlantis,,,,,atlantis,,,,\r\n";
        assertRefused(file.getBytes(UTF_8), 2, "location", "this film has no location with the key 'atlantis'");
    }

    @Test
    void aMissingRequiredColumnIsRefused() {
        String file = HEADER.replace(",kind,", ",") + "\r\n" + ",prologue,,prologue-taxi,,,A,,,,,,,,,\r\n";
        assertRefused(file.getBytes(UTF_8), 1, "kind", "is missing from the header row");
    }

    @Test
    void anUnknownColumnIsRefused() {
        String file = HEADER + ",colour\r\n" + ",prologue,,prologue-taxi,,,caption,A,,,,,,,,,,red\r\n";
        assertRefused(file.getBytes(UTF_8), 1, "colour", "is not a column of the shot list");
    }

    @Test
    void anEmptyFileIsRefused() {
        assertRefused(new byte[0], 1, null, "The file is empty");
        assertRefused("\uFEFF\r\n".getBytes(UTF_8), 1, null, "The file is empty");
    }

    @Test
    void aFileThatIsNotUtf8OrNotCsvIsRefused() {
        String file = HEADER + "\r\n" + ",prologue,,prologue-taxi,,,caption,Séjourné,,,,,,,,,\r\n";
        assertRefused(file.getBytes(StandardCharsets.ISO_8859_1), 2, null, "not UTF-8");
        String unclosed = HEADER + "\r\n" + ",prologue,,prologue-taxi,,,caption,\"never closed,,,,,,,,,\r\n";
        assertRefused(unclosed.getBytes(UTF_8), 2, null, "not valid CSV");
        assertRefused(new byte[] { (byte) 0x89, 'P', 'N', 'G', 0, 0 }, 1, null, "not UTF-8");
    }

    @Test
    void aNewSceneWithoutTitleIsRefused() {
        String file = HEADER + "\r\n"
                + goodRow(FIRST_SHOT, "changed by a refused file") + "\r\n"
                + ",prologue,,prologue-untitled,,,caption,A,,,,,,,,,\r\n"
                + ",orenburg,,prologue-taxi,,,caption,B,,,,,,,,,\r\n";
        JsonPath errors = assertRefused(file.getBytes(UTF_8), 3, "scene title", "is required");
        assertThat(errors.getString("errors[1].column")).isEqualTo("scene");
        assertThat(errors.getInt("errors[1].row")).isEqualTo(4);
        assertThat(errors.getString("errors[1].message")).contains("is in sequence 'prologue', not 'orenburg'");
    }

    // ---------------------------------------------------------------- the import page

    @Test
    void theImportPageExplainsTheFileAndHasALabelledFileInput() {
        Document page = Pages.get("/films/victor-serge/shots/import");

        assertThat(page.title()).startsWith("Import a shot list — Victor Serge");
        assertThat(page.select("form[method=post][enctype=multipart/form-data]").attr("action"))
                .isEqualTo("/films/victor-serge/shots/import");
        String id = page.select("input[type=file][name=file]").attr("id");
        assertThat(page.select("label[for=" + id + "]").text()).contains("CSV");
        assertThat(page.select("a[href=/films/victor-serge/shots]")).isNotEmpty();
        assertThat(page.select("a[href=/films/victor-serge/shots.csv]")).isNotEmpty();
        assertThat(page.text()).contains("nothing is imported", "voice-over");
        assertThat(page.select("table.csv-columns code").eachText()).containsAll(ShotCsv.COLUMNS);
    }

    @Test
    void uploadingAGoodFileFromThePageRedirectsToTheShotList() {
        String slug = FilmCopies.ofSerge("csv");
        String file = HEADER + "\r\n" + goodRow(FIRST_SHOT, "Uploaded from the page") + "\r\n";

        String notice = given().multiPart("file", "shots.csv", file.getBytes(UTF_8), "text/csv").redirects().follow(false)
                .post("/films/{slug}/shots/import", slug)
                .then().statusCode(303).header("Location", org.hamcrest.Matchers.endsWith("/films/" + slug + "/shots"))
                .extract().cookie(witness.web.Flash.COOKIE);

        assertThat(shot(slug, FIRST_SHOT).description).isEqualTo("Uploaded from the page");
        String shown = given().cookie(witness.web.Flash.COOKIE, notice).get("/films/{slug}/shots", slug)
                .then().statusCode(200).extract().asString();
        assertThat(org.jsoup.Jsoup.parse(shown).select("#flash .notice").text())
                .isEqualTo("Imported shots.csv: 0 shots created, 1 updated, 0 new sequences, 0 new scenes.");
    }

    @Test
    void uploadingABadFileFromThePageShowsEveryErrorByLine() {
        String slug = refusedCopy();
        long shots = shotCount(slug);
        String file = HEADER + "\r\n"
                + goodRow(FIRST_SHOT, "changed by a refused file") + "\r\n"
                + ",prologue,,prologue-taxi,,,hologram,A ghost,,,,-1,,,,,\r\n";

        String html = given().multiPart("file", "shots.csv", file.getBytes(UTF_8), "text/csv")
                .post("/films/{slug}/shots/import", slug)
                .then().statusCode(422).contentType("text/html").extract().asString();

        Document page = Jsoup.parse(html);
        assertThat(page.select("[role=alert]").text()).contains("nothing was imported");
        assertThat(page.select("tr.csv-error").eachText()).hasSize(2);
        assertThat(page.select("tr.csv-error td.row").eachText()).containsExactly("3", "3");
        assertThat(page.select("tr.csv-error td.column").eachText()).containsExactly("kind", "seconds");
        assertThat(page.select("input[type=file][name=file]")).isNotEmpty();
        assertUnchanged(slug, shots);

        given().multiPart("file", "shots.csv", new byte[0], "text/csv").post("/films/{slug}/shots/import", slug)
                .then().statusCode(422).contentType("text/html");
    }

    // ---------------------------------------------------------------- helpers

    static byte[] export(String slug) {
        return given().get("/films/{slug}/shots.csv", slug).then().statusCode(200).extract().asByteArray();
    }

    static Response importCsv(String slug, byte[] file) {
        return given().contentType("text/csv").body(file).post("/api/films/{slug}/shots.csv", slug);
    }

    /** Posts the file to a film no test changes, checks the first error and that nothing changed. */
    static JsonPath assertRefused(byte[] file, int row, String column, String message) {
        String slug = refusedCopy();
        long shots = shotCount(slug);
        JsonPath answer = importCsv(slug, file).then().statusCode(422).contentType("application/json")
                .extract().jsonPath();
        assertThat(answer.getString("message")).endsWith("nothing was imported.");
        assertThat(answer.getList("errors")).isNotEmpty();
        assertThat(answer.getInt("errors[0].row")).isEqualTo(row);
        assertThat(answer.getString("errors[0].column")).isEqualTo(column);
        assertThat(answer.getString("errors[0].message")).contains(message);
        assertUnchanged(slug, shots);
        return answer;
    }

    static void assertUnchanged(String slug, long shots) {
        assertThat(shotCount(slug)).isEqualTo(shots).isEqualTo(shotCount(SergeFilm.SLUG));
        assertThat(shot(slug, FIRST_SHOT).description).isEqualTo(shot(SergeFilm.SLUG, FIRST_SHOT).description);
    }

    static synchronized String refusedCopy() {
        if (refusedCopy == null) {
            refusedCopy = FilmCopies.ofSerge("csv-refused");
        }
        return refusedCopy;
    }

    /** A complete row for the first shot of the film with another description. */
    static String goodRow(String key, String description) {
        return ",prologue,,prologue-taxi,," + key + ",caption," + description + ",music,ws,static,5,,,,planned,";
    }

    static List<CSVRecord> parse(byte[] bytes) {
        String text = new String(bytes, UTF_8);
        assertThat(text).startsWith("\uFEFF");
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text.substring(1)))
                .setFormat(CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()).get()) {
            return parser.getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The exported row of a shot, by column; the map can be changed. */
    static Map<String, String> row(byte[] export, String key) {
        return new LinkedHashMap<>(parse(export).stream().filter(r -> r.get("shot").equals(key)).findFirst()
                .orElseThrow().toMap());
    }

    static byte[] csv(Map<String, String>... rows) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder()
                .setHeader(ShotCsv.COLUMNS.toArray(String[]::new)).get())) {
            for (Map<String, String> row : rows) {
                printer.printRecord(ShotCsv.COLUMNS.stream().map(row::get).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(UTF_8);
    }

    static long shotCount(String slug) {
        return SergeFilm.query(() -> Shot.count("scene.sequence.film.slug", slug));
    }

    static Shot shot(String slug, String key) {
        return SergeFilm.query(() -> Shot.byKey(Film.bySlug(slug).orElseThrow(), key).orElseThrow());
    }

    static List<String> shotKeys(String slug, String scene) {
        return SergeFilm.query(() -> Shot.<Shot>list("scene.key = ?1 and scene.sequence.film.slug = ?2"
                + " order by position", scene, slug).stream().map(s -> s.key).toList());
    }

    static List<Integer> shotPositions(String slug, String scene) {
        return SergeFilm.query(() -> Shot.<Shot>list("scene.key = ?1 and scene.sequence.film.slug = ?2"
                + " order by position", scene, slug).stream().map(s -> s.position).toList());
    }

    static int byNumber(String a, String b) {
        String[] x = a.split("\\."), y = b.split("\\.");
        for (int i = 0; i < 3; i++) {
            int c = Integer.compare(Integer.parseInt(x[i]), Integer.parseInt(y[i]));
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }
}
