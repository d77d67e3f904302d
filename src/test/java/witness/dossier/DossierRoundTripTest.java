package witness.dossier;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import witness.core.Film;
import witness.testing.Dossiers;
import witness.testing.FilmCopies;
import witness.testing.SergeFilm;

@QuarkusTest
class DossierRoundTripTest {

    @Test
    void exportingTwiceGivesByteIdenticalZips() {
        assertThat(Dossiers.downloadZip(SergeFilm.SLUG)).isEqualTo(Dossiers.downloadZip(SergeFilm.SLUG));
    }

    @Test
    void theExportHoldsEveryPartOfTheDossier() {
        assertThat(Dossiers.download(SergeFilm.SLUG)).containsKeys(
                "research/film.yaml", "research/people.yaml", "research/chronology.yaml",
                "research/sources.csl.json", "research/testimonies.yaml", "research/interviews.yaml",
                "research/locations.yaml", "research/research-log.yaml",
                "research/sequences/01-prologue.yaml", "research/sequences/02-orenburg.yaml",
                "research/sequences/03-mexico.yaml",
                "schedules/orenburg-shoot.yaml", "schedules/mexico-shoot.yaml");
    }

    @Test
    void importingAnExportGivesTheSameFilm() {
        Map<String, String> original = Dossiers.download(SergeFilm.SLUG);

        Dossiers.upload(original, "serge-round-trip").then().statusCode(201)
                .body("slug", equalTo("serge-round-trip"));

        Map<String, String> copy = Dossiers.download("serge-round-trip");
        copy.put("research/film.yaml", copy.get("research/film.yaml")
                .replace("slug: serge-round-trip", "slug: " + SergeFilm.SLUG));
        assertThat(copy).isEqualTo(original);
    }

    @Test
    void theDossierInTheRepositoryIsWhatTheAppWritesBack() throws Exception {
        Map<String, String> exported = Dossiers.download(SergeFilm.SLUG);
        for (var file : exported.entrySet()) {
            assertThat(Files.readString(Path.of(file.getKey())))
                    .as(file.getKey()).isEqualTo(file.getValue());
        }
        assertThat(DossierFiles.fromFolder(Path.of(".")).all().keySet()).isEqualTo(exported.keySet());
    }

    @Test
    void theScriptsTitlePageTravelsWithTheDossier() {
        String slug = FilmCopies.ofSerge("title-page-trip");
        int version = given().get("/api/films/{slug}/script/title-page", slug).then().extract().path("version");
        given().contentType(ContentType.JSON).body(Map.of("productionCompany", "Witness Films Ltd",
                "producer", "Ann Producer", "director", "Dan Director", "writer", "Wendy Writer",
                "contacts", "London\n+44 20 0000 0000", "version", version))
                .put("/api/films/{slug}/script/title-page", slug).then().statusCode(200);
        Map<String, String> dossier = Dossiers.download(slug);
        assertThat(dossier.get("research/film.yaml")).contains("productionCompany: Witness Films Ltd",
                "writer: Wendy Writer");
        Dossiers.upload(dossier, slug + "-imported").then().statusCode(201);
        given().get("/api/films/{slug}/script/title-page", slug + "-imported").then()
                .body("productionCompany", equalTo("Witness Films Ltd")).body("director", equalTo("Dan Director"))
                .body("contacts", equalTo("London\n+44 20 0000 0000"));
    }

    @Test
    void aSecondImportUnderTheSameSlugIsRefusedAndChangesNothing() {
        long films = SergeFilm.query(() -> Film.count());

        Dossiers.upload(Dossiers.download(SergeFilm.SLUG), null).then().statusCode(422)
                .body("errors[0].file", equalTo("research/film.yaml"))
                .body("errors[0].field", equalTo("slug"))
                .body("errors[0].message", equalTo(
                        "a film with the slug 'victor-serge' already exists: import it under another slug"));

        assertThat(SergeFilm.query(() -> Film.count())).isEqualTo(films);
    }

    @Test
    void aBadSlugIsRefusedNamingTheField() {
        Dossiers.upload(Dossiers.download(SergeFilm.SLUG), "Not A Slug").then().statusCode(400)
                .body("field", equalTo("slug"));
    }

    @Test
    void anUnknownFilmHasNoDossier() {
        given().get("/films/no-such-film/dossier.zip").then().statusCode(404);
    }
}
