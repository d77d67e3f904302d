package witness.schedule;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import witness.core.Film;
import witness.person.CrewRole;
import witness.person.Person;
import witness.person.PersonContact;
import witness.testing.As;
import witness.testing.FilmCopies;
import witness.testing.Pages;

/**
 * A producer publishes a day's call sheet: everyone called gets a link of their own that opens their call sheet on
 * a phone without a login and a "Got it"; the producer sees who confirmed; publishing again asks everyone anew; the
 * links go out by e-mail through a real SMTP server (GreenMail, in this JVM). A link withdrawn, expired, unknown or
 * absurd opens a page that says so and shows nothing of the production.
 */
@QuarkusTest
class CallSheetLinksTest {
    static final String FORM = "application/x-www-form-urlencoded; charset=UTF-8";
    static GreenMail smtp;

    @BeforeAll
    static void startSmtp() {
        smtp = new GreenMail(ServerSetupTest.SMTP);
        smtp.start();
    }

    @AfterAll
    static void stopSmtp() {
        smtp.stop();
    }

    private static String dayPath(String slug) {
        long id = ScheduleDays.read(() -> ScheduleDays.find(slug, "mexico-shoot", "1990-03-05").id);
        return "/films/" + slug + "/schedules/mexico-shoot/days/" + id;
    }

    private static void post(String path) {
        given().contentType(FORM).redirects().follow(false).post(path).then().statusCode(303);
    }

    private static String link(Document day, String person) {
        return day.select("#link-" + person + " input.copy-link").val();
    }

    private static Document anonymously(String address) {
        return Jsoup.parse(given(As.anonymous()).get(address).then().statusCode(200).extract().asString());
    }

    private static String withCamera(String name) {
        String slug = FilmCopies.ofSerge(name);
        ScheduleDays.crew(slug, "ana-camargo", "Ana Camargo", CrewRole.CAMERA);
        ScheduleDays.change(slug, "mexico-shoot", "1990-03-05", day -> ScheduleDays.call(day, "ana-camargo", "07:00"));
        return slug;
    }

    @Test
    void everyoneCalledGetsTheirOwnLinkConfirmsWithGotItAndIsAskedAgainAfterRepublishing() {
        String slug = withCamera("links");
        String day = dayPath(slug);
        post(day + "/links");

        Document page = Pages.get(day);
        assertThat(page.select("#links tr.link th").eachText()).containsExactly("Ana Camargo", "Vlady Kibalchich");
        assertThat(page.select("#links td.state").eachText()).containsOnly("not confirmed yet");
        assertThat(page.select(".confirmations").text()).isEqualTo("0 of 2 confirmed.");
        String ana = link(page, "ana-camargo");
        assertThat(ana).matches("http://[^/]+/call/[A-Za-z0-9_-]{43}").isNotEqualTo(link(page, "vlady"));

        Document own = anonymously(ana);
        assertThat(own.select("#your-call h2").text()).isEqualTo("Your call, Ana Camargo");
        assertThat(own.select(".your-time").text()).isEqualTo("07:00");
        assertThat(own.select("tr.called").eachText()).contains("Ana Camargo camera 07:00");
        assertThat(own.select(".phone, a[href$=.pdf]")).as("no contacts, nothing that needs a login").isEmpty();
        String feed = own.select(".your-feed code").text();
        assertThat(own.select("a.subscribe").attr("href")).startsWith("webcal://").endsWith(".ics");
        given(As.anonymous()).get(feed).then().statusCode(200).contentType(ScheduleCalendar.MEDIA_TYPE);
        assertThat(own.select("form[action$=got-it] button.got-it").text()).isEqualTo("Got it");
        given(As.anonymous()).contentType(FORM).redirects().follow(false)
                .post(ana.substring(ana.indexOf("/call/")) + "/got-it").then().statusCode(303);
        assertThat(anonymously(ana).select(".confirmed").text()).startsWith("You have confirmed");

        page = Pages.get(day);
        assertThat(page.select("#link-ana-camargo td.state").text()).isEqualTo("confirmed");
        assertThat(page.select(".confirmations").text()).isEqualTo("1 of 2 confirmed.");

        // the day changes: the producer and the sheet say so until it is published again
        ScheduleDays.change(slug, "mexico-shoot", "1990-03-05", d -> d.callTime = java.time.LocalTime.of(8, 0));
        assertThat(Pages.get(day).select("#links .changed-since")).hasSize(1);
        assertThat(anonymously(ana).select(".changed-since")).hasSize(1);
        post(day + "/links");
        page = Pages.get(day);
        assertThat(page.select("#links .changed-since")).isEmpty();
        assertThat(link(page, "ana-camargo")).as("the same link after publishing again").isEqualTo(ana);
        assertThat(page.select("#link-ana-camargo td.state").text()).isEqualTo("not confirmed yet");
        assertThat(anonymously(ana).select("button.got-it")).hasSize(1);
    }

    @Test
    void aWithdrawnExpiredUnknownOrAbsurdLinkShowsNothingOfTheProduction() {
        String slug = withCamera("links-gone");
        String day = dayPath(slug);
        post(day + "/links");
        Document page = Pages.get(day);
        String ana = link(page, "ana-camargo"), vlady = link(page, "vlady");

        post(day + "/links/ana-camargo/withdraw");
        assertGone(ana);
        assertThat(Pages.get(day).select("#link-ana-camargo td.state").text()).isEqualTo("withdrawn");
        String token = vlady.substring(vlady.lastIndexOf('/') + 1);
        QuarkusTransaction.requiringNew().run(() -> CallSheetLink.<CallSheetLink>find("token", token).firstResult()
                .expiresAt = Instant.now().minusSeconds(1));
        assertGone(vlady);
        assertGone("/call/not-a-token");
        assertGone("/call/" + "x".repeat(1_000));
        given(As.anonymous()).get("/call/" + "x".repeat(10_000)).then().statusCode(414);
        given(As.anonymous()).contentType(FORM).redirects().follow(false).post("/call/not-a-token/got-it").then()
                .statusCode(404);
        given(As.anonymous()).contentType(FORM).redirects().follow(false)
                .post(ana.substring(ana.indexOf("/call/")) + "/got-it").then().statusCode(404);

        // publishing again gives the withdrawn a new link; taken off the day, Vlady's link closes at once
        post(day + "/links");
        String vladyAgain = link(Pages.get(day), "vlady");
        anonymously(vladyAgain);
        long version = ScheduleDays.read(() -> ScheduleDays.find(slug, "mexico-shoot", "1990-03-05").calls.stream()
                .filter(c -> c.person.key.equals("vlady")).findFirst().orElseThrow().version);
        given().contentType(FORM).formParam("version", version).redirects().follow(false)
                .post(day + "/calls/vlady/delete").then().statusCode(303);
        assertGone(vladyAgain);
        assertThat(Pages.get(day).select("#link-vlady td.state").text()).isEqualTo("withdrawn");
        String again = link(Pages.get(day), "ana-camargo");
        assertThat(again).isNotEqualTo(ana);
        anonymously(again);
    }

    @Test
    void onTwoDaysOfOneDateEachLinkOpensItsOwnDayAndAWithdrawnLinkTakesTheCalendarAddressWithIt() {
        String slug = withCamera("links-two-days");
        String first = dayPath(slug);
        QuarkusTransaction.requiringNew().run(() -> {
            ShootDay extra = new ShootDay();
            extra.schedule = ScheduleDays.find(slug, "mexico-shoot", "1990-03-05").schedule;
            extra.date = java.time.LocalDate.of(1990, 3, 5);
            extra.location = witness.location.Location.byKey(extra.schedule.film, "coyoacan-trotsky-house").orElseThrow();
            extra.callTime = java.time.LocalTime.of(14, 0);
            extra.persist();
            ScheduleDays.call(extra, "jeannine", null);
        });
        long extraId = ScheduleDays.read(() -> ShootDay.<ShootDay>find("schedule.film.slug = ?1 and date = ?2"
                + " order by id desc", slug, java.time.LocalDate.of(1990, 3, 5)).firstResult().id);
        String second = "/films/" + slug + "/schedules/mexico-shoot/days/" + extraId;
        post(first + "/links");
        post(second + "/links");
        Document jeannine = anonymously(link(Pages.get(second), "jeannine"));
        assertThat(jeannine.select("tr.called").eachText()).containsExactly("Jeannine Kibalchich interviewee 14:00");
        assertThat(jeannine.select(".place").first().text()).isNotEqualTo("Mexico City");

        Document ana = anonymously(link(Pages.get(first), "ana-camargo"));
        String feed = ana.select(".your-feed code").text();
        given(As.anonymous()).get(feed).then().statusCode(200);
        post(first + "/links/ana-camargo/withdraw");
        given(As.anonymous()).get(feed).then().statusCode(404);
    }

    private static void assertGone(String address) {
        String body = given(As.anonymous()).get(address).then().statusCode(404).extract().asString();
        assertThat(body).contains("This link no longer opens a call sheet")
                .doesNotContain("Vlady", "Ana Camargo", "Mexico", "Serge");
    }

    @Test
    void theLinksGoOutByEmailToThoseWithAnAddressAndOnlyProducersPublishSendOrSeeThem() throws Exception {
        String slug = withCamera("links-mail");
        QuarkusTransaction.requiringNew().run(() -> {
            PersonContact contact = new PersonContact();
            contact.person = Person.byKey(Film.find("slug", slug).firstResult(), "ana-camargo").orElseThrow();
            contact.email = "ana.camargo@example.org";
            contact.persist();
        });
        String day = dayPath(slug);
        given(As.director()).contentType(FORM).redirects().follow(false).post(day + "/links").then().statusCode(403);
        post(day + "/links");
        assertThat(Pages.get(As.director(), day).select("#links, input.copy-link")).isEmpty();
        given(As.director()).contentType(FORM).redirects().follow(false).post(day + "/links/send").then()
                .statusCode(403);

        String notice = given().contentType(FORM).redirects().follow(false).post(day + "/links/send").then()
                .statusCode(303).extract().cookie("witness-flash");
        assertThat(java.net.URLDecoder.decode(notice, java.nio.charset.StandardCharsets.UTF_8))
                .isEqualTo("Sent the links to Ana Camargo. No e-mail address for Vlady Kibalchich: copy their links.");
        assertThat(smtp.waitForIncomingEmail(5000, 1)).isTrue();
        MimeMessage mail = smtp.getReceivedMessages()[0];
        assertThat(mail.getAllRecipients()[0].toString()).isEqualTo("ana.camargo@example.org");
        assertThat(mail.getSubject()).isEqualTo("Call sheet Monday 5 March 1990 — " + ScheduleDays.read(() ->
                Film.<Film>find("slug", slug).firstResult().title));
        String body = (String) mail.getContent();
        assertThat(body).contains("Dear Ana Camargo", "your call is 07:00");
        Matcher link = Pattern.compile("http://[^/\\s]+/call/[A-Za-z0-9_-]{43}").matcher(body);
        assertThat(link.find()).isTrue();
        assertThat(anonymously(link.group()).select("#your-call h2").text()).isEqualTo("Your call, Ana Camargo");
        assertThat(Pages.get(day).select("#link-ana-camargo td.sent").text()).isEqualTo("sent to ana.camargo@example.org");
    }
}
