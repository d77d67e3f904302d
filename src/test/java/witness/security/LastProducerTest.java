package witness.security;

import static org.assertj.core.api.Assertions.assertThat;
import static witness.security.UsersPageTest.post;
import static witness.security.UsersPageTest.version;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Tag;
import witness.testing.As;
import witness.testing.OwnInstallation;
import witness.testing.Pages;
import witness.testing.SergeFilm;

/**
 * There is always a producer who can log in: the last one can be neither demoted nor disabled. In an
 * installation of its own, where admin is the only producer.
 */
@Tag("slow")
@Tag("own-installation")
@QuarkusTest
@TestProfile(OwnInstallation.class)
class LastProducerTest {

    @Test
    void theLastProducerCannotDemoteOrDisableThemselfAndIsToldWhy() {
        assertThat(SergeFilm.query(WitnessUser::enabledProducers)).isEqualTo(1);
        Document page = Pages.get("/users");
        assertThat(page.select("#user-admin-enabled button")).as("no Disable offered").isEmpty();
        assertThat(page.select("#user-admin-enabled .last-producer").text()).contains("the last producer");

        Document demoted = Jsoup.parse(post("/users/admin/role", Map.of("role", "director", "version", version("admin")))
                .statusCode(422).extract().asString());
        assertThat(demoted.select("#user-admin-role-role-error").text()).isEqualTo("Role: “admin” is the last producer who"
                + " can log in, so cannot be demoted: make another user a producer first");
        Document disabled = Jsoup.parse(post("/users/admin/enabled", Map.of("enabled", "false", "version",
                version("admin"))).statusCode(422).extract().asString());
        assertThat(disabled.select("#user-admin-enabled-enabled-error").text()).contains("cannot be disabled");

        WitnessUser admin = SergeFilm.query(() -> WitnessUser.byUsername("admin").orElseThrow());
        assertThat(admin.role).isEqualTo(Role.PRODUCER);
        assertThat(admin.enabled).isTrue();
    }

    @Test
    void withASecondProducerOneOfThemMayStepDownButNotTheLast() {
        String second = UsersPageTest.newName("second-producer");
        post("/users", Map.of("username", second, "role", "producer", "password", As.PASSWORD + "-long")).statusCode(303);
        String disabled = UsersPageTest.newName("disabled-producer");
        post("/users", Map.of("username", disabled, "role", "producer", "password", As.PASSWORD + "-long")).statusCode(303);
        post("/users/" + disabled + "/enabled", Map.of("enabled", "false", "version", version(disabled))).statusCode(303);

        post(As.loggedIn(second, As.PASSWORD + "-long"), "/users/" + second + "/role", Map.of("role", "director",
                "version", version(second))).statusCode(303);

        assertThat(SergeFilm.query(() -> WitnessUser.byUsername(second).orElseThrow().role)).isEqualTo(Role.DIRECTOR);
        post("/users/admin/role", Map.of("role", "viewer", "version", version("admin"))).statusCode(422);
        assertThat(SergeFilm.query(WitnessUser::enabledProducers)).isEqualTo(1);
    }
}
