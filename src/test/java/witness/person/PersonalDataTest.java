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
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
     * the dossier zip's files and the JSON API: path (or zip!file) → text of the answer.
     */
    static Map<String, String> crawl(String slug, RequestSpecification as) {
        String film = "/films/" + slug;
        Deque<String> queue = new ArrayDeque<>(List.of("/?film=" + slug, film, film + "/shots", film + "/shots/print",
                film + "/interviews", film + "/testimonies", film + "/people", film + "/sources", film + "/research-log",
                film + "/locations", film + "/schedules", film + "/chronology", film + "/exports", film + "/shots.csv",
                film + "/dossier.zip", film + "/people/new", film + "/interviews/new",
                "/api/films/" + slug + "/people", "/api/films/" + slug + "/shots", "/api/films/" + slug + "/sequences",
                "/api/films/" + slug + "/scenes", "/api/films/" + slug + "/interviews", "/api/films/" + slug + "/shots.csv"));
        Set<String> seen = new LinkedHashSet<>(queue);
        Map<String, String> answers = new LinkedHashMap<>();
        List<String> failed = new ArrayList<>();
        while (!queue.isEmpty()) {
            String path = queue.poll();
            Response response = given(as).redirects().follow(false).get(path);
            String type = String.valueOf(response.contentType());
            if (response.statusCode() >= 500) {
                failed.add(path + " " + response.statusCode());
                continue;
            }
            if (type.startsWith("application/zip")) {
                answers.putAll(unzip(path, response.asByteArray()));
                continue;
            }
            String body = type.startsWith("application/pdf") || type.startsWith("image/") ? ""
                    : new String(response.asByteArray(), StandardCharsets.UTF_8);
            answers.put(path, body);
            if (type.startsWith("text/html")) {
                for (String href : Jsoup.parse(body).select("a[href]").eachAttr("href")) {
                    String link = href.replaceAll("#.*$", "");
                    if ((link.startsWith(film + "/") || link.equals(film)) && !link.endsWith("/delete")
                            && seen.add(link)) {
                        queue.add(link);
                    }
                }
            } else if (type.startsWith("application/json") && body.startsWith("[")) {
                // Each person, shot, scene, sequence and interview of the lists on its own.
                for (String key : response.jsonPath().<String>getList("key")) {
                    String one = path + "/" + key;
                    if (!path.endsWith(".csv") && seen.add(one)) {
                        queue.add(one);
                    }
                }
            }
        }
        assertThat(failed).as("answers with a server error").isEmpty();
        assertThat(answers).as("pages, downloads, dossier files and API answers read").hasSizeGreaterThan(200);
        return answers;
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
