package witness.history;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import witness.core.Film;
import witness.film.Scene;
import witness.film.Sequence;
import witness.film.Shot;
import witness.interview.Interview;
import witness.interview.Transcript;
import witness.chronology.ChronologyEvent;
import witness.film.Citation;
import witness.research.ResearchLogEntry;
import witness.source.Source;
import witness.testing.FilmCopies;
import witness.testing.Pages;
import witness.testing.SergeFilm;
import witness.testing.SilentMp3;

/** A producer sees what was deleted, by whom and when, and brings it back as it was. */
@QuarkusTest
@TestSecurity(user = "vlady-producer", roles = "producer")
class RestoreTest {
    static final String FORM = "application/x-www-form-urlencoded; charset=UTF-8";

    /** What a scene holds, to compare before its deletion and after its restore. */
    record SceneState(long id, String title, int position, String narration, List<String> shots,
            List<Integer> shotPositions, List<String> citations, List<String> events, List<String> testimonies,
            List<String> siblings) {
        static SceneState of(String slug, String key) {
            return SergeFilm.query(() -> {
                Scene s = Scene.byKey(film(slug), key).orElse(null);
                if (s == null) {
                    return null;
                }
                List<Shot> shots = Shot.ofScene(s);
                return new SceneState(s.id, s.title, s.position, s.narration, shots.stream().map(x -> x.key).toList(),
                        shots.stream().map(x -> x.position).toList(),
                        Citation.<Citation>list("scene = ?1 order by position", s).stream()
                                .map(c -> c.position + " " + c.locator).toList(),
                        s.events.stream().map(e -> e.key).sorted().toList(),
                        s.testimonies.stream().map(t -> t.key).toList(),
                        Scene.ofSequence(s.sequence).stream().map(x -> x.position + " " + x.key).toList());
            });
        }
    }

    @Test
    void aDeletedSceneIsListedWithWhoDeletedItAndComesBackWithItsShotsCitationsAndPlace() {
        String slug = FilmCopies.ofSerge("restore");
        SceneState before = SceneState.of(slug, "prologue-taxi");
        assertThat(before.shots()).hasSize(4);
        assertThat(before.citations()).hasSize(2);
        assertThat(before.events()).isNotEmpty();

        Pages.confirmDeletion("/films/" + slug + "/scenes/prologue-taxi/delete").statusCode(303);
        assertThat(SceneState.of(slug, "prologue-taxi")).isNull();

        Document deleted = Pages.get("/films/" + slug + "/deleted");
        Element row = deleted.getElementById("deleted-scenes-" + before.id());
        assertThat(row).as("the deleted scene is listed").isNotNull();
        assertThat(row.select(".name").text()).isEqualTo("The last taxi ride");
        assertThat(row.select(".key").text()).isEqualTo("prologue-taxi");
        assertThat(row.select(".with").text()).isEqualTo("with 4 shots");
        assertThat(row.select(".who").text()).isEqualTo("vlady-producer");
        assertThat(row.select("time").attr("datetime")).isNotBlank();
        assertThat(row.select("time").text()).matches("\\d{1,2} [A-Z][a-z]+ \\d{4}, \\d{2}:\\d{2} .+");
        assertThat(deleted.select("#deleted-shots")).as("its shots go with it, not apart").isEmpty();

        given().redirects().follow(false).post("/films/{slug}/deleted/scenes/{id}/restore", slug, before.id())
                .then().statusCode(303).header("Location", endsWith("/films/" + slug + "/scenes/prologue-taxi"));

        SceneState after = SceneState.of(slug, "prologue-taxi");
        assertThat(after).as("the same scene, with the same id, place, shots, citations, events and paper edit")
                .isEqualTo(before);
        Audits.Row restored = Audits.last("scene", before.id());
        assertThat(restored.type()).isZero();
        assertThat(restored.who()).isEqualTo("vlady-producer");
        assertThat(Pages.get("/films/" + slug + "/deleted").getElementById("deleted-scenes-" + before.id())).isNull();
        Document page = Pages.get("/films/" + slug + "/scenes/prologue-taxi");
        assertThat(page.select("tr.shot")).hasSize(4);

        Document history = Pages.get("/films/" + slug + "/scenes/prologue-taxi/history");
        Element newest = history.selectFirst("li.revision");
        assertThat(newest.select(".who").text()).isEqualTo("vlady-producer");
        assertThat(newest.select(".item-change.restored .subject").eachText()).contains("The scene", "Shot prologue-taxi-1");
        assertThat(history.select(".item-change.deleted .subject").eachText()).contains("The scene");
    }

    @Test
    void theRestoringRevisionRecordsTheSceneAndItsCollectionsAsCreated() {
        String slug = FilmCopies.ofSerge("restore");
        SceneState before = SceneState.of(slug, "prologue-taxi");
        Pages.confirmDeletion("/films/" + slug + "/scenes/prologue-taxi/delete").statusCode(303);
        given().redirects().follow(false).post("/films/{slug}/deleted/scenes/{id}/restore", slug, before.id())
                .then().statusCode(303);

        Audits.Row restored = Audits.last("scene", before.id());
        assertThat(Audits.count("select count(*) from scene_event_aud where scene_id = ?1 and rev = ?2 and revtype = 0",
                before.id(), restored.rev())).isEqualTo(before.events().size());
        assertThat(Audits.count("select count(*) from scene_testimony_aud where scene_id = ?1 and rev = ?2"
                + " and revtype = 0", before.id(), restored.rev())).isEqualTo(before.testimonies().size());
        assertThat(Audits.count("select count(*) from shot_aud a join shot s on s.id = a.id where s.scene_id = ?1"
                + " and a.rev = ?2 and a.revtype = 0", before.id(), restored.rev())).isEqualTo(before.shots().size());
        assertThat(Audits.count("select version from scene where id = ?1", before.id())).as("its version starts again")
                .isZero();
    }

    @Test
    void aDeletedInterviewComesBackWithItsTranscript() {
        String slug = FilmCopies.ofSerge("restore");
        given().contentType("text/plain; charset=UTF-8").body("[00:00:05] VLADY: My father wrote every night.\n"
                + "[00:00:12] VLADY: In Orenburg we had nothing.\n")
                .post("/api/films/{slug}/interviews/vlady/transcript?format=plain", slug).then().statusCode(200);
        long id = Audits.id(slug, "Interview", "vlady");
        Interview before = interview(slug, "vlady");

        Document confirm = Pages.get("/films/" + slug + "/interviews/vlady/delete");
        assertThat(confirm.select(".consequences").text()).contains("transcript (2 lines)");
        assertThat(confirm.select(".restorable, p").text()).contains("restore it");
        Pages.confirmDeletion("/films/" + slug + "/interviews/vlady/delete").statusCode(303);
        assertThat(interview(slug, "vlady")).isNull();

        Element row = Pages.get("/films/" + slug + "/deleted").getElementById("deleted-interviews-" + id);
        assertThat(row.select(".key").text()).isEqualTo("vlady");
        given().redirects().follow(false).post("/films/{slug}/deleted/interviews/{id}/restore", slug, id).then()
                .statusCode(303).header("Location", endsWith("/films/" + slug + "/interviews/vlady"));

        Interview after = interview(slug, "vlady");
        assertThat(after.id).isEqualTo(id);
        assertThat(after.person.key).isEqualTo(before.person.key);
        assertThat(after.status).isEqualTo(before.status);
        assertThat(after.questions).isEqualTo(before.questions);
        assertThat(SergeFilm.query(() -> Transcript.of(Interview.findById(id)).orElseThrow().lines().stream()
                .map(l -> l.text).toList())).containsExactly("My father wrote every night.", "In Orenburg we had nothing.");
        assertThat(Pages.get("/films/" + slug + "/interviews/vlady/transcript").text()).contains("In Orenburg we had nothing.");
    }

    @Test
    void aDeletedInterviewComesBackWithItsClipsAndTheClipItsTranscriptIsTimedToButNotItsProxy() {
        String slug = FilmCopies.ofSerge("restore-clips");
        String clips = "/films/" + slug + "/interviews/vlady/clips";
        given().contentType("application/x-www-form-urlencoded; charset=UTF-8").formParam("reel", "A001")
                .formParam("start", "10:00:00:00").formParam("rate", "25").redirects().follow(false).post(clips).then()
                .statusCode(303);
        given().multiPart("proxy", "a001.mp3", SilentMp3.ofSeconds(5), "audio/mpeg").redirects().follow(false)
                .post(clips + "/vlady-a001/proxy").then().statusCode(303);
        given().contentType("text/plain; charset=UTF-8").body("[00:00:05] VLADY: My father wrote every night.\n")
                .post("/api/films/{slug}/interviews/vlady/transcript?clip=vlady-a001", slug).then().statusCode(200);
        long id = Audits.id(slug, "Interview", "vlady");

        Document confirm = Pages.get("/films/" + slug + "/interviews/vlady/delete");
        assertThat(confirm.select(".consequences").text()).contains("the proxy of its clip is deleted for good");
        Pages.confirmDeletion("/films/" + slug + "/interviews/vlady/delete").statusCode(303);
        given().get(clips + "/vlady-a001/proxy").then().statusCode(404);
        given().redirects().follow(false).post("/films/{slug}/deleted/interviews/{id}/restore", slug, id).then()
                .statusCode(303);

        assertThat(SergeFilm.query(() -> Transcript.of(Interview.findById(id)).orElseThrow().clip.reel))
                .isEqualTo("A001");
        given().get(clips + "/vlady-a001/proxy").then().statusCode(404);
        assertThat(Pages.get("/films/" + slug + "/interviews/vlady").select("#clip-vlady-a001 td.proxy").text())
                .doesNotContain("Play on the transcript");
    }

    @Test
    void aDeletedSourceComesBackWithItsCitationsAndEverythingThatUsedIt() {
        String slug = FilmCopies.ofSerge("restore");
        long id = Audits.id(slug, "Source", "tulayev");
        List<String> usedBy = usesOf(slug, id);
        assertThat(usedBy).hasSize(4);

        Pages.confirmDeletion("/films/" + slug + "/sources/tulayev/delete").statusCode(303);
        assertThat(usesOf(slug, id)).isEmpty();

        given().redirects().follow(false).post("/films/{slug}/deleted/sources/{id}/restore", slug, id).then()
                .statusCode(303).header("Location", endsWith("/films/" + slug + "/sources/tulayev"));
        assertThat(usesOf(slug, id)).isEqualTo(usedBy);
        Document source = Pages.get("/films/" + slug + "/sources/tulayev");
        assertThat(source.select("h1").text()).contains("Tulayev");
        assertThat(source.select(".name.author").text()).contains("Serge");
    }

    @Test
    void aDeletedLocationComesBackToItsShotsInterviewsDaysAndLogEntriesButWithoutItsPhotos() {
        String slug = FilmCopies.ofSerge("restore");
        long id = Audits.id(slug, "Location", "mexico-city");
        given().multiPart("photo", "street.png", AuditTrailTest.PNG, "image/png").redirects().follow(false)
                .post("/films/{slug}/locations/mexico-city/photos", slug).then().statusCode(303);
        List<String> usedBy = usesOfLocation(id);
        assertThat(usedBy).anyMatch(u -> u.startsWith("shot ")).anyMatch(u -> u.startsWith("day "));
        long version = given().get("/api/films/{slug}/locations/mexico-city", slug).then().extract().jsonPath()
                .getLong("version");
        given().contentType(FORM).formParam("version", version).redirects().follow(false)
                .post("/films/{slug}/locations/mexico-city/delete", slug).then().statusCode(303);
        assertThat(usesOfLocation(id)).isEmpty();

        String notice = given().redirects().follow(false)
                .post("/films/{slug}/deleted/locations/{id}/restore", slug, id).then().statusCode(303)
                .header("Location", endsWith("/films/" + slug + "/locations/mexico-city")).extract().cookie("witness-flash");
        assertThat(java.net.URLDecoder.decode(notice, java.nio.charset.StandardCharsets.UTF_8)).contains("without its photos");
        assertThat(usesOfLocation(id)).isEqualTo(usedBy);
        assertThat(SergeFilm.query(() -> witness.location.LocationPhoto.count("location.id", id))).isZero();
    }

    @Test
    void aDeletedChronologyEventComesBackToTheScenesThatCoveredIt() {
        String slug = FilmCopies.ofSerge("restore");
        long id = Audits.id(slug, "ChronologyEvent", "death-mexico-city");
        List<String> before = eventLinks(id);
        assertThat(before).contains("scene prologue-taxi");
        Pages.confirmDeletion("/films/" + slug + "/chronology/death-mexico-city/delete").statusCode(303);
        Element row = Pages.get("/films/" + slug + "/deleted").getElementById("deleted-events-" + id);
        assertThat(row.select(".key").text()).isEqualTo("death-mexico-city");
        given().redirects().follow(false).post("/films/{slug}/deleted/events/{id}/restore", slug, id).then()
                .statusCode(303);
        assertThat(eventLinks(id)).isEqualTo(before);
    }

    @Test
    void aPersonAndALogEntryDeletedElsewhereComeBackWithTheirContactDetailsFollowUpsAndLinks() {
        String slug = FilmCopies.ofSerge("restore");
        given().contentType(ContentType.JSON).body(Map.of("name", "Richard Greeman", "relation", "translator",
                "role", "witness", "contact", Map.of("email", "greeman@example.org")))
                .post("/api/films/{slug}/people", slug).then().statusCode(201);
        long person = Audits.id(slug, "Person", "richard-greeman");
        long entry = SergeFilm.query(() -> ResearchLogEntry.<ResearchLogEntry>list("film.slug = ?1 and size(followUps) > 0"
                + " and size(sources) > 0 order by id", slug).get(0).id);
        String entryBefore = logEntry(entry);
        SergeFilm.query(() -> {
            witness.person.PersonContact.<witness.person.PersonContact>list("person.id", person)
                    .forEach(witness.person.PersonContact::delete);
            witness.person.Person.deleteById(person);
            ResearchLogEntry.<ResearchLogEntry>findById(entry).delete();
            return null;
        });
        Document deleted = Pages.get("/films/" + slug + "/deleted");
        assertThat(deleted.getElementById("deleted-people-" + person).select(".who").text()).isEqualTo("system");
        assertThat(deleted.getElementById("deleted-log-entries-" + entry)).isNotNull();

        given().redirects().follow(false).post("/films/{slug}/deleted/people/{id}/restore", slug, person).then()
                .statusCode(303).header("Location", endsWith("/films/" + slug + "/people/richard-greeman"));
        given().get("/api/films/{slug}/people/richard-greeman", slug).then().statusCode(200)
                .body(containsString("greeman@example.org"));
        given().redirects().follow(false).post("/films/{slug}/deleted/log-entries/{id}/restore", slug, entry).then()
                .statusCode(303);
        assertThat(logEntry(entry)).isEqualTo(entryBefore);
    }

    @Test
    void aSceneWhoseSequenceIsGoneIsRefusedUntilTheSequenceIsRestored() {
        String slug = FilmCopies.ofSerge("restore");
        long corpse = Audits.id(slug, "Scene", "prologue-corpse");
        long prologue = SergeFilm.query(() -> Sequence.byKey(film(slug), "prologue").orElseThrow().id);
        Pages.confirmDeletion("/films/" + slug + "/scenes/prologue-corpse/delete").statusCode(303);
        long scenes = SergeFilm.query(() -> Scene.count("sequence.id", prologue));
        long shots = SergeFilm.query(() -> Shot.count("scene.sequence.id", prologue));
        Pages.confirmDeletion("/films/" + slug + "/sequences/prologue/delete").statusCode(303);

        Document deleted = Pages.get("/films/" + slug + "/deleted");
        assertThat(deleted.getElementById("deleted-sequences-" + prologue).select(".with").text())
                .isEqualTo("with " + scenes + " scenes and " + shots + " shots");
        assertThat(deleted.getElementById("deleted-scenes-" + corpse)).as("deleted on its own, before").isNotNull();

        given().redirects().follow(false).post("/films/{slug}/deleted/scenes/{id}/restore", slug, corpse).then()
                .statusCode(409).body(containsString("its sequence ‘Prologue: a death in a Mexico City taxi (1947)’"
                        + " no longer exists")).body(containsString("Restore the sequence first"));
        assertThat(SceneState.of(slug, "prologue-corpse")).isNull();

        given().redirects().follow(false).post("/films/{slug}/deleted/sequences/{id}/restore", slug, prologue).then()
                .statusCode(303);
        assertThat(SceneState.of(slug, "prologue-taxi").shots()).hasSize(4);
        given().redirects().follow(false).post("/films/{slug}/deleted/scenes/{id}/restore", slug, corpse).then()
                .statusCode(303);
        assertThat(SceneState.of(slug, "prologue-corpse").siblings()).hasSize((int) scenes + 1)
                .startsWith("1 prologue-taxi", "2 prologue-corpse");
    }

    @Test
    void aSourceWhoseKeyIsTakenAgainIsRefused() {
        String slug = FilmCopies.ofSerge("restore");
        long id = Audits.id(slug, "Source", "tulayev");
        Pages.confirmDeletion("/films/" + slug + "/sources/tulayev/delete").statusCode(303);
        given().contentType(ContentType.JSON).body(Map.of("key", "tulayev", "type", "book", "title",
                "Another Tulayev")).post("/api/films/{slug}/sources", slug).then().statusCode(201);

        given().redirects().follow(false).post("/films/{slug}/deleted/sources/{id}/restore", slug, id).then()
                .statusCode(409).body(containsString("its key ‘tulayev’ has been given to another source since"))
                .body(containsString("Another Tulayev"));
    }

    @Test
    void somethingThatIsNotDeletedOrNotOfTheFilmIsNotFound() {
        String slug = FilmCopies.ofSerge("restore");
        long live = Audits.id(slug, "Source", "tulayev");
        given().redirects().follow(false).post("/films/{slug}/deleted/sources/{id}/restore", slug, live).then()
                .statusCode(404);
        given().redirects().follow(false).post("/films/{slug}/deleted/films/{id}/restore", slug, 1).then()
                .statusCode(404);
        String other = FilmCopies.ofSerge("restore");
        Pages.confirmDeletion("/films/" + other + "/sources/tulayev/delete").statusCode(303);
        long elsewhere = SergeFilm.query(() -> ((Number) Revision.getEntityManager().createNativeQuery(
                "select max(a.id) from source_aud a where a.revtype = 2 and a.source_key = 'tulayev'")
                .getSingleResult()).longValue());
        given().redirects().follow(false).post("/films/{slug}/deleted/sources/{id}/restore", slug, elsewhere).then()
                .statusCode(404);
    }

    @Test
    @TestSecurity(user = "vlady-viewer", roles = "viewer")
    void aViewerCannotSeeOrRestoreDeletedItems() {
        given().redirects().follow(false).get("/films/victor-serge/deleted").then().statusCode(403);
        given().redirects().follow(false).post("/films/victor-serge/deleted/scenes/1/restore").then().statusCode(403);
        assertThat(Pages.get("/films/victor-serge").select("a[href=/films/victor-serge/deleted]")).isEmpty();
    }

    @Test
    @TestSecurity(user = "vlady-director", roles = "director")
    void aDirectorCannotRestoreEither() {
        given().redirects().follow(false).get("/films/victor-serge/deleted").then().statusCode(403);
        given().redirects().follow(false).post("/films/victor-serge/deleted/scenes/1/restore").then().statusCode(403);
    }

    @Test
    void theProducerFindsTheDeletedItemsFromEveryPage() {
        assertThat(Pages.get("/films/victor-serge").select("a[href=/films/victor-serge/deleted]")).hasSize(1);
    }

    /** What refers to a source: its citations, shots, chronology events and research log entries. */
    static List<String> usesOf(String slug, long sourceId) {
        return SergeFilm.query(() -> {
            Source source = Source.findById(sourceId);
            if (source == null) {
                return List.of();
            }
            List<String> uses = new java.util.ArrayList<>();
            Citation.<Citation>list("source", source).forEach(c -> uses.add("citation " + c.scene.key + " " + c.position));
            Shot.<Shot>list("source", source).forEach(s -> uses.add("shot " + s.key));
            ChronologyEvent.<ChronologyEvent>list("select e from ChronologyEvent e join e.sources s where s = ?1", source)
                    .forEach(e -> uses.add("event " + e.key));
            ResearchLogEntry.<ResearchLogEntry>list("select e from ResearchLogEntry e join e.sources s where s = ?1",
                    source).forEach(e -> uses.add("log " + e.id));
            return uses;
        });
    }

    static List<String> usesOfLocation(long locationId) {
        return SergeFilm.query(() -> {
            witness.location.Location location = witness.location.Location.findById(locationId);
            if (location == null) {
                return List.of();
            }
            List<String> uses = new java.util.ArrayList<>();
            Shot.<Shot>list("location = ?1 order by key", location).forEach(s -> uses.add("shot " + s.key));
            Interview.<Interview>list("location = ?1 order by key", location).forEach(i -> uses.add("interview " + i.key));
            witness.schedule.ShootDay.<witness.schedule.ShootDay>list("location = ?1 order by id", location)
                    .forEach(d -> uses.add("day " + d.date));
            ResearchLogEntry.<ResearchLogEntry>list("select e from ResearchLogEntry e join e.locations l where l = ?1"
                    + " order by e.id", location).forEach(e -> uses.add("log " + e.id));
            return uses;
        });
    }

    static List<String> eventLinks(long eventId) {
        return SergeFilm.query(() -> {
            ChronologyEvent event = ChronologyEvent.findById(eventId);
            List<String> links = new java.util.ArrayList<>();
            Scene.<Scene>list("select s from Scene s join s.events e where e = ?1 order by s.key", event)
                    .forEach(s -> links.add("scene " + s.key));
            event.people.stream().map(p -> "person " + p.key).sorted().forEach(links::add);
            event.sources.stream().map(x -> "source " + x.key).sorted().forEach(links::add);
            links.add(event.description);
            return links;
        });
    }

    static String logEntry(long id) {
        return SergeFilm.query(() -> {
            ResearchLogEntry e = ResearchLogEntry.findById(id);
            return e.date + " " + e.summary + " " + e.followUps.stream().map(f -> f.text + f.done).toList() + " "
                    + e.sources.stream().map(x -> x.key).sorted().toList() + " "
                    + e.people.stream().map(x -> x.key).sorted().toList() + " "
                    + e.scenes.stream().map(x -> x.key).sorted().toList() + " "
                    + e.locations.stream().map(x -> x.key).sorted().toList();
        });
    }

    static Interview interview(String slug, String key) {
        return SergeFilm.query(() -> {
            Interview i = Interview.byKey(film(slug), key).orElse(null);
            if (i != null) {
                i.person.key.length();
                i.questions.size();
            }
            return i;
        });
    }

    static Film film(String slug) {
        return Film.bySlug(slug).orElseThrow();
    }

    static io.restassured.response.ValidatableResponse post(String path) {
        return given().redirects().follow(false).contentType(FORM).post(path).then();
    }
}
