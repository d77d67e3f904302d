package witness.person;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Tag;
import witness.interview.Interview;
import witness.interview.ReleaseForm;
import witness.testing.As;
import witness.testing.FilmCopies;

/**
 * Contact details are personal data: with unique markers stored as a person's phone, e-mail, address
 * and note, every page, export and API answer of the film is read as each role. Only a producer ever
 * receives a marker, and a producer receives them on the person page and in the people API.
 */
@Tag("slow")
@QuarkusTest
class PersonalDataTest {
    private static final String PHONE = "+99 7731 MARKERPHONE";
    private static final String EMAIL = "marker-7731@example.invalid";
    private static final String ADDRESS = "7731 Markerstrasse, Nowhere";
    private static final String NOTE = "MARKERNOTE-7731 call after six";
    /** A signed release form is personal data too: its file's name must not show either. */
    private static final String RELEASE_FILE = "MARKERRELEASE-7731-vlady.pdf";
    private static final List<String> MARKERS = List.of(PHONE, EMAIL, ADDRESS, NOTE, "MARKERPHONE", "marker-7731",
            "Markerstrasse", "MARKERNOTE", "MARKERRELEASE");
    private static String slug;

    /** A copy of the Serge film where Vlady and Jeannine have contact details with the markers. */
    static synchronized String film() {
        if (slug == null) {
            String copy = FilmCopies.ofSerge("people");
            QuarkusTransaction.requiringNew().run(() -> {
                for (String key : List.of("vlady", "jeannine")) {
                    PersonContact contact = new PersonContact();
                    contact.person = Person.find("film.slug = ?1 and key = ?2", copy, key).firstResult();
                    contact.phone = PHONE;
                    contact.email = EMAIL;
                    contact.address = ADDRESS;
                    contact.note = NOTE;
                    contact.persist();
                }
                ReleaseForm release = new ReleaseForm();
                release.interview = Interview.find("film.slug = ?1 and key = ?2", copy, "vlady").firstResult();
                release.fileName = RELEASE_FILE;
                release.contentType = "application/pdf";
                release.content = "%PDF-1.4 MARKERRELEASE-7731".getBytes(StandardCharsets.US_ASCII);
                release.fileSize = release.content.length;
                release.uploadedAt = java.time.LocalDateTime.now();
                release.persist();
            });
            slug = copy;
        }
        return slug;
    }

    @Test
    void anonymousReadersAreSentToLogInAndReceiveNothing() {
        String film = "/films/" + film();
        for (String path : List.of(film + "/people/vlady", film + "/interviews/vlady", film + "/dossier.zip",
                film + "/shots.csv", film + "/schedules")) {
            Response response = given(As.anonymous()).redirects().follow(false).get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(302);
            assertThat(response.header("Location")).as(path).endsWith("/login");
            assertThat(response.asString()).as(path).doesNotContain(MARKERS);
        }
        Response api = given(As.anonymous()).get("/api" + film + "/people");
        assertThat(api.statusCode()).isEqualTo(401);
        assertThat(api.asString()).doesNotContain(MARKERS);
    }

    @Test
    void viewersReceiveNoContactDetailsAnywhere() {
        assertNoMarkers(crawl(film(), As.viewer()));
    }

    @Test
    void researchersReceiveNoContactDetailsAnywhere() {
        assertNoMarkers(crawl(film(), As.researcher()));
    }

    @Test
    void directorsReceiveNoContactDetailsAnywhere() {
        assertNoMarkers(crawl(film(), As.director()));
    }

    @Test
    @TestSecurity(user = "producer", roles = "producer")
    void producersReceiveThemOnThePersonPageAndInThePeopleApiButNeverInTheDossier() {
        Map<String, String> answers = crawl(film(), given());

        assertThat(answers.get("/films/" + slug + "/people/vlady")).contains(PHONE, EMAIL, "7731 Markerstrasse", "MARKERNOTE-7731");
        assertThat(answers.get("/films/" + slug + "/people/jeannine")).contains(PHONE, EMAIL);
        assertThat(answers.get("/films/" + slug + "/interviews/vlady")).contains(RELEASE_FILE);
        assertThat(answers.get("/api/films/" + slug + "/people/vlady")).contains(PHONE, EMAIL, ADDRESS, NOTE);
        assertThat(answers.get("/api/films/" + slug + "/people")).contains(PHONE, EMAIL, ADDRESS, NOTE);
        answers.entrySet().stream()
                .filter(a -> a.getKey().startsWith("/films/" + slug + "/dossier.zip"))
                .forEach(a -> assertThat(a.getValue()).as(a.getKey()).doesNotContain(MARKERS));
        assertThat(answers.keySet()).anyMatch(k -> k.startsWith("/films/" + slug + "/dossier.zip!research/people.yaml"));
    }

    private static void assertNoMarkers(Map<String, String> answers) {
        assertThat(answers).containsKeys("/films/" + slug + "/people/vlady", "/api/films/" + slug + "/people/vlady",
                "/films/" + slug + "/shots.csv", "/api/films/" + slug + "/people");
        assertThat(answers.keySet()).anyMatch(k -> k.startsWith("/films/" + slug + "/scenes/"));
        assertThat(answers.keySet()).anyMatch(k -> k.startsWith("/films/" + slug + "/interviews/"));
        for (Map.Entry<String, String> answer : answers.entrySet()) {
            for (String marker : MARKERS) {
                assertThat(answer.getValue()).as("%s holds %s", answer.getKey(), marker).doesNotContain(marker);
            }
        }
    }

    /**
     * Every page reachable by links from the film's areas and exports, the downloads they link to,
     * the dossier zip's files and the JSON API: path (or zip!file) → text of the answer. The links found are asked
     * for in waves, two at a time, so that the app and the test use both cores of a small machine; what is read is
     * the same as one at a time.
     */
    static Map<String, String> crawl(String slug, RequestSpecification as) {
        String film = "/films/" + slug;
        List<String> wave = List.of("/?film=" + slug, film, film + "/shots", film + "/shots/print",
                film + "/interviews", film + "/testimonies", film + "/people", film + "/sources", film + "/research-log",
                film + "/locations", film + "/schedules", film + "/chronology", film + "/exports", film + "/shots.csv",
                film + "/dossier.zip", film + "/people/new", film + "/interviews/new",
                "/api/films/" + slug + "/people", "/api/films/" + slug + "/shots", "/api/films/" + slug + "/sequences",
                "/api/films/" + slug + "/scenes", "/api/films/" + slug + "/interviews", "/api/films/" + slug + "/shots.csv");
        Set<String> seen = new LinkedHashSet<>(wave);
        Map<String, String> answers = new LinkedHashMap<>();
        List<String> failed = new ArrayList<>();
        ExecutorService readers = Executors.newFixedThreadPool(2);
        try {
            while (!wave.isEmpty()) {
                List<String> next = new ArrayList<>();
                for (Answer answer : read(readers, wave, as)) {
                    if (answer.status() >= 500) {
                        failed.add(answer.path() + " " + answer.status());
                    } else if (answer.type().startsWith("application/zip")) {
                        answers.putAll(unzip(answer.path(), answer.body()));
                    } else {
                        answers.put(answer.path(), answer.text());
                        answer.links(film).stream().filter(seen::add).forEach(next::add);
                    }
                }
                wave = next;
            }
        } finally {
            readers.shutdownNow();
        }
        assertThat(failed).as("answers with a server error").isEmpty();
        assertThat(answers).as("pages, downloads, dossier files and API answers read").hasSizeGreaterThan(200);
        return answers;
    }

    private static List<Answer> read(ExecutorService readers, List<String> paths, RequestSpecification as) {
        List<Future<Answer>> pending = paths.stream()
                .map(path -> readers.submit(() -> Answer.of(path, given(as).redirects().follow(false).get(path))))
                .toList();
        List<Answer> read = new ArrayList<>();
        for (Future<Answer> answer : pending) {
            try {
                read.add(answer.get());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            } catch (ExecutionException e) {
                throw new IllegalStateException(e.getCause());
            }
        }
        return read;
    }

    /** One answer of the crawl, read whole. */
    private record Answer(String path, int status, String type, byte[] body, List<String> keys) {
        static Answer of(String path, Response response) {
            String type = String.valueOf(response.contentType());
            byte[] body = response.asByteArray();
            boolean list = type.startsWith("application/json") && body.length > 0 && body[0] == '[';
            return new Answer(path, response.statusCode(), type, body,
                    list ? response.jsonPath().<String>getList("key") : List.of());
        }

        String text() {
            return type.startsWith("application/pdf") || type.startsWith("image/") ? ""
                    : new String(body, StandardCharsets.UTF_8);
        }

        /** The film's pages it links to (not its delete pages), and each item of an API list on its own. */
        List<String> links(String film) {
            if (type.startsWith("text/html")) {
                return Jsoup.parse(text()).select("a[href]").eachAttr("href").stream()
                        .map(href -> href.replaceAll("#.*$", ""))
                        .filter(link -> (link.startsWith(film + "/") || link.equals(film)) && !link.endsWith("/delete"))
                        .toList();
            }
            return path.endsWith(".csv") ? List.of() : keys.stream().map(key -> path + "/" + key).toList();
        }
    }

    private static Map<String, String> unzip(String path, byte[] zip) {
        Map<String, String> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null;) {
                files.put(path + "!" + entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(files).as("files of " + path).isNotEmpty();
        return files;
    }
}
