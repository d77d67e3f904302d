package witness.film;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import witness.core.Film;
import witness.testing.FilmCopies;

/**
 * Writers saving new shots into one scene at the same moment (several people, or several instances of the app):
 * each shot gets a key of its own and a place of its own, none is lost behind another with the same key.
 */
@QuarkusTest
class ConcurrentShotWritesTest {
    static final int WRITERS = 4;
    static final int ROUNDS = 5;
    static final String SCENE = "orenburg-arrest";

    final ExecutorService pool = Executors.newFixedThreadPool(WRITERS);

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    @Test
    void newShotsSavedAtTheSameMomentGetKeysAndPlacesOfTheirOwn() throws Exception {
        String slug = FilmCopies.ofSerge("concurrent-shots");
        int before = shots(slug).size();

        for (int round = 1; round <= ROUNDS; round++) {
            int r = round;
            List<Integer> statuses = atOnce(w -> () -> given().contentType(ContentType.JSON)
                    .body(Map.of("scene", SCENE, "kind", "caption", "description", "round " + r + ", writer " + w))
                    .post("/api/films/{slug}/shots", slug).then().extract().statusCode());
            assertThat(statuses).as("round %d", round).containsOnly(201);
        }

        List<Map<String, Object>> shots = shots(slug);
        assertThat(shots).hasSize(before + WRITERS * ROUNDS);
        assertThat(shots).extracting(s -> s.get("key")).doesNotHaveDuplicates();
        assertThat(shots).extracting(s -> s.get("position"))
                .containsExactlyElementsOf(IntStream.rangeClosed(1, shots.size()).boxed().toList());
    }

    @Test
    void shotsDuplicatedAndMovedIntoASceneAtTheSameMomentKeepTheirPlacesInOrder() throws Exception {
        String slug = FilmCopies.ofSerge("concurrent-moves");
        int before = shots(slug).size();
        List<String> elsewhere = given().get("/api/films/{slug}/shots?scene=orenburg-family", slug).then()
                .statusCode(200).extract().jsonPath().getList("key");

        List<Integer> statuses = atOnce(w -> () -> switch (w) {
            case 0 -> given().redirects().follow(false)
                    .post("/films/{slug}/shots/{key}/duplicate", slug, SCENE + "-1").then().extract().statusCode();
            case 1 -> given().redirects().follow(false)
                    .contentType("application/x-www-form-urlencoded; charset=UTF-8")
                    .formParam("scene", SCENE).formParam("position", 1)
                    .post("/films/{slug}/shots/{key}/move", slug, elsewhere.get(0)).then().extract().statusCode();
            default -> given().contentType(ContentType.JSON).body(Map.of("scene", SCENE, "kind", "caption"))
                    .post("/api/films/{slug}/shots", slug).then().extract().statusCode();
        });

        assertThat(statuses).containsExactly(303, 303, 201, 201);
        List<Map<String, Object>> shots = shots(slug);
        assertThat(shots).hasSize(before + 4);
        assertThat(shots).extracting(s -> s.get("key")).doesNotHaveDuplicates();
        assertThat(shots).extracting(s -> s.get("position"))
                .containsExactlyElementsOf(IntStream.rangeClosed(1, shots.size()).boxed().toList());
    }

    @Test
    void sequencesAndScenesOfOneTitleSavedAtTheSameMomentGetKeysAndPlacesOfTheirOwn() throws Exception {
        String slug = FilmCopies.ofSerge("concurrent-structure");

        List<Integer> sequences = atOnce(w -> () -> given().contentType(ContentType.JSON)
                .body(Map.of("title", "Marseille, 1940")).post("/api/films/{slug}/sequences", slug)
                .then().extract().statusCode());
        List<Integer> scenes = atOnce(w -> () -> given().contentType(ContentType.JSON)
                .body(Map.of("sequence", "orenburg", "title", "The ship to Martinique"))
                .post("/api/films/{slug}/scenes", slug).then().extract().statusCode());

        assertThat(sequences).containsOnly(201);
        assertThat(scenes).containsOnly(201);
        List<Map<String, Object>> all = given().get("/api/films/{slug}/sequences", slug).then().statusCode(200)
                .extract().jsonPath().getList("$");
        assertThat(all).extracting(s -> s.get("key")).doesNotHaveDuplicates()
                .filteredOn(k -> k.toString().startsWith("marseille")).hasSize(WRITERS);
        assertThat(all).extracting(s -> s.get("position"))
                .containsExactlyElementsOf(IntStream.rangeClosed(1, all.size()).boxed().toList());
        List<String> shipScenes = given().get("/api/films/{slug}/scenes?sequence=orenburg", slug).then()
                .statusCode(200).extract().jsonPath().getList("key");
        assertThat(shipScenes).doesNotHaveDuplicates().filteredOn(k -> k.startsWith("the-ship")).hasSize(WRITERS);
    }

    @Test
    void aChangeThatWaitsTooLongForAnotherIsRefusedAsBusyAndSavesNothing() throws Exception {
        String slug = FilmCopies.ofSerge("busy-shots");
        int before = shots(slug).size();
        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Future<?> longChange = pool.submit(() -> QuarkusTransaction.requiringNew().run(() -> {
            ShotEditor.oneAtATime(Film.find("slug", slug).firstResult());
            locked.countDown();
            try {
                release.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
        assertThat(locked.await(30, TimeUnit.SECONDS)).isTrue();

        given().contentType(ContentType.JSON).body(Map.of("scene", SCENE, "kind", "caption"))
                .post("/api/films/{slug}/shots", slug).then().statusCode(503).header("Retry-After", "2")
                .body("message", containsString("busy saving other changes to the same film"));

        release.countDown();
        longChange.get(30, TimeUnit.SECONDS);
        assertThat(shots(slug)).hasSize(before);
    }

    private static List<Map<String, Object>> shots(String slug) {
        return given().get("/api/films/{slug}/shots?scene=" + SCENE, slug).then().statusCode(200)
                .extract().jsonPath().getList("$");
    }

    interface Writer {
        Callable<Integer> request(int writer);
    }

    /** The writers' requests, released together by a barrier; their statuses in writer order. */
    private List<Integer> atOnce(Writer writer) throws Exception {
        CyclicBarrier barrier = new CyclicBarrier(WRITERS);
        List<Future<Integer>> answers = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
            Callable<Integer> request = writer.request(w);
            answers.add(pool.submit(() -> {
                barrier.await(30, TimeUnit.SECONDS);
                return request.call();
            }));
        }
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> answer : answers) {
            statuses.add(answer.get(60, TimeUnit.SECONDS));
        }
        return statuses;
    }
}
