package witness.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.FormElement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import witness.testing.RequiresPostgres;

/**
 * Two instances of the app on one PostgreSQL database, as behind a load balancer: a session opened on one is
 * valid on the other, a page one instance keeps shows a change made on the other, and two people saving the same
 * shot at the same moment from the two instances get one success and one conflict, never a lost update.
 */
@PackagedApp
@RequiresPostgres
class TwoInstancesIT {
    static final String DATABASE = "witness_it_two";
    static final String PASSWORD = "two-instances-password";
    static final String SESSION_KEY = "the-same-session-key-for-every-instance-0123456789";
    static final String SHOTS = ShotWriters.SHOTS;
    static final int ROUNDS = 20;

    @TempDir
    static Path work;
    static AppProcess a;
    static AppProcess b;
    /** Two people: one logged in on A, the other on B; each can be sent to either instance. */
    static Session onA;
    static Session onB;
    static Session aliceOnB;
    static Session bobOnA;
    static ExecutorService two = Executors.newFixedThreadPool(2);
    static int overlapping;
    /** What the two instances logged while they started. */
    static String startLogs;

    @BeforeAll
    static void startTwoInstances() throws Exception {
        PostgresDatabase.recreate(DATABASE);
        Map<String, String> env = new HashMap<>(PostgresDatabase.env(DATABASE));
        env.put("WITNESS_ADMIN_PASSWORD", PASSWORD);
        env.put("WITNESS_SESSION_KEY", SESSION_KEY);
        env.put("WITNESS_DOSSIER_DIR", Path.of("").toAbsolutePath().toString());
        // Both at once on the empty database, as a deployment of two replicas starts: one migrates the schema, creates
        // the first producer and imports the dossier; the other finds them there, and neither fails to start.
        Future<AppProcess> first = two.submit(
                () -> AppProcess.start(AppProcess.POSTGRES_JAR, work.resolve("a"), env, AppProcess.QUICK_START));
        Future<AppProcess> second = two.submit(
                () -> AppProcess.start(AppProcess.POSTGRES_JAR, work.resolve("b"), env, AppProcess.QUICK_START));
        a = first.get(180, TimeUnit.SECONDS);
        b = second.get(180, TimeUnit.SECONDS);
        startLogs = a.logText() + b.logText();
        onA = Session.logIn(a, "admin", PASSWORD);
        onB = Session.logIn(b, "admin", PASSWORD);
        aliceOnB = onA.on(b);
        bobOnA = onB.on(a);
    }

    @AfterAll
    static void stop() throws Exception {
        two.shutdownNow();
        try (AppProcess first = a; AppProcess second = b) {
            // closed in turn, even if one fails
        }
    }

    @Test
    void twoInstancesStartedAtOnceOnAnEmptyDatabaseMadeOneFilmAndOneProducer() throws Exception {
        assertThat(PostgresDatabase.count(DATABASE, "select count(*) from film")).isEqualTo(1);
        assertThat(PostgresDatabase.count(DATABASE, "select count(*) from witness_user")).isEqualTo(1);
        for (Session session : List.of(onA, onB)) {
            assertThat(session.get("/api/films/victor-serge/sequences").status()).isEqualTo(200);
        }
        // The second waited for the first's start lock, then found the film and the account: no duplicate key.
        assertThat(startLogs).doesNotContain("ERROR").doesNotContainIgnoringCase("duplicate key");
        assertThat(occurrences(startLogs, "Created the producer account")).isEqualTo(1);
        assertThat(occurrences(startLogs, "Imported the dossier")).isEqualTo(1);
    }

    private static int occurrences(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }

    @Test
    void aSessionOpenedOnOneInstanceIsValidOnTheOther() throws Exception {
        assertThat(a.logText() + b.logText()).doesNotContain("Encryption key was not specified");
        assertThat(aliceOnB.page("/").select(".signed-in .user").text()).as("B's page, with A's cookie")
                .isEqualTo("admin");
        assertThat(bobOnA.page("/").select(".signed-in .user").text()).as("A's page, with B's cookie")
                .isEqualTo("admin");
    }

    @Test
    void aPageKeptByOneInstanceShowsAChangeMadeOnTheOtherOnTheNextRequest() throws Exception {
        String people = "/films/victor-serge/people";
        onA.page(people); // the first page sets the CSRF cookie; with it, A keeps the page as rendered
        assertThat(onA.page(people).text()).doesNotContain("Dwight Macdonald");

        Session.Answer created = onB.post("/api/films/victor-serge/people", Map.of("name", "Dwight Macdonald",
                "relation", "editor of politics, who published Serge in New York", "role", "historical"));

        assertThat(created.status()).isEqualTo(201);
        assertThat(onA.page(people).text()).as("A's page, after B's change").contains("Dwight Macdonald");
    }

    @Test
    void concurrentApiEditsOfOneShotGiveOneSuccessAndOneConflict() throws Exception {
        String key = onA.get(SHOTS).json().get(0).get("key").asText();
        overlapping = 0;
        List<String> losers = new ArrayList<>();
        int versionChecks = 0;
        String lastWinner = null;
        for (int round = 1; round <= ROUNDS; round++) {
            JsonNode readOnA = onA.get(SHOTS + "/" + key).json();
            JsonNode readOnB = onB.get(SHOTS + "/" + key).json();
            assertThat(readOnB).as("both instances read the same shot").isEqualTo(readOnA);
            ObjectNode fromA = edit(readOnA, "A", round);
            ObjectNode fromB = edit(readOnA, "B", round);

            List<Session.Answer> answers = atOnce(() -> onA.put(SHOTS + "/" + key, fromA),
                    () -> onB.put(SHOTS + "/" + key, fromB));

            assertThat(answers).extracting(Session.Answer::status).as("round %d: %s", round, answers)
                    .containsExactlyInAnyOrder(200, 409);
            boolean aWon = answers.get(0).status() == 200;
            Session.Answer conflict = answers.get(aWon ? 1 : 0);
            String message = conflict.json().get("message").asText();
            assertThat(message).contains("Nothing", "saved", "reload");
            if (message.contains("since you opened it")) {
                versionChecks++;
            }
            ObjectNode winner = aWon ? fromA : fromB;
            ObjectNode loser = aWon ? fromB : fromA;
            JsonNode stored = (aWon ? onB : onA).get(SHOTS + "/" + key).json();
            assertThat(stored.get("notes").asText()).isEqualTo(winner.get("notes").asText());
            assertThat(stored.get("description").asText()).isEqualTo(winner.get("description").asText());
            assertThat(stored.get("version").asLong()).isEqualTo(readOnA.get("version").asLong() + 1);
            losers.add(loser.get("notes").asText());
            losers.add(loser.get("description").asText());
            lastWinner = winner.get("notes").asText();
        }
        List<String> storedTexts = new ArrayList<>();
        onA.get(SHOTS).json().forEach(s -> storedTexts.addAll(List.of(s.path("notes").asText(),
                s.path("description").asText())));
        assertThat(storedTexts).as("the losers' values, in any shot").doesNotContainAnyElementsOf(losers)
                .contains(lastWinner);
        System.out.printf("TwoInstancesIT: %d rounds of API edits at once (%d overlapping at the app), each one 200"
                + " and one 409 (%d found by the version check, %d by the database's)%n", ROUNDS, overlapping,
                versionChecks, ROUNDS - versionChecks);
        assertThat(overlapping).as("rounds whose two edits were at the app together").isPositive();
    }

    /** Each person's form comes from one instance and is posted to the other, as a load balancer may send it. */
    @Test
    void concurrentFormEditsOfOneShotGiveOneSuccessAndOneConflict() throws Exception {
        String key = onA.get(SHOTS).json().get(1).get("key").asText();
        for (int round = 1; round <= ROUNDS / 2; round++) {
            Map<String, String> formOnA = form(onA, key);
            Map<String, String> formOnB = form(onB, key);
            assertThat(formOnB.get("version")).isEqualTo(formOnA.get("version")).isNotBlank();
            formOnA.put("notes", "form A, round " + round);
            formOnB.put("notes", "form B, round " + round);

            List<Session.Answer> answers = atOnce(
                    () -> aliceOnB.postForm("/films/victor-serge/shots/" + key, formOnA),
                    () -> bobOnA.postForm("/films/victor-serge/shots/" + key, formOnB));

            assertThat(answers).extracting(Session.Answer::status).as("round %d: %s", round, answers)
                    .containsExactlyInAnyOrder(303, 409);
            boolean aWon = answers.get(0).status() == 303;
            assertThat(answers.get(aWon ? 1 : 0).body()).contains("Nothing", "saved", "reload");
            JsonNode stored = onA.get(SHOTS + "/" + key).json();
            assertThat(stored.get("notes").asText()).isEqualTo((aWon ? formOnA : formOnB).get("notes"));
            assertThat(stored.get("version").asLong()).isEqualTo(Long.parseLong(formOnA.get("version")) + 1);
        }
    }

    @Test
    void newShotsSavedAtOnceOnTheTwoInstancesGetKeysAndPlacesOfTheirOwn() throws Exception {
        String scene = onA.get(ShotWriters.SCENES).json().get(1).get("key").asText();
        for (int round = 1; round <= ROUNDS / 2; round++) {
            ObjectNode onAOnly = Session.JSON.createObjectNode().put("scene", scene).put("kind", "caption")
                    .put("description", "new on A, round " + round);
            ObjectNode onBOnly = onAOnly.deepCopy().put("description", "new on B, round " + round);
            List<Session.Answer> answers = atOnce(() -> onA.post(SHOTS, onAOnly), () -> onB.post(SHOTS, onBOnly));
            assertThat(answers).extracting(Session.Answer::status).as("round %d: %s", round, answers)
                    .containsExactly(201, 201);
            assertThat(answers.get(0).json().get("key")).isNotEqualTo(answers.get(1).json().get("key"));
        }
        JsonNode shots = onB.get(SHOTS + "?scene=" + scene).json();
        List<String> keys = new ArrayList<>();
        List<Integer> positions = new ArrayList<>();
        shots.forEach(s -> {
            keys.add(s.get("key").asText());
            positions.add(s.get("position").asInt());
        });
        assertThat(keys).doesNotHaveDuplicates();
        assertThat(positions).isEqualTo(IntStream.rangeClosed(1, shots.size()).boxed().toList());
    }

    /** The shot's edit form as the instance serves it, with every field as the browser would post it. */
    private static Map<String, String> form(Session session, String key) throws Exception {
        Document page = session.page("/films/victor-serge/shots/" + key + "/edit");
        FormElement form = (FormElement) page.selectFirst("form[action=/films/victor-serge/shots/" + key + "]");
        Map<String, String> values = new HashMap<>();
        form.formData().forEach(field -> values.put(field.key(), field.value()));
        return values;
    }

    private static ObjectNode edit(JsonNode read, String who, int round) {
        ObjectNode shot = read.deepCopy();
        shot.remove(List.of("number", "sequence", "key"));
        shot.put("notes", "saved from " + who + " in round " + round);
        shot.put("description", "What " + who + " sees, round " + round);
        return shot;
    }

    /**
     * Sends both requests at the same moment (a barrier releases them together) and answers in that order; counts
     * the pairs that were really at the app together (each sent before the other was answered).
     */
    private static List<Session.Answer> atOnce(Callable<Session.Answer> first, Callable<Session.Answer> second)
            throws Exception {
        CyclicBarrier barrier = new CyclicBarrier(2);
        long[] sent = new long[2];
        long[] answered = new long[2];
        List<Future<Session.Answer>> answers = new ArrayList<>();
        List<Callable<Session.Answer>> requests = List.of(first, second);
        for (int i = 0; i < 2; i++) {
            int n = i;
            answers.add(two.submit(() -> {
                barrier.await(30, TimeUnit.SECONDS);
                sent[n] = System.nanoTime();
                Session.Answer answer = requests.get(n).call();
                answered[n] = System.nanoTime();
                return answer;
            }));
        }
        List<Session.Answer> both = List.of(answers.get(0).get(60, TimeUnit.SECONDS),
                answers.get(1).get(60, TimeUnit.SECONDS));
        if (Math.max(sent[0], sent[1]) < Math.min(answered[0], answered[1])) {
            overlapping++;
        }
        return both;
    }
}
