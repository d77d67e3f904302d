package witness.schedule;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.net.URI;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.Map;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import witness.person.CrewRole;
import witness.testing.As;
import witness.testing.FilmCopies;

/**
 * A crew member subscribes to their private calendar feed: the published shoot days that call them, at their own
 * call, in the location's time zone, updated when the schedule is published again; a revoked, unknown or another's
 * token shows nothing of theirs.
 */
@QuarkusTest
class CalendarFeedTest {
    static final String FORM = "application/x-www-form-urlencoded; charset=UTF-8";
    private String slug;

    @BeforeEach
    void aCopyWithTwoCrewMembersCalled() {
        slug = FilmCopies.ofSerge("calendar-feed");
        ScheduleDays.crew(slug, "ana", "Ana Foco", CrewRole.CAMERA);
        ScheduleDays.crew(slug, "ben", "Ben Ruido", CrewRole.SOUND);
        ScheduleDays.change(slug, "mexico-shoot", "1990-03-05", day -> ScheduleDays.call(day, "ana", "07:00"));
        ScheduleDays.change(slug, "mexico-shoot", "1990-03-09", day -> ScheduleDays.call(day, "ana", null));
        ScheduleDays.change(slug, "mexico-shoot", "1990-03-06", day -> ScheduleDays.call(day, "ben", "10:15"));
    }

    private void publish(int expected) {
        given().contentType(FORM).formParam("expected", expected).redirects().follow(false)
                .post("/films/{slug}/schedules/mexico-shoot/versions", slug).then().statusCode(303);
    }

    private ValidatableResponse personFeed(RequestSpecification as, String person, String action) {
        return given(as).contentType(FORM).redirects().follow(false)
                .post("/films/{slug}/people/{key}/calendar-feed/{action}", slug, person, action).then();
    }

    private Document personPage(RequestSpecification as, String person) {
        return Jsoup.parse(given(as).get("/films/{slug}/people/{key}", slug, person).then().statusCode(200)
                .extract().asString());
    }

    /** The path of the person's feed as a producer makes and reads it on the person's page. */
    private String newAddress(String person) {
        personFeed(As.producer(), person, "renew").statusCode(303);
        String address = personPage(As.producer(), person).select("#calendar-feed .feed-address").attr("value");
        assertThat(address).startsWith("http").endsWith(".ics");
        return URI.create(address).getPath();
    }

    private long dayId(String date) {
        return ScheduleDays.read(() -> ScheduleDays.find(slug, "mexico-shoot", date).id);
    }

    static ValidatableResponse fetch(String path) {
        return given(As.anonymous()).redirects().follow(false).get(path).then();
    }

    /** The events of the feed by UID, as a calendar app reads it. */
    static Map<String, VEvent> events(String path) throws Exception {
        String ics = fetch(path).statusCode(200).contentType("text/calendar; charset=UTF-8")
                .header("Cache-Control", "no-store").extract().asString();
        Map<String, VEvent> events = new LinkedHashMap<>();
        for (VEvent event : ScheduleCalendarTest.parse(ics).<VEvent>getComponents(Component.VEVENT)) {
            assertThat(events.put(ScheduleCalendarTest.value(event, Property.UID), event)).as("unique UIDs").isNull();
        }
        return events;
    }

    private static String value(VEvent event, String property) {
        return ScheduleCalendarTest.value(event, property);
    }

    private static String zone(VEvent event, String property) {
        return event.getProperty(property).orElseThrow().getParameter(Parameter.TZID).orElseThrow().getValue();
    }

    @Test
    void aCrewMemberGetsThePublishedDaysThatCallThemAtTheirOwnCallInTheLocationsZone() throws Exception {
        publish(1);
        String feed = newAddress("ana");

        Map<String, VEvent> events = events(feed);

        String first = slug + "/mexico-shoot/day-" + dayId("1990-03-05") + "/ana@witness";
        String second = slug + "/mexico-shoot/day-" + dayId("1990-03-09") + "/ana@witness";
        assertThat(events.keySet()).containsExactly(first, second);
        VEvent own = events.get(first);
        assertThat(value(own, Property.DTSTART)).isEqualTo("19900305T070000");
        assertThat(value(own, Property.DTEND)).isEqualTo("19900305T180000");
        assertThat(zone(own, Property.DTSTART)).isEqualTo("America/Mexico_City");
        assertThat(zone(own, Property.DTEND)).isEqualTo("America/Mexico_City");
        assertThat(value(own, Property.SUMMARY)).isEqualTo("Call 07:00 — Mexico shoot, Mexico City");
        assertThat(value(own, Property.SEQUENCE)).isEqualTo("1");
        assertThat(value(own, Property.DESCRIPTION)).contains("Call 07:00, wrap 18:00", "The day's call: 08:30",
                "Schedule version 1, published ");
        VEvent daysCall = events.get(second);
        assertThat(value(daysCall, Property.DTSTART)).isEqualTo("19900309T073000");
        assertThat(zone(daysCall, Property.DTSTART)).isEqualTo("America/Mexico_City");
    }

    @Test
    void aChangeShowsOnlyOnceRepublishedUnderTheSameUidsWithAHigherSequence() throws Exception {
        publish(1);
        String feed = newAddress("ana");
        Map<String, VEvent> before = events(feed);
        ScheduleDays.change(slug, "mexico-shoot", "1990-03-05", day -> day.calls.stream()
                .filter(c -> c.person.key.equals("ana")).findFirst().orElseThrow().callTime = LocalTime.of(6, 15));
        ScheduleDays.change(slug, "mexico-shoot", "1990-03-09", day -> day.date = LocalDate.of(1990, 3, 12));

        Map<String, VEvent> unpublished = events(feed);
        assertThat(unpublished.keySet()).containsExactlyElementsOf(before.keySet());
        assertThat(unpublished.values()).extracting(e -> value(e, Property.DTSTART))
                .containsExactly("19900305T070000", "19900309T073000");
        assertThat(unpublished.values()).extracting(e -> value(e, Property.SEQUENCE)).containsOnly("1");

        publish(2);
        Map<String, VEvent> after = events(feed);
        assertThat(after.keySet()).containsExactlyInAnyOrderElementsOf(before.keySet());
        assertThat(after.values()).extracting(e -> value(e, Property.SEQUENCE)).containsOnly("2");
        String moved = slug + "/mexico-shoot/day-" + dayId("1990-03-12") + "/ana@witness";
        assertThat(value(after.get(moved), Property.DTSTART)).isEqualTo("19900312T073000");
        String changed = slug + "/mexico-shoot/day-" + dayId("1990-03-05") + "/ana@witness";
        assertThat(value(after.get(changed), Property.DTSTART)).isEqualTo("19900305T061500");
        assertThat(value(after.get(changed), Property.DESCRIPTION)).contains("Schedule version 2, published ");
    }

    @Test
    void anotherPersonsAddressShowsOnlyTheirDays() throws Exception {
        publish(1);
        String ana = newAddress("ana");
        String ben = newAddress("ben");

        assertThat(ben).isNotEqualTo(ana);
        Map<String, VEvent> events = events(ben);
        assertThat(events.keySet()).containsExactly(slug + "/mexico-shoot/day-" + dayId("1990-03-06") + "/ben@witness");
        assertThat(value(events.values().iterator().next(), Property.DTSTART)).isEqualTo("19900306T101500");
        assertThat(events(ana).keySet()).allMatch(uid -> uid.endsWith("/ana@witness")).hasSize(2);
    }

    @Test
    void aStoppedOrRenewedAddressShowsNothingAtAll() throws Exception {
        publish(1);
        String old = newAddress("ana");
        String renewed = newAddress("ana");

        assertThat(renewed).isNotEqualTo(old);
        assertThat(fetch(old).statusCode(404).header("Cache-Control", "no-store").extract().asByteArray()).isEmpty();
        assertThat(events(renewed)).hasSize(2);

        personFeed(As.producer(), "ana", "revoke").statusCode(303);
        assertThat(fetch(renewed).statusCode(404).extract().asByteArray()).isEmpty();
        Document page = personPage(As.producer(), "ana");
        assertThat(page.select("#calendar-feed .feed-address")).isEmpty();
        assertThat(page.select("#calendar-feed .stopped").text()).contains("No calendar feed");
    }

    @Test
    void anyOtherTokenIsNotFoundNeverAnError() {
        for (String token : new String[] { "nope", "x".repeat(43), "a.b", "-_-", "x".repeat(65), "x".repeat(2000) }) {
            assertThat(fetch("/calendar/" + token + ".ics").statusCode(404).extract().asByteArray()).as(token).isEmpty();
        }
        // Longer than the HTTP server's request line (4096): it refuses the request before Witness sees it.
        assertThat(fetch("/calendar/" + "x".repeat(10_000) + ".ics").statusCode(414).extract().asString())
                .doesNotContain("BEGIN:VCALENDAR");
        fetch("/calendar/nope").statusCode(404);
    }

    @Test
    void onlyProducersSeeOrChangeAPersonsFeed() {
        publish(1);
        personFeed(As.director(), "ana", "renew").statusCode(403);
        personFeed(As.director(), "ana", "revoke").statusCode(403);
        assertThat(personPage(As.director(), "ana").select("#calendar-feed")).isEmpty();
        assertThat(personPage(As.producer(), "ana").select("#calendar-feed .stopped")).hasSize(1);
        assertThat(personPage(As.producer(), "vlady").select("#calendar-feed")).hasSize(1);
        assertThat(personPage(As.producer(), "victor-serge").select("#calendar-feed")).isEmpty();
    }

    @Test
    void aUserFindsRenewsAndStopsTheirOwnFeedOfEveryPublishedDay() throws Exception {
        publish(1);
        RequestSpecification director = As.loggedIn(As.newUser(witness.security.Role.DIRECTOR), As.PASSWORD);
        Document first = Jsoup.parse(given(director).get("/calendar").then().statusCode(200).extract().asString());
        assertThat(first.select(".feed-address")).as("reading the page makes no address").isEmpty();
        given(director).contentType(FORM).redirects().follow(false).post("/calendar/renew").then().statusCode(303);
        Document page = Jsoup.parse(given(director).get("/calendar").then().statusCode(200).extract().asString());
        String address = page.select(".feed-address").attr("value");
        assertThat(page.select("a.subscribe").attr("href")).isEqualTo(address.replaceFirst("^https?", "webcal"))
                .startsWith("webcal://");
        String feed = URI.create(address).getPath();

        Map<String, VEvent> events = events(feed);
        String day = slug + "/mexico-shoot/day-" + dayId("1990-03-05") + "@witness";
        assertThat(events).containsKey(day);
        assertThat(value(events.get(day), Property.DTSTART)).isEqualTo("19900305T083000");
        assertThat(value(events.get(day), Property.DESCRIPTION)).contains("Called: ", "Ana Foco 07:00");
        assertThat(events.keySet()).noneMatch(uid -> uid.startsWith(slug + "/orenburg-shoot/"));

        given(director).contentType(FORM).redirects().follow(false).post("/calendar/renew").then().statusCode(303);
        fetch(feed).statusCode(404);
        String renewed = URI.create(Jsoup.parse(given(director).get("/calendar").asString())
                .select(".feed-address").attr("value")).getPath();
        assertThat(renewed).isNotEqualTo(feed);
        fetch(renewed).statusCode(200);

        given(director).contentType(FORM).redirects().follow(false).post("/calendar/revoke").then().statusCode(303);
        fetch(renewed).statusCode(404);
        Document stopped = Jsoup.parse(given(director).get("/calendar").asString());
        assertThat(stopped.select(".feed-address")).isEmpty();
        assertThat(stopped.select(".stopped").text()).contains("stopped");
        assertThat(given(As.anonymous()).redirects().follow(false).get("/calendar").then().extract().statusCode())
                .isIn(302, 303);
    }
}
