package witness.schedule;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import witness.testing.Dossiers;
import witness.testing.FilmCopies;
import witness.testing.Pages;
import witness.testing.SergeFilm;

/** A schedule's settings go to its file in schedules/ when they are not the defaults, and come back. */
@QuarkusTest
class ScheduleDossierTest {

    @Test
    void settingsOtherThanTheDefaultsRoundTripThroughTheDossier() {
        String slug = FilmCopies.ofSerge("sched-dossier");
        assertThat(Dossiers.download(slug).get("schedules/mexico-shoot.yaml"))
                .doesNotContain("dayLimitMinutes", "minutesPerShot", "minutesPerInterview", "maxTravelKm");

        String version = Pages.get("/films/{slug}/schedules/mexico-shoot", slug)
                .select("#schedule-settings input[name=version]").val();
        given().contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParams(Map.of("name", "Mexico shoot", "dayLimitMinutes", "480", "minutesPerShot", "30",
                        "minutesPerInterview", "90", "maxTravelKm", "500", "version", version))
                .redirects().follow(false).post("/films/{slug}/schedules/mexico-shoot", slug).then().statusCode(303);

        Map<String, String> files = new HashMap<>(Dossiers.download(slug));
        String yaml = files.get("schedules/mexico-shoot.yaml");
        assertThat(yaml).startsWith("# Illustrative: the shoot days")
                .contains("\nname: Mexico shoot\ndayLimitMinutes: 480\nminutesPerInterview: 90\ndays:")
                .doesNotContain("minutesPerShot", "maxTravelKm");

        String copy = slug + "-again";
        Dossiers.upload(files, copy).then().statusCode(201);
        Schedule again = SergeFilm.query(() -> Schedule.<Schedule>find("film.slug = ?1 and key = ?2", copy,
                "mexico-shoot").firstResult());
        assertThat(again.dayLimitMinutes).isEqualTo(480);
        assertThat(again.minutesPerInterview).isEqualTo(90);
        assertThat(again.minutesPerShot).isEqualTo(Schedule.MINUTES_PER_SHOT);
        assertThat(again.maxTravelKm).isEqualTo(Schedule.MAX_TRAVEL_KM);

        files.put("schedules/mexico-shoot.yaml", yaml.replace("dayLimitMinutes: 480", "dayLimitMinutes: 5"));
        Dossiers.upload(files, slug + "-bad").then().statusCode(422);
    }
}
