package witness.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The table of who may do what, read without the app: every endpoint the code has is in it, and it says
 * what the roles of design.md say.
 */
class AccessRulesTest {
    private static final Set<Role> PRODUCER = EnumSet.of(Role.PRODUCER);
    private static final Set<Role> RESEARCH = EnumSet.of(Role.PRODUCER, Role.RESEARCHER);
    private static final Set<Role> DIRECTION = EnumSet.of(Role.PRODUCER, Role.DIRECTOR);
    private static final Set<Role> EVERYONE = EnumSet.allOf(Role.class);

    /** An endpoint of a JAX-RS resource: method and path template, e.g. POST /films/{slug}/sources. */
    record Endpoint(String method, String template, String where) {
        /** The template with a plausible value for each parameter, e.g. /films/victor-serge/sources. */
        String sample() {
            String path = template.replaceAll("\\{state:[^}]*}", "done").replaceAll("\\{direction:[^}]*}", "up")
                    .replaceAll("\\{change:[^}]*}", "drop").replaceAll("\\{slug[^}]*}", "victor-serge")
                    .replaceAll("\\{[a-z]*[iI]d[^}]*}", "7").replaceAll("\\{n}|\\{number}", "1")
                    .replaceAll("\\{date}", "1990-03-05").replaceAll("\\{[^}]*}", "some-key");
            return path.replaceAll("/+", "/").replaceAll("(.)/$", "$1");
        }
    }

    @Test
    void everyWriteTheCodeHasIsGivenItsRolesByARuleOfItsOwn() {
        List<Endpoint> writes = endpoints().stream().filter(e -> !AccessRules.isRead(e.method())).toList();

        assertThat(writes).as("the writes found in witness.**").hasSizeGreaterThan(80);
        for (Endpoint write : writes) {
            AccessRules.Rule rule = AccessRules.decide(write.method(), write.sample());
            assertThat(rule.fallback()).as("%s %s (%s, sample %s) falls to the catch-all rule: give it a row",
                    write.method(), write.template(), write.where(), write.sample()).isFalse();
            assertThat(rule.roles()).as("%s %s", write.method(), write.template()).contains(Role.PRODUCER);
        }
    }

    @Test
    void everyReadTheCodeHasIsForEveryRoleButTheProducersOwnAreas() {
        for (Endpoint read : endpoints().stream().filter(e -> AccessRules.isRead(e.method())).toList()) {
            AccessRules.Rule rule = AccessRules.decide(read.method(), read.sample());
            boolean producers = read.template().startsWith("/users") || read.template().contains("/backups")
                    || read.template().contains("/deleted");
            assertThat(rule.roles()).as("GET %s (%s)", read.template(), read.where())
                    .isEqualTo(producers ? PRODUCER : rule.open() ? rule.roles() : EVERYONE);
        }
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @CsvSource({
            // research
            "POST, /films/victor-serge/sources, research",
            "POST, /films/victor-serge/sources/import/confirm, research",
            "POST, /api/films/victor-serge/sources/import, research",
            "PUT, /api/films/victor-serge/sources/memoirs, research",
            "POST, /films/victor-serge/research-log/4/follow-ups/1/done, research",
            "POST, /films/victor-serge/scenes/orenburg-arrest/citations, research",
            "POST, /films/victor-serge/scenes/orenburg-arrest/citations/3/up, research",
            "POST, /films/victor-serge/chronology/death/delete, research",
            "POST, /films/victor-serge/testimonies, research",
            "POST, /films/victor-serge/interviews/vlady/transcript, research",
            "POST, /films/victor-serge/interviews/vlady/transcript/passage, research",
            "POST, /api/films/victor-serge/interviews/vlady/transcript, research",
            // direction
            "POST, /films/victor-serge/sequences, direction",
            "POST, /films/victor-serge/sequences/orenburg/scenes, direction",
            "DELETE, /api/films/victor-serge/sequences/orenburg, direction",
            "POST, /films/victor-serge/scenes/orenburg-arrest, direction",
            "POST, /films/victor-serge/scenes/orenburg-arrest/testimonies, direction",
            "POST, /films/victor-serge/scenes/orenburg-arrest/testimonies/gorkin/move, direction",
            "PUT, /api/films/victor-serge/scenes/orenburg-arrest, direction",
            "POST, /films/victor-serge/shots/orenburg-arrest-1/drop, direction",
            "POST, /films/victor-serge/shots/import, direction",
            "POST, /api/films/victor-serge/shots.csv, direction",
            "PUT, /api/films/victor-serge/shots/orenburg-arrest-1, direction",
            "POST, /films/victor-serge/script-exports, direction",
            // production
            "POST, /films/victor-serge/interviews/vlady/release, producers",
            "POST, /films/victor-serge/interviews/vlady/move, producers",
            "POST, /api/films/victor-serge/interviews, producers",
            "POST, /films/victor-serge/people/vlady/contact, producers",
            "PUT, /api/films/victor-serge/people/vlady, producers",
            "POST, /films/victor-serge/locations/paricutin/photos, producers",
            "DELETE, /api/films/victor-serge/locations/paricutin, producers",
            "POST, /films/victor-serge/schedules/mexico-shoot/days, producers",
            "POST, /api/dossiers, producers",
            "POST, /films/victor-serge/no-such-area, producers",
            "PATCH, /films/victor-serge/shots, direction",
            // the producers' own areas, read too
            "GET, /users, producers",
            "POST, /users/vera/role, producers",
            "GET, /backups, producers",
            "POST, /api/backups, producers",
            "GET, /films/victor-serge/deleted/scenes, producers",
            // reading
            "GET, /, everyone",
            "GET, /films/victor-serge/scenes/orenburg-arrest/history, everyone",
            "GET, /api/films/victor-serge/shots, everyone",
            "HEAD, /films/victor-serge/script.pdf, everyone",
            "GET, /q/openapi, everyone",
            "POST, /logout, everyone",
    })
    void theRolesOfDesignMdDecide(String method, String path, String who) {
        Set<Role> expected = Map.of("research", RESEARCH, "direction", DIRECTION, "producers", PRODUCER,
                "everyone", EVERYONE).get(who);

        AccessRules.Rule rule = AccessRules.decide(method, path);

        assertThat(rule.open()).isFalse();
        assertThat(rule.roles()).isEqualTo(expected);
        for (Role role : Role.values()) {
            assertThat(rule.allows(role)).as(role.code()).isEqualTo(expected.contains(role));
        }
    }

    @ParameterizedTest
    @CsvSource({ "GET, /login", "POST, /j_security_check", "GET, /witness.css", "GET, /witness.js",
            "GET, /webjars/htmx.org/dist/htmx.min.js", "GET, /q/health", "GET, /q/health/ready" })
    void loggingInTheStylesAndTheHealthCheckAreOpenToAnyone(String method, String path) {
        assertThat(AccessRules.decide(method, path).open()).isTrue();
    }

    @ParameterizedTest
    @CsvSource({ "GET, /q/openapi", "GET, /films/victor-serge", "GET, /api/films/victor-serge/people",
            "GET, /login/../users", "GET, /witness.css/../films" })
    void everythingElseNeedsALogin(String method, String path) {
        assertThat(AccessRules.decide(method, path).open()).isFalse();
    }

    @ParameterizedTest
    @CsvSource({ "GET, /%75sers", "GET, /films/x/sources/..%2F..%2F..%2Fusers", "POST, /films/x/sources/../people",
            "POST, /films/x/sources;a=b/../people", "POST, /films/x//sources", "GET, /films/x/./sources",
            "GET, /films\\x" })
    void anAddressWrittenUnusuallyIsTheProducersAlone(String method, String path) {
        AccessRules.Rule rule = AccessRules.decide(method, path);
        assertThat(rule.roles()).isEqualTo(PRODUCER);
        assertThat(rule.allows(Role.DIRECTOR)).isFalse();
    }

    @Test
    void theRefusalNamesWhoMayAndWhoAsked() {
        AccessRules.Rule rule = AccessRules.decide("POST", "/films/victor-serge/shots");
        assertThat(new Refusal(rule, "vera", "viewer", false).message())
                .isEqualTo("Only a producer or a director may change the shot list. You are logged in as “vera” (viewer).");
        assertThat(new Refusal(AccessRules.decide("GET", "/users"), "dan", "director", true).message())
                .isEqualTo("Only a producer may see users. You are logged in as “dan” (director).");
    }

    /** Every resource method of the app's classes (target/classes/witness), with its HTTP method and path. */
    static List<Endpoint> endpoints() {
        List<Endpoint> endpoints = new ArrayList<>();
        try (Stream<java.nio.file.Path> files = Files.walk(Paths.get(AccessRules.class.getProtectionDomain()
                .getCodeSource().getLocation().toURI()).resolve("witness"))) {
            for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = file.toString().replace('\\', '/');
                name = name.substring(name.lastIndexOf("/witness/") + 1, name.length() - ".class".length())
                        .replace('/', '.');
                Class<?> type = Class.forName(name, false, AccessRulesTest.class.getClassLoader());
                Path root = type.getAnnotation(Path.class);
                if (root == null) {
                    continue;
                }
                for (Method method : type.getDeclaredMethods()) {
                    String http = httpMethod(method);
                    if (http != null) {
                        Path sub = method.getAnnotation(Path.class);
                        endpoints.add(new Endpoint(http, "/" + root.value() + (sub == null ? "" : "/" + sub.value()),
                                type.getSimpleName() + "." + method.getName()));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException | ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
        assertThat(endpoints).as("resource methods found").isNotEmpty();
        return endpoints.stream().map(e -> new Endpoint(e.method(), e.template().replaceAll("/+", "/"), e.where()))
                .toList();
    }

    private static String httpMethod(Method method) {
        for (Class<? extends Annotation> type : List.of(GET.class, POST.class, PUT.class, DELETE.class, PATCH.class)) {
            if (method.isAnnotationPresent(type)) {
                return type.getSimpleName();
            }
        }
        return null;
    }
}
