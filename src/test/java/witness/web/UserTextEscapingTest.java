package witness.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.undercouch.citeproc.bibtex.BibTeXConverter;
import de.undercouch.citeproc.csl.CSLItemData;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jbibtex.BibTeXParser;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import witness.core.Film;
import witness.film.Scene;
import witness.film.Sequence;
import witness.film.Shot;
import witness.interview.Interview;
import witness.interview.Testimony;
import witness.interview.TranscriptLine;
import witness.location.Location;
import witness.person.Person;
import witness.person.PersonContact;
import witness.chronology.ChronologyEvent;
import witness.film.Citation;
import witness.research.FollowUp;
import witness.research.ResearchLogEntry;
import witness.source.Source;
import witness.source.SourceName;
import witness.schedule.Schedule;
import witness.schedule.ShootDay;
import witness.testing.FilmCopies;
import witness.testing.SergeFilm;

/**
 * Every text a person types can hold markup and quotes: a copy of the Serge film has, in every text field,
 * a script element, an element breaking out of an attribute, and ' " & < >. Every page shows that text as
 * written and runs nothing of it; every export (CSV, calendar, dossier, script, PDF, BibTeX, CSL-JSON) reads
 * back as the same text.
 */
@QuarkusTest
@TestSecurity(user = "producer", roles = "producer")
class UserTextEscapingTest {
    static final String PAYLOAD = "\"><script>alert(\"x\")</script><i id=injected>' \" & < ></i>";
    static final Set<String> LAYOUT_SCRIPTS = Set.of("/webjars/htmx.org/dist/htmx.min.js",
            "/webjars/sortablejs/Sortable.min.js", "/witness.js");
    static final Set<String> DOWNLOADS = Set.of(".csv", ".pdf", ".zip", ".ics", ".bib", ".json", ".fountain", ".fdx");
    static final Set<String> COLLECTIONS = Set.of("scenes", "sequences", "shots", "people", "interviews", "sources",
            "locations", "schedules", "chronology", "research-log", "citations", "days", "testimonies",
            "follow-ups", "questions", "script-exports");
    private static String slug;

    /** The text put into the field named: the payload, then the field, so a failure says which. */
    static String text(String field) {
        return PAYLOAD + " — " + field;
    }

    /** The copy of the Serge film with the payload in every text field, made once for the class. */
    static synchronized String film() {
        if (slug == null) {
            String copy = FilmCopies.ofSerge("escaping");
            given().contentType("text/plain").body("[00:00:01] VLADY: Hello.\n")
                    .post("/api/films/{slug}/interviews/comrades-russia/transcript", copy).then().statusCode(200);
            QuarkusTransaction.requiringNew().run(() -> fill(copy));
            slug = copy;
        }
        return slug;
    }

    static void fill(String copy) {
        Film film = Film.find("slug", copy).singleResult();
        film.title = text("film title");
        film.broadcaster = text("broadcaster");
        film.logline = text("logline");
        film.synopsis = text("film synopsis");
        for (Sequence s : Sequence.<Sequence>list("film", film)) {
            s.title = text("sequence title");
            s.period = text("sequence period");
            s.synopsis = text("sequence synopsis");
        }
        for (Scene s : Scene.<Scene>list("sequence.film", film)) {
            s.title = text("scene title");
            s.purpose = text("scene purpose");
            s.setting = text("scene setting");
            s.era = text("scene era");
            s.narration = text("scene narration");
        }
        for (Shot s : Shot.<Shot>list("scene.sequence.film", film)) {
            s.description = text("shot description");
            s.notes = text("shot notes");
        }
        for (Person p : Person.<Person>list("film", film)) {
            p.name = text("person name");
            p.relation = text("person relation");
            p.notes = text("person notes");
            p.otherNames = new ArrayList<>(List.of(text("other name")));
        }
        for (Interview i : Interview.<Interview>list("film", film)) {
            if (i.label != null) {
                i.label = text("interview label");
            }
            i.interpreter = text("interpreter");
            i.place = text("interview place");
            i.topics = new ArrayList<>(List.of(text("interview topic")));
            i.questions = new ArrayList<>(List.of(text("interview question")));
            i.notes = text("interview notes");
            if (i.person != null && PersonContact.count("person", i.person) == 0) {
                PersonContact contact = new PersonContact();
                contact.person = i.person;
                contact.phone = text("phone");
                contact.address = text("postal address");
                contact.note = text("contact note");
                contact.persist();
            }
        }
        for (Testimony t : Testimony.<Testimony>list("film", film)) {
            t.text = text("testimony quote");
            if (t.page != null) {
                t.page = text("testimony page");
            }
        }
        for (TranscriptLine line : TranscriptLine.<TranscriptLine>list("transcript.interview.film", film)) {
            line.text = text("transcript line");
        }
        for (Source s : Source.<Source>list("film", film)) {
            s.title = text("source title");
            s.publisher = text("publisher");
            s.publisherPlace = text("publisher place");
            s.containerTitle = s.containerTitle == null ? null : text("container title");
            s.archive = text("archive");
            s.archiveLocation = text("archive location");
            s.archivePlace = text("archive place");
            s.callNumber = text("call number");
            s.note = text("source note");
            s.rightsHolder = text("rights holder");
            s.territory = text("territory");
            s.term = text("term");
            for (SourceName name : s.names) {
                if (name.literal != null) {
                    name.literal = text("author");
                } else {
                    name.family = text("author family");
                    name.given = name.given == null ? null : text("author given");
                }
            }
        }
        for (Citation c : Citation.<Citation>list("scene.sequence.film", film)) {
            c.locator = text("citation locator");
            c.text = text("cited text");
            c.claim = text("claim");
            c.verifiedBy = c.verifiedBy == null ? null : text("verified by");
        }
        for (ResearchLogEntry e : ResearchLogEntry.<ResearchLogEntry>list("film", film)) {
            e.researcher = text("researcher");
            e.summary = text("log summary");
            e.findings = text("log findings");
            e.followUps = new ArrayList<>(List.of(new FollowUp(text("follow-up"), false)));
        }
        for (ChronologyEvent e : ChronologyEvent.<ChronologyEvent>list("film", film)) {
            e.place = text("event place");
            e.description = text("event description");
        }
        for (Location l : Location.<Location>list("film", film)) {
            l.name = text("location name");
            l.address = text("location address");
            l.city = text("city");
            l.country = text("country");
            l.access = text("access");
            l.contact = text("location contact");
            l.notes = text("location notes");
        }
        for (Schedule s : Schedule.<Schedule>list("film", film)) {
            s.name = text("schedule name");
        }
        for (ShootDay d : ShootDay.<ShootDay>list("schedule.film", film)) {
            d.travel = text("travel");
            d.notes = text("day notes");
            d.calls.forEach(c -> c.notes = text("call notes"));
        }
    }

    @Test
    void everyPageShowsTheTextAsWrittenAndRunsNothingOfIt() {
        String film = film();
        Set<String> seen = crawl(List.of("/?film=" + film, "/films/" + film, "/films/" + film + "/search?q=alert",
                "/films/" + film + "/bibliography?sources=cited", "/films/" + film + "/people/new"), film);

        assertThat(seen).hasSizeGreaterThan(60);
        Map<String, List<String>> literally = Map.ofEntries(
                Map.entry("/films/" + film + "/scenes/orenburg-arrest",
                        List.of("scene title", "scene purpose", "scene narration", "shot description", "claim")),
                Map.entry("/films/" + film + "/shots", List.of("shot description", "shot notes", "location name")),
                Map.entry("/films/" + film + "/people/vlady", List.of("person name", "person relation", "postal address")),
                Map.entry("/films/" + film + "/interviews/comrades-russia", List.of("interview topic", "interview question")),
                Map.entry("/films/" + film + "/interviews/comrades-russia/transcript", List.of("transcript line")),
                Map.entry("/films/" + film + "/testimonies", List.of("testimony quote")),
                Map.entry("/films/" + film + "/sources/memoirs", List.of("source title", "rights holder", "author")),
                Map.entry("/films/" + film + "/research-log", List.of("log summary", "log findings", "follow-up")),
                Map.entry("/films/" + film + "/chronology", List.of("event description", "event place")),
                Map.entry("/films/" + film + "/locations/mexico-city", List.of("location name", "location address")),
                Map.entry("/films/" + film + "/schedules/orenburg-shoot", List.of("schedule name", "day notes")),
                Map.entry("/films/" + film + "/schedules/orenburg-shoot/days/1990-05-14/call-sheet",
                        List.of("location address", "day notes")),
                Map.entry("/films/" + film + "/script.html", List.of("scene narration", "shot description")));
        literally.forEach((path, fields) -> {
            String shown = page(path).text();
            fields.forEach(field -> assertThat(shown).as(path).contains(text(field)));
        });
        // The bibliography sets titles in Chicago's style (Title Case, typographic quotation marks): the markup
        // still shows as text.
        assertThat(page("/films/" + film + "/bibliography").select("li.entry").eachText())
                .isNotEmpty().allSatisfy(entry -> assertThat(entry.toLowerCase()).contains("<script>alert(", "<i id=injected>"));
    }

    @Test
    void theScriptsDraftsAndTheirComparisonShowTheTextAsWritten() {
        // A film of its own: the narration changed here would differ from what the other tests read back.
        String film = FilmCopies.ofSerge("escaping-drafts");
        given().contentType("text/plain").body("[00:00:01] VLADY: Hello.\n")
                .post("/api/films/{slug}/interviews/comrades-russia/transcript", film).then().statusCode(200);
        QuarkusTransaction.requiringNew().run(() -> fill(film));
        given().contentType(ContentType.JSON).body(Map.of("name", text("draft name")))
                .post("/api/films/{slug}/script/drafts", film).then().statusCode(201);
        Map<String, Object> scene = given().get("/api/films/{slug}/scenes/orenburg-arrest", film).then().statusCode(200)
                .extract().path("");
        Map<String, Object> changed = new java.util.HashMap<>(scene);
        changed.put("narration", scene.get("narration") + " " + text("added narration"));
        changed.remove("number");
        changed.remove("omitted");
        given().contentType(ContentType.JSON).body(changed).put("/api/films/{slug}/scenes/orenburg-arrest", film)
                .then().statusCode(200);
        int draft = given().contentType(ContentType.JSON).body(Map.of()).post("/api/films/{slug}/script/drafts", film)
                .then().statusCode(201).extract().path("number");
        for (String path : List.of("/films/" + film + "/script/drafts",
                "/films/" + film + "/script/drafts/" + (draft - 1) + "/compare/" + draft,
                "/films/" + film + "/script/drafts/" + draft + "/script.html")) {
            String html = given().get(path).then().statusCode(200).extract().asString();
            checkPage(path, Jsoup.parse(html), html);
        }
        assertThat(page("/films/" + film + "/script/drafts/" + (draft - 1) + "/compare/" + draft).text())
                .contains(text("added narration"));
        assertThat(page("/films/" + film + "/script/drafts").text()).contains(text("draft name"));
    }

    @Test
    void theCsvExportsReadBackAsTheSameText() throws Exception {
        String film = film();
        List<CSVRecord> shots = csv(given().get("/films/{slug}/shots.csv", film));
        assertThat(shots).hasSizeGreaterThan(10);
        assertThat(shots).allSatisfy(row -> {
            assertThat(row.get("description")).isEqualTo(text("shot description"));
            assertThat(row.get("notes")).isEqualTo(text("shot notes"));
            assertThat(row.get("scene title")).isEqualTo(text("scene title"));
        });

        List<CSVRecord> clearances = csv(given().get("/films/{slug}/clearances.csv", film));
        assertThat(clearances).extracting(row -> row.get("rights holder")).contains(text("rights holder"));
        assertThat(clearances.stream().filter(row -> row.get("row").equals("source")))
                .allSatisfy(row -> assertThat(row.get("title")).isEqualTo(text("source title")));

        List<CSVRecord> days = csv(given().get("/films/{slug}/schedules/orenburg-shoot.csv", film));
        assertThat(days).isNotEmpty().allSatisfy(row -> assertThat(row.get("notes")).isEqualTo(text("day notes")));
    }

    @Test
    void theCalendarReadsBackAsTheSameText() throws Exception {
        String ics = given().get("/films/{slug}/schedules/orenburg-shoot.ics", film()).then().statusCode(200)
                .extract().asString();

        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        List<VEvent> events = calendar.getComponents(Component.VEVENT);
        assertThat(events).isNotEmpty().allSatisfy(event -> {
            assertThat(event.getProperty(Property.SUMMARY).orElseThrow().getValue()).contains(text("schedule name"));
            assertThat(event.getProperty(Property.LOCATION).orElseThrow().getValue()).contains(text("location name"));
        });
    }

    @Test
    void theDossierImportsBackAsTheSameText() {
        String film = film();
        byte[] zip = given().get("/films/{slug}/dossier.zip", film).then().statusCode(200).extract().asByteArray();

        String back = film + "-back";
        given().contentType("application/zip").body(zip).queryParam("slug", back).post("/api/dossiers")
                .then().statusCode(201);

        SergeFilm.query(() -> {
            assertThat(Film.<Film>find("slug", back).singleResult().title).isEqualTo(text("film title"));
            assertThat(Scene.<Scene>list("sequence.film.slug", back)).isNotEmpty().allSatisfy(s -> {
                assertThat(s.title).isEqualTo(text("scene title"));
                assertThat(s.narration).isEqualTo(text("scene narration"));
            });
            assertThat(Source.<Source>list("film.slug", back)).isNotEmpty()
                    .allSatisfy(s -> assertThat(s.rightsHolder).isEqualTo(text("rights holder")));
            assertThat(ResearchLogEntry.<ResearchLogEntry>list("film.slug", back)).isNotEmpty()
                    .allSatisfy(e -> assertThat(e.findings).isEqualTo(text("log findings")));
            return null;
        });
    }

    @Test
    void theScriptInEveryFormatKeepsTheText() throws Exception {
        String film = film();
        checkPage("/films/" + film + "/script.html", page("/films/" + film + "/script.html"),
                given().get("/films/{slug}/script.html", film).asString());

        assertThat(pdfText(given().get("/films/{slug}/script.pdf", film)))
                .contains(squash(text("scene title")), squash(text("shot description")), squash(text("scene narration")));

        String fountain = given().get("/films/{slug}/script.fountain", film).then().statusCode(200).extract().asString();
        assertThat(fountain.replace("\\", "")).contains(text("shot description"), text("scene purpose"));

        byte[] fdx = given().get("/films/{slug}/script.fdx", film).then().statusCode(200).extract().asByteArray();
        org.w3c.dom.Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(fdx));
        String words = xml.getDocumentElement().getTextContent();
        assertThat(words).contains(text("shot description"), text("scene narration"));
    }

    @Test
    void theShotListAndCallSheetPdfsPrintTheText() throws Exception {
        String film = film();
        assertThat(pdfText(given().get("/films/{slug}/shots.pdf", film)))
                .contains(squash(text("shot description")), squash(text("shot notes")));
        assertThat(pdfText(given().get("/films/{slug}/schedules/orenburg-shoot/days/1990-05-14/call-sheet.pdf", film)))
                .contains(squash(text("day notes")), squash(text("location address")));
    }

    @Test
    void theBibliographyExportsReadBackAsTheSameText() throws Exception {
        String film = film();
        JsonNode csl = new ObjectMapper().readTree(given().get("/films/{slug}/sources.csl.json", film)
                .then().statusCode(200).extract().asString());
        assertThat(csl.size()).isGreaterThan(5);
        csl.forEach(item -> assertThat(item.get("title").asText()).isEqualTo(text("source title")));

        String bib = given().get("/films/{slug}/sources.bib", film).then().statusCode(200).extract().asString();
        Map<String, CSLItemData> items = new BibTeXConverter().toItemData(new BibTeXParser().parse(new StringReader(bib)));
        assertThat(items).isNotEmpty();
        // A LaTeX reader takes ' for a closing quotation mark and gives ’; nothing else changes.
        assertThat(items.values()).allSatisfy(item -> assertThat(item.getTitle().replace('\u2019', '\''))
                .isEqualTo(text("source title")));
    }

    // ---------------------------------------------------------------- helpers

    /** Every kind of page reachable by links and htmx from the start pages (a few of each), each checked. */
    static Set<String> crawl(List<String> start, String film) {
        Map<String, Integer> shapes = new java.util.HashMap<>();
        Set<String> seen = new LinkedHashSet<>(start);
        Deque<String> queue = new ArrayDeque<>(start);
        while (!queue.isEmpty() && seen.size() < 2_000) {
            String path = queue.poll();
            Response answer = given().get(path);
            assertThat(answer.statusCode()).as(path).isEqualTo(200);
            if (!answer.contentType().startsWith("text/html")) {
                continue;
            }
            String html = answer.asString();
            Document page = Jsoup.parse(html, "http://localhost" + path);
            checkPage(path, page, html);
            for (Element link : page.select("a[href], [hx-get]")) {
                String target = link.hasAttr("hx-get") ? link.attr("hx-get") : link.attr("href");
                String next = local(target, path);
                if (next != null && (next.startsWith("/films/" + film + "/") || next.startsWith("/films/" + film + "?")
                        || next.equals("/films/" + film)) && DOWNLOADS.stream().noneMatch(next.split("\\?")[0]::endsWith)
                        && !next.contains("/photos/") && !next.endsWith("/release")
                        && shapes.merge(shape(next), 1, Integer::sum) <= 3 && seen.add(next)) {
                    queue.add(next);
                }
            }
        }
        return seen;
    }

    /** A page's kind: its path with the keys after a collection starred, and its query's parameter names. */
    static String shape(String path) {
        String[] parts = path.split("\\?", 2);
        String[] segments = parts[0].split("/");
        for (int i = 3; i < segments.length; i++) {
            if (COLLECTIONS.contains(segments[i - 1])) {
                segments[i] = "*";
            }
        }
        String query = parts.length < 2 ? "" : "?" + java.util.Arrays.stream(parts[1].split("&"))
                .map(p -> p.split("=")[0]).sorted().toList();
        return String.join("/", segments) + query;
    }

    static String local(String target, String from) {
        if (target.isBlank() || target.startsWith("#") || target.startsWith("mailto:")) {
            return null;
        }
        URI uri = URI.create("http://localhost" + from).resolve(target.replace(" ", "%20"));
        if (!"localhost".equals(uri.getHost())) {
            return null;
        }
        return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }

    static void checkPage(String path, Document page, String html) {
        assertThat(html).as(path + ": no user text written unescaped").doesNotContain("<script>alert")
                .doesNotContain("<i id=injected>");
        assertThat(page.select("script")).as(path + ": only the layout's script files")
                .allSatisfy(s -> assertThat(LAYOUT_SCRIPTS).contains(s.attr("src")));
        assertThat(page.select("#injected")).as(path).isEmpty();
        for (Element element : page.getAllElements()) {
            for (Attribute attribute : element.attributes()) {
                assertThat(attribute.getKey()).as(path + ": an attribute broken out of").matches("[a-zA-Z][a-zA-Z0-9:_-]*");
            }
        }
    }

    static Document page(String path) {
        return Jsoup.parse(given().get(path).then().statusCode(200).extract().asString());
    }

    static List<CSVRecord> csv(Response answer) throws Exception {
        String text = new String(answer.then().statusCode(200).extract().asByteArray(), StandardCharsets.UTF_8);
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build()
                .parse(new StringReader(text.replace("\uFEFF", ""))).getRecords();
    }

    static String pdfText(Response answer) throws Exception {
        byte[] pdf = answer.then().statusCode(200).contentType("application/pdf").extract().asByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return squash(new PDFTextStripper().getText(document));
        }
    }

    /** Text without its blanks: a PDF breaks lines wherever a cell ends. */
    static String squash(String text) {
        return text.replaceAll("\\s+", "");
    }
}
