package witness.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import witness.testing.As;
import witness.testing.SergeFilm;

/**
 * After 5 failed logins for one username within 15 minutes, logging in as it is paused for 15 minutes,
 * even with the right password; the login page says to wait. The failures are rows of the database, counted under
 * a lock: of many wrong passwords sent at once, no more than five are checked.
 */
@QuarkusTest
class LoginThrottlingTest {
    static final String WRONG = "not-the-password";

    static boolean loggedIn(Response login) {
        return login.statusCode() == 302 && !login.header("Location").contains("error")
                && login.cookie(LoginResource.CREDENTIAL_COOKIE) != null;
    }

    static void fail(String username, int times) {
        for (int i = 0; i < times; i++) {
            Response login = As.login(username, WRONG);
            assertThat(login.header("Location")).endsWith("/login?error=true");
            assertThat(login.cookie(PasswordLogin.PAUSED_COOKIE)).as("paused after %d failures", i).isNull();
        }
    }

    /** The login page the browser is sent to after a refused login, with the cookies that refusal set. */
    static Document errorPage(Response login) {
        return Jsoup.parse(given(As.anonymous()).cookies(login.cookies()).get("/login?error=true").then().statusCode(200)
                .extract().asString());
    }

    @Test
    void theSixthAttemptIsRefusedEvenWithTheRightPasswordAndThePageSaysToWait() {
        String user = As.newUser(Role.RESEARCHER);
        fail(user, 5);

        Response sixth = As.login(user, As.PASSWORD);

        assertThat(loggedIn(sixth)).isFalse();
        assertThat(sixth.header("Location")).endsWith("/login?error=true");
        assertThat(sixth.cookie(PasswordLogin.PAUSED_COOKIE)).isIn("15", "14");
        assertThat(errorPage(sixth).select("#login-error").text()).startsWith("Too many failed logins for this username")
                .contains("Wait 15 minutes, then try again.");
        assertThat(errorPage(As.login(user, WRONG)).select("#login-error").text()).contains("Wait 15 minutes");
        given(As.basic(user, As.PASSWORD)).get("/api/films/victor-serge/shots").then().statusCode(401);
        assertThat(Jsoup.parse(given(As.anonymous()).get("/login?error=true").asString()).select("#login-error").text())
                .as("without the cookie, a wrong password").isEqualTo("Wrong username or password.");
    }

    @Test
    void otherUsernamesAreNotPaused() {
        String paused = As.newUser(Role.DIRECTOR);
        String other = As.newUser(Role.DIRECTOR);
        fail(paused, 5);

        assertThat(loggedIn(As.login(other, As.PASSWORD))).isTrue();
        assertThat(loggedIn(As.login(paused, As.PASSWORD))).isFalse();
    }

    @Test
    void aSuccessfulLoginForgetsTheFailures() {
        String user = As.newUser(Role.VIEWER);
        fail(user, 4);
        assertThat(loggedIn(As.login(user, As.PASSWORD))).isTrue();

        fail(user, 4);

        assertThat(loggedIn(As.login(user, As.PASSWORD))).isTrue();
    }

    @Test
    void unknownUsernamesArePausedAlikeSoThatThePauseTellsNothing() {
        String nobody = "nobody-" + System.nanoTime();
        fail(nobody, 5);
        assertThat(As.login(nobody, WRONG).cookie(PasswordLogin.PAUSED_COOKIE)).isNotNull();
    }

    @Test
    void thePauseEndsFifteenMinutesAfterTheFifthFailure() {
        String ended = As.newUser(Role.VIEWER);
        String running = As.newUser(Role.VIEWER);
        failedAgo(ended, Duration.ofMinutes(16));
        failedAgo(running, Duration.ofMinutes(14));

        assertThat(loggedIn(As.login(ended, As.PASSWORD))).isTrue();
        Response refused = As.login(running, As.PASSWORD);
        assertThat(loggedIn(refused)).isFalse();
        assertThat(refused.cookie(PasswordLogin.PAUSED_COOKIE)).isEqualTo("1");
        assertThat(errorPage(refused).select("#login-error").text()).contains("Wait 1 minute, then try again.");
    }

    @Test
    void fortyWrongPasswordsAtOnceThroughTheFormAreNotMoreThanFiveChecks() throws Exception {
        String user = As.newUser(Role.RESEARCHER);

        List<Response> answers = atOnce(40, () -> As.login(user, WRONG));

        assertThat(answers).allSatisfy(a -> assertThat(a.header("Location")).endsWith("/login?error=true"));
        long checked = answers.stream().filter(a -> a.cookie(PasswordLogin.PAUSED_COOKIE) == null).count();
        assertThat(checked).as("checked, not paused").isBetween(1L, (long) LoginThrottle.MAX_FAILURES);
        assertThat(failures(user)).isEqualTo(checked);
        assertThat(loggedIn(As.login(user, As.PASSWORD))).as("paused").isFalse();
    }

    @Test
    void fortyWrongPasswordsAtOnceThroughBasicAreNotMoreThanFiveChecks() throws Exception {
        String user = As.newUser(Role.DIRECTOR);

        List<Response> answers = atOnce(40, () -> given(As.basic(user, WRONG)).get("/api/films/victor-serge/shots"));

        assertThat(answers).allSatisfy(a -> assertThat(a.statusCode()).isEqualTo(401));
        assertThat(failures(user)).as("checked").isBetween(1L, (long) LoginThrottle.MAX_FAILURES);
        given(As.basic(user, As.PASSWORD)).get("/api/films/victor-serge/shots").then().statusCode(401);
    }

    static long failures(String username) {
        return SergeFilm.query(() -> LoginFailure.count("username", username));
    }

    /** The request made this many times at once, from as many threads released together. */
    static List<Response> atOnce(int times, Callable<Response> request) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(times);
        try {
            CountDownLatch ready = new CountDownLatch(times);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Response>> answers = new ArrayList<>();
            for (int i = 0; i < times; i++) {
                answers.add(threads.submit(() -> {
                    ready.countDown();
                    go.await();
                    return request.call();
                }));
            }
            ready.await();
            go.countDown();
            List<Response> all = new ArrayList<>();
            for (Future<Response> answer : answers) {
                all.add(answer.get(2, TimeUnit.MINUTES));
            }
            return all;
        } finally {
            threads.shutdownNow();
        }
    }

    /** Five failures a minute apart, the last of them this long ago, as another instance could have recorded. */
    static void failedAgo(String username, Duration ago) {
        Instant last = Instant.now().minus(ago);
        QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 4; i >= 0; i--) {
                LoginFailure failure = new LoginFailure();
                failure.username = username;
                failure.failedAt = last.minusSeconds(60L * i);
                failure.persist();
            }
        });
    }
}
