package witness.schedule;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.DtStart;
import org.junit.jupiter.api.Test;
import witness.film.Shot;
import witness.testing.FilmCopies;
import witness.testing.SergeFilm;

/** A schedule as .ics, parsed back with ical4j as a calendar app would read it. */
@QuarkusTest
class ScheduleCalendarTest {

    static String ics(String slug, String schedule) {
        return new String(given().get("/films/{slug}/schedules/{schedule}.ics", slug, schedule).then()
                .statusCode(200).contentType("text/calendar; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + slug + "-" + schedule + ".ics\"")
                .extract().asByteArray(), StandardCharsets.UTF_8);
    }

    static Calendar parse(String ics) throws Exception {
        return new CalendarBuilder().build(new StringReader(ics));
    }

    /** The events by UID, in the file's order. */
    static Map<String, VEvent> events(String slug, String schedule) throws Exception {
        Map<String, VEvent> events = new LinkedHashMap<>();
        for (VEvent event : parse(ics(slug, schedule)).<VEvent>getComponents(Component.VEVENT)) {
            assertThat(events.put(value(event, Property.UID), event)).as("UIDs are unique").isNull();
        }
        return events;
    }

    static String value(net.fortuna.ical4j.model.PropertyContainer component, String property) {
        return component.getProperty(property).map(Property::getValue).orElse(null);
    }

    @Test
    void oneEventPerShootDayWithStableUniqueUids() throws Exception {
        String ics = ics(SergeFilm.SLUG, "mexico-shoot");
        Calendar calendar = parse(ics);
        assertThat(value(calendar, Property.VERSION)).isEqualTo("2.0");
        assertThat(value(calendar, Property.PRODID)).contains("Witness");
        assertThat(ics).startsWith("BEGIN:VCALENDAR\r\n").contains("\r\nEND:VCALENDAR");

        int days = ScheduleDays.read(() -> (int) ShootDay.count("schedule.film.slug = ?1 and schedule.key = ?2",
                SergeFilm.SLUG, "mexico-shoot"));
        Map<String, VEvent> first = events(SergeFilm.SLUG, "mexico-shoot");
        assertThat(first).hasSize(days).hasSizeGreaterThan(3)
                .containsKey("victor-serge/mexico-shoot/1990-03-05@witness");
        assertThat(events(SergeFilm.SLUG, "mexico-shoot").keySet()).containsExactlyElementsOf(first.keySet());
        assertThat(events(SergeFilm.SLUG, "orenburg-shoot").keySet())
                .doesNotContainAnyElementsOf(first.keySet()).allMatch(uid -> uid.startsWith("victor-serge/orenburg-shoot/"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void anEventHasTheCallTimeLocationCoordinatesAndWhatIsPlanned() throws Exception {
        VEvent day = events(SergeFilm.SLUG, "mexico-shoot").get("victor-serge/mexico-shoot/1990-03-05@witness");

        assertThat(value(day, Property.DTSTART)).isEqualTo("19900305T083000");
        assertThat(value(day, Property.DTEND)).isEqualTo("19900305T180000");
        // in Mexico City's time, which the calendar defines, so that a crew member in London sees 14:30
        assertThat(day.getProperty(Property.DTSTART).orElseThrow().getParameter(Parameter.TZID).orElseThrow().getValue())
                .isEqualTo("America/Mexico_City");
        assertThat(day.getProperty(Property.DTEND).orElseThrow().getParameter(Parameter.TZID).orElseThrow().getValue())
                .isEqualTo("America/Mexico_City");
        Calendar calendar = parse(ics(SergeFilm.SLUG, "mexico-shoot"));
        assertThat(calendar.<VTimeZone>getComponents(Component.VTIMEZONE)).extracting(z -> value(z, Property.TZID))
                .containsExactly("America/Mexico_City");
        ZonedDateTime call = ((DtStart<ZonedDateTime>) day.getProperty(Property.DTSTART).orElseThrow()).getDate();
        assertThat(call.withZoneSameInstant(ZoneId.of("Europe/London")).toLocalTime()).isEqualTo(LocalTime.of(14, 30));
        assertThat(value(day, Property.SUMMARY)).isEqualTo("Mexico shoot: Mexico City");
        assertThat(value(day, Property.LOCATION)).isEqualTo("Mexico City, Mexico");
        assertThat(value(day, Property.GEO)).isEqualTo("19.4326;-99.1332");
        List<String> shots = ScheduleDays.read(() -> ScheduleDays.find(SergeFilm.SLUG, "mexico-shoot", "1990-03-05")
                .shots.stream().map(Shot::number).toList());
        assertThat(shots).hasSize(4);
        assertThat(value(day, Property.DESCRIPTION)).contains("Call 08:30, wrap 18:00",
                "Crew: Director, Producer, Camera, Sound, Interpreter, Mexican fixer", "Interviews: Vlady Kibalchich",
                "Shots: " + String.join(", ", shots), "Travel: Crew flies London–Mexico City");
        assertThat(value(day, Property.SEQUENCE)).matches("\\d+");
        assertThat(value(day, Property.DTSTAMP)).matches("\\d{8}T\\d{6}Z");

        assertThat(value(events(SergeFilm.SLUG, "orenburg-shoot").get("victor-serge/orenburg-shoot/1990-05-14@witness"),
                Property.LOCATION)).isEqualTo("Leningrad (Petrograd), Leningrad, USSR");

        VEvent coyoacan = events(SergeFilm.SLUG, "mexico-shoot").get("victor-serge/mexico-shoot/1990-03-09@witness");
        assertThat(value(coyoacan, Property.DESCRIPTION)).contains("Notes: The house in Coyoacán");
        assertThat(value(coyoacan, Property.DTSTART)).isEqualTo("19900309T073000");
    }

    @Test
    void aChangedDayKeepsItsUidWithAHigherSequenceAndADayWithoutCallTimeIsAllDay() throws Exception {
        String slug = FilmCopies.ofSerge("ics");
        String uid = slug + "/mexico-shoot/1990-03-06@witness";
        VEvent before = events(slug, "mexico-shoot").get(uid);

        ScheduleDays.change(slug, "mexico-shoot", "1990-03-06", day -> {
            day.callTime = null;
            ScheduleDays.call(day, "jeannine", null);
        });

        Map<String, VEvent> after = events(slug, "mexico-shoot");
        VEvent changed = after.get(uid);
        assertThat(after).hasSize(events(SergeFilm.SLUG, "mexico-shoot").size());
        assertThat(Integer.parseInt(value(changed, Property.SEQUENCE)))
                .isGreaterThan(Integer.parseInt(value(before, Property.SEQUENCE)));
        assertThat(value(changed, Property.DTSTART)).isEqualTo("19900306");
        assertThat(changed.getProperty(Property.DTSTART).orElseThrow().getParameter("VALUE").orElseThrow().getValue())
                .isEqualTo("DATE");
        assertThat(value(changed, Property.DTEND)).isEqualTo("19900307");
        assertThat(value(changed, Property.DESCRIPTION)).contains("Call time to be confirmed",
                "Called: Vlady Kibalchich 09:30, Jeannine Kibalchich");
        assertThat(value(after.get(slug + "/mexico-shoot/1990-03-05@witness"), Property.SEQUENCE))
                .isEqualTo(value(events(slug, "mexico-shoot").get(slug + "/mexico-shoot/1990-03-05@witness"),
                        Property.SEQUENCE));
    }

    @Test
    void theExportsPageLinksEachSchedulesCalendarCsvAndCallSheets() {
        var page = witness.testing.Pages.get("/films/{slug}/exports", SergeFilm.SLUG);
        var links = page.select("main a[href]").eachAttr("href");
        assertThat(links).contains("/films/victor-serge/schedules/mexico-shoot.ics",
                "/films/victor-serge/schedules/mexico-shoot.csv", "/films/victor-serge/schedules/orenburg-shoot.ics",
                "/films/victor-serge/schedules/orenburg-shoot.csv",
                "/films/victor-serge/schedules/mexico-shoot/days/1990-03-05/call-sheet",
                "/films/victor-serge/schedules/mexico-shoot/days/1990-03-05/call-sheet.pdf");
        int days = ScheduleDays.read(() -> (int) ShootDay.count("schedule.film.slug", SergeFilm.SLUG));
        assertThat(links.stream().filter(l -> l.endsWith("/call-sheet"))).hasSize(days);
        assertThat(links.stream().filter(l -> l.endsWith("/call-sheet.pdf"))).hasSize(days);
        assertThat(page.select("#schedules-heading + section h3").text()).isEqualTo("Mexico shoot");
    }

    @Test
    void twoDaysOnOneDateGetDistinctUids() {
        witness.core.Film film = new witness.core.Film();
        film.slug = "a-film";
        Schedule schedule = new Schedule();
        schedule.key = "a-shoot";
        List<ShootDay> days = new ArrayList<>();
        for (String date : List.of("1990-03-05", "1990-03-05", "1990-03-06")) {
            ShootDay day = new ShootDay();
            day.date = java.time.LocalDate.parse(date);
            days.add(day);
        }
        assertThat(ScheduleCalendar.uids(film, schedule, days)).containsExactly("a-film/a-shoot/1990-03-05@witness",
                "a-film/a-shoot/1990-03-05-2@witness", "a-film/a-shoot/1990-03-06@witness");
    }

    @Test
    void anUnknownScheduleOrFilmIs404() {
        given().get("/films/victor-serge/schedules/no-such-shoot.ics").then().statusCode(404);
        given().get("/films/no-such-film/schedules/mexico-shoot.ics").then().statusCode(404);
    }
}
