package witness.history;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import witness.core.Film;
import witness.dossier.DossierFiles;
import witness.sample.GenerateFilmCommand;
import witness.security.FirstProducer;
import witness.security.WitnessUser;
import witness.testing.Dossiers;
import witness.testing.Pages;
import witness.testing.SergeFilm;

/** Every change to every kind of item is recorded with who made it: the signed-in user, or "system". */
@QuarkusTest
class AuditTrailTest {
    @Inject
    GenerateFilmCommand command;
    static final String FORM = "application/x-www-form-urlencoded; charset=UTF-8";
    static final String USER = "audit-trail-producer";
    static final byte[] PDF = "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1);
    static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R' };
    /** Every audited table but the users' (changed only at first start here, and by the users page). */
    static final List<String> TABLES = List.of("film", "film_sequence", "scene", "shot", "citation", "testimony",
            "interview", "transcript", "transcript_line", "release_form", "source", "person", "person_contact",
            "location", "location_photo", "research_log_entry", "chronology_event", "schedule", "shoot_day",
            "script_export", "scene_event", "scene_testimony", "event_person", "event_source", "log_source",
            "log_person", "log_scene", "log_location", "shoot_day_interview", "shoot_day_shot", "follow_up",
            "source_name");

    @Test
    void theDossierImportAtFirstStartAndTheFirstProducerAreRecordedAsSystem() {
        long film = SergeFilm.query(() -> Film.bySlug(SergeFilm.SLUG).orElseThrow().id);
        Audits.Row created = Audits.of("film", film).get(0);
        assertThat(created.type()).isZero();
        assertThat(created.who()).isEqualTo("system");
        assertThat(Audits.count("select count(*) from scene_aud a join revision r on r.id = a.rev"
                + " where r.id = ?1 and r.username = 'system'", created.rev()))
                .as("the scenes were created in the same revision").isGreaterThan(10);
        long admin = SergeFilm.query(() -> WitnessUser.byUsername(FirstProducer.USERNAME).orElseThrow().id);
        assertThat(Audits.of("witness_user", admin)).extracting(Audits.Row::who).containsExactly("system");
    }

    @Test
    @TestSecurity(user = USER, roles = "producer")
    void aCommandIsRecordedAsSystemEvenWhileSomeoneIsSignedIn() {
        String slug = "audit-generated-" + System.nanoTime();
        int code = command.run(new String[] { GenerateFilmCommand.NAME, slug, "small" },
                new PrintStream(OutputStream.nullOutputStream()), new PrintStream(OutputStream.nullOutputStream()));
        assertThat(code).isZero();
        long film = SergeFilm.query(() -> Film.bySlug(slug).orElseThrow().id);
        assertThat(Audits.of("film", film)).extracting(Audits.Row::who).containsExactly("system");
    }

    @Test
    void passwordHashesAndFilesAreNotKeptInTheHistory() {
        assertThat(SergeFilm.query(() -> Sql.columns("witness_user_aud"))).contains("username", "role")
                .doesNotContain("password_hash");
        for (String table : List.of("release_form", "location_photo", "script_export")) {
            assertThat(SergeFilm.query(() -> Sql.columns(table + "_aud"))).contains("file_name").doesNotContain("content");
        }
    }

    @Test
    @TestSecurity(user = USER, roles = "producer")
    void aChangeToEveryKindOfItemIsSignedWithTheUsernameOfWhoeverMadeIt() {
        // Uploaded over HTTP (not FilmCopies) so that the film itself is created by the signed-in producer.
        String slug = "audit-" + System.nanoTime();
        Dossiers.upload(DossierFiles.fromFolder(Path.of(".")).zipBytes(), slug).then().statusCode(201);
        // Transcript and its lines, release form scan, location photo, testimony, contact details, script export.
        given().contentType("text/plain; charset=UTF-8").body("[00:00:05] VLADY: My father wrote every night.\n")
                .post("/api/films/{slug}/interviews/vlady/transcript?format=plain", slug).then().statusCode(200);
        given().multiPart("scan", "release.pdf", PDF, "application/pdf").redirects().follow(false)
                .post("/films/{slug}/interviews/vlady/release", slug).then().statusCode(303);
        given().multiPart("photo", "street.png", PNG, "image/png").redirects().follow(false)
                .post("/films/{slug}/locations/mexico-city/photos", slug).then().statusCode(303);
        given().contentType(FORM).formParams(Map.of("person", "julian-gorkin", "source", "gorkin-testimony",
                "page", "212", "text", "He lay in a bare room.")).redirects().follow(false)
                .post("/films/{slug}/testimonies", slug).then().statusCode(303);
        Map<String, Object> vlady = new HashMap<>(given().get("/api/films/{slug}/people/vlady", slug).then()
                .statusCode(200).extract().jsonPath().getMap(""));
        vlady.put("contact", Map.of("phone", "+33 1 00 00 00 00", "email", "vlady@example.org"));
        given().contentType(ContentType.JSON).body(vlady).put("/api/films/{slug}/people/vlady", slug).then()
                .statusCode(200);
        given().redirects().follow(false).formParam("format", "fountain").formParam("scope", "whole")
                .post("/films/{slug}/script-exports", slug).then().statusCode(303);
        // Scenes, sequences: edited; the paper edit and a scene's chronology events.
        Map<String, Object> scene = new HashMap<>(given().get("/api/films/{slug}/scenes/prologue-taxi", slug).then()
                .statusCode(200).extract().jsonPath().getMap(""));
        scene.put("title", "The last ride");
        given().contentType(ContentType.JSON).body(scene).put("/api/films/{slug}/scenes/prologue-taxi", slug).then()
                .statusCode(200);
        // Deleting an interview, a location, a source, a chronology event, a research log entry's link and a
        // schedule changes or deletes what hangs on them, each recorded.
        Pages.confirmDeletion("/films/" + slug + "/interviews/vlady/delete").statusCode(303);
        long locationVersion = given().get("/api/films/{slug}/locations/mexico-city", slug).then().extract()
                .jsonPath().getLong("version");
        given().contentType(FORM).formParam("version", locationVersion).redirects().follow(false)
                .post("/films/{slug}/locations/mexico-city/delete", slug).then().statusCode(303);
        Pages.confirmDeletion("/films/" + slug + "/sources/tulayev/delete").statusCode(303);
        Pages.confirmDeletion("/films/" + slug + "/chronology/death-mexico-city/delete").statusCode(303);
        Pages.confirmDeletion("/films/" + slug + "/sequences/orenburg/delete").statusCode(303);
        Pages.confirmDeletion("/films/" + slug + "/scenes/prologue-taxi/delete").statusCode(303);
        long scheduleVersion = SergeFilm.query(() -> ((Number) Revision.getEntityManager().createQuery(
                "select s.version from Schedule s where s.film.slug = ?1 and s.key = 'mexico-shoot'")
                .setParameter(1, slug).getSingleResult()).longValue());
        given().contentType(FORM).formParam("version", scheduleVersion).redirects().follow(false)
                .post("/films/{slug}/schedules/mexico-shoot/delete", slug).then().statusCode(303);

        for (String table : TABLES) {
            assertThat(Audits.count("select count(*) from " + table + "_aud a join revision r on r.id = a.rev"
                    + " where r.username = ?1", USER)).as("changes to %s signed by %s", table, USER).isPositive();
        }
        assertThat(Audits.count("select count(*) from revision where username = ?1 and revision_time > ?2", USER,
                java.time.OffsetDateTime.now().minusHours(1))).isPositive();
    }

    static io.restassured.response.ValidatableResponse post(String path) {
        return given().redirects().follow(false).contentType(FORM).post(path).then();
    }
}
