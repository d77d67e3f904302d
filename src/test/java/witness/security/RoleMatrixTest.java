package witness.security;

import static io.restassured.RestAssured.given;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import witness.core.Film;
import witness.dossier.DossierFiles;
import witness.film.Scene;
import witness.interview.TranscriptLine;
import witness.script.ScriptExport;
import witness.testing.As;
import witness.testing.Dossiers;
import witness.testing.FilmCopies;
import witness.testing.SergeFilm;

/**
 * Each role against a representative write of every area, through HTTP: what the role may do is done
 * (never 401 or 403), what it may not is refused with 403 and changes nothing at all.
 */
@QuarkusTest
class RoleMatrixTest {
    private static final String FORM = "application/x-www-form-urlencoded; charset=UTF-8";
    private static final Set<Role> RESEARCH = EnumSet.of(Role.PRODUCER, Role.RESEARCHER);
    private static final Set<Role> DIRECTION = EnumSet.of(Role.PRODUCER, Role.DIRECTOR);
    private static final Set<Role> PRODUCTION = EnumSet.of(Role.PRODUCER);

    /** A write of one area, who may make it, and how a user makes it on a film. */
    record Write(String area, Set<Role> allowed, BiFunction<RequestSpecification, String, Response> send) {
    }

    private static final List<Write> WRITES = List.of(
            new Write("sources", RESEARCH, (as, slug) -> json(as, Map.of("type", "book", "title", "Matrix source"))
                    .post("/api/films/{slug}/sources", slug)),
            new Write("research log", RESEARCH, (as, slug) -> form(as, Map.of("date", "1988-05-14", "researcher",
                    "Matrix", "kind", "reading", "summary", "Matrix entry")).post("/films/{slug}/research-log", slug)),
            new Write("citations", RESEARCH, (as, slug) -> form(as, Map.of("source", "memoirs", "testimony", "",
                    "locator", "p. 1", "claim", "Matrix claim", "status", "unverified"))
                    .post("/films/{slug}/scenes/orenburg-arrest/citations", slug)),
            new Write("chronology", RESEARCH, (as, slug) -> form(as, Map.of("date", "1936", "description",
                    "Matrix event")).post("/films/{slug}/chronology", slug)),
            new Write("testimonies", RESEARCH, (as, slug) -> form(as, Map.of("person", "julian-gorkin", "source",
                    "gorkin-testimony", "page", "12", "text", "Matrix words")).post("/films/{slug}/testimonies", slug)),
            new Write("transcripts", RESEARCH, (as, slug) -> given(as).contentType("text/plain; charset=UTF-8")
                    .body("[00:00:01] VLADY: Matrix line\n".getBytes(UTF_8))
                    .post("/api/films/{slug}/interviews/vlady/transcript", slug)),
            new Write("structure", DIRECTION, (as, slug) -> json(as, Map.of("title", "Matrix sequence"))
                    .post("/api/films/{slug}/sequences", slug)),
            new Write("paper edit", DIRECTION, (as, slug) -> form(as, Map.of("version", String.valueOf(sceneVersion(slug)),
                    "testimony", "gorkin-corpse")).post("/films/{slug}/scenes/orenburg-arrest/testimonies", slug)),
            new Write("shots", DIRECTION, (as, slug) -> json(as, Map.of("scene", "orenburg-arrest", "kind", "caption",
                    "description", "Matrix shot")).post("/api/films/{slug}/shots", slug)),
            new Write("shot list CSV", DIRECTION, (as, slug) -> given(as).contentType("text/csv; charset=UTF-8")
                    .body(given().get("/films/{slug}/shots.csv", slug).asByteArray())
                    .post("/api/films/{slug}/shots.csv", slug)),
            new Write("script exports", DIRECTION, (as, slug) -> form(as, Map.of("format", "fountain", "scope", "whole",
                    "watermark", "none", "version", "Matrix")).post("/films/{slug}/script-exports", slug)),
            new Write("interviews", PRODUCTION, (as, slug) -> json(as, Map.of("person", "varian-fry", "language",
                    "English")).post("/api/films/{slug}/interviews", slug)),
            new Write("people", PRODUCTION, (as, slug) -> json(as, Map.of("name", "Matrix Person", "relation", "friend",
                    "role", "historical")).post("/api/films/{slug}/people", slug)),
            new Write("locations", PRODUCTION, (as, slug) -> json(as, Map.of("name", "Matrix Location"))
                    .post("/api/films/{slug}/locations", slug)),
            new Write("schedules", PRODUCTION, (as, slug) -> form(as, Map.of("name", "Matrix schedule",
                    "dayLimitMinutes", "600", "minutesPerShot", "30", "minutesPerInterview", "120", "maxTravelKm", "500"))
                    .post("/films/{slug}/schedules", slug)),
            new Write("dossiers", PRODUCTION, (as, slug) -> given(as).contentType("application/zip")
                    .body(DossierFiles.fromFolder(java.nio.file.Path.of(".")).zipBytes()).queryParam("slug", slug + "-again")
                    .post("/api/dossiers")),
            new Write("users", PRODUCTION, (as, slug) -> form(as, Map.of("username", slug + "-user", "role", "viewer",
                    "password", "a long enough password")).post("/users")));

    @ParameterizedTest
    @EnumSource(Role.class)
    void eachRoleMakesTheWritesOfItsAreasAndIsRefusedTheOthersWithNothingChanged(Role role) {
        String slug = FilmCopies.ofSerge("matrix-" + role.code());
        RequestSpecification as = As.role(role);
        String before = state(slug);

        for (Write write : WRITES.stream().filter(w -> !w.allowed().contains(role)).toList()) {
            Response refused = write.send().apply(as, slug);
            assertThat(refused.statusCode()).as("%s writing %s: %s", role, write.area(), refused.asString())
                    .isEqualTo(403);
            assertThat(refused.asString()).as("%s writing %s", role, write.area()).contains("Only a producer");
        }
        assertThat(state(slug)).as("what the refused writes of a %s left", role).isEqualTo(before);

        for (Write write : WRITES.stream().filter(w -> w.allowed().contains(role)).toList()) {
            Response done = write.send().apply(as, slug);
            assertThat(done.statusCode()).as("%s writing %s: %s", role, write.area(), done.asString())
                    .isBetween(200, 399);
        }
        if (role != Role.VIEWER) {
            assertThat(state(slug)).isNotEqualTo(before);
        }
    }

    /** Everything the writes could change: the film's dossier, its transcripts and exports, films and users. */
    private static String state(String slug) {
        String dossier = sha256(Dossiers.downloadZip(slug));
        return dossier + " " + SergeFilm.query(() -> List.of(
                TranscriptLine.count("transcript.interview.film.slug", slug),
                ScriptExport.count("film.slug", slug),
                Film.count(),
                WitnessUser.count()));
    }

    private static long sceneVersion(String slug) {
        return SergeFilm.query(() -> Scene.<Scene>find("sequence.film.slug = ?1 and key = ?2", slug, "orenburg-arrest")
                .firstResult().version);
    }

    private static RequestSpecification json(RequestSpecification as, Map<String, ?> body) {
        return given(as).contentType(ContentType.JSON).accept(ContentType.JSON).body(body);
    }

    private static RequestSpecification form(RequestSpecification as, Map<String, String> fields) {
        return given(as).contentType(FORM).formParams(fields).redirects().follow(false);
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
