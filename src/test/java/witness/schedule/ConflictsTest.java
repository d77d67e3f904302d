package witness.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.data.Percentage;
import org.junit.jupiter.api.Test;
import witness.interview.Interview;
import witness.interview.InterviewStatus;
import witness.interview.ReleaseStatus;
import witness.location.Location;
import witness.location.PermitStatus;
import witness.person.Person;

/** Each conflict rule, on days built by hand: a case that triggers it and one that does not. */
class ConflictsTest {
    static final LocalDate MARCH_5 = LocalDate.of(1990, 3, 5);
    final Location mexico = location("mexico-city", "Mexico City", 19.4326, -99.1332, PermitStatus.GRANTED);
    final Location coyoacan = location("coyoacan", "Trotsky's house, Coyoacán", 19.3516, -99.1623,
            PermitStatus.NOT_NEEDED);
    final Location orenburg = location("orenburg", "Orenburg", 51.7727, 55.0988, PermitStatus.GRANTED);
    final Location paricutin = location("paricutin", "Paricutin volcano", 19.4931, -102.2511,
            PermitStatus.NOT_NEEDED);
    long ids;

    // rule 1: a person or crew member in two places on one day

    @Test
    void aCrewMemberOnTwoSchedulesAtDifferentPlacesOnOneDateIsInTwoPlaces() {
        ConflictDay inMexico = day("mexico", MARCH_5, mexico).crew("Director", "Camera").build();
        ConflictDay inOrenburg = day("orenburg", MARCH_5, orenburg).crew("  camera ", "Interpreter").build();

        List<Conflict> conflicts = rule(ConflictRule.TWO_PLACES, inMexico, inOrenburg);

        assertThat(conflicts).singleElement().satisfies(c -> {
            assertThat(c.date()).isEqualTo(MARCH_5);
            assertThat(c.message()).isEqualTo("Camera is needed in two places on 5 March 1990: Mexico City (mexico)"
                    + " and Orenburg (orenburg). Move one of the days or give the work to someone else.");
            assertThat(c.days()).containsExactly(inMexico, inOrenburg);
            assertThat(c.concerns("mexico")).isTrue();
            assertThat(c.concerns("orenburg")).isTrue();
        });
    }

    @Test
    void anIntervieweeAtTwoPlacesOnOneDateIsInTwoPlacesAndPeopleOnTheSameDaysAreReportedTogether() {
        Interview vlady = interview("vlady", "Vlady", InterviewStatus.AGREED);
        ConflictDay first = day("mexico", MARCH_5, mexico).crew("Sound").interviews(vlady).build();
        ConflictDay second = day("extra", MARCH_5, coyoacan).crew("Sound").interviews(vlady).build();

        assertThat(rule(ConflictRule.TWO_PLACES, first, second)).extracting(Conflict::message)
                .containsExactly("Sound and Vlady are needed in two places on 5 March 1990: Mexico City (mexico)"
                        + " and Trotsky's house, Coyoacán (extra). Move one of the days or give the work to someone else.");
    }

    @Test
    void theSamePeopleAtTheSamePlaceOrOnDifferentDatesAreNotInTwoPlaces() {
        ConflictDay first = day("mexico", MARCH_5, mexico).crew("Camera").build();
        ConflictDay samePlace = day("extra", MARCH_5, mexico).crew("Camera").build();
        ConflictDay nextDay = day("orenburg", MARCH_5.plusDays(1), orenburg).crew("Camera").build();
        ConflictDay otherCrew = day("other", MARCH_5, orenburg).crew("Second camera").build();

        assertThat(rule(ConflictRule.TWO_PLACES, first, samePlace, nextDay, otherCrew)).isEmpty();
    }

    // rule 2: an interview scheduled that is not agreed

    @Test
    void anInterviewIdentifiedContactedOrDeclinedOnADayIsNotAgreed() {
        ConflictDay day = day("mexico", MARCH_5, mexico).interviews(
                interview("vlady", "Vlady", InterviewStatus.CONTACTED),
                interview("jeannine", "Jeannine", InterviewStatus.IDENTIFIED),
                interview("friends", "Friends in Mexico", InterviewStatus.DECLINED)).build();

        assertThat(rule(ConflictRule.NOT_AGREED, day)).extracting(Conflict::message).containsExactlyInAnyOrder(
                "Vlady is down for an interview on 5 March 1990 but has not agreed yet (contacted)."
                        + " Confirm the interview or take it off the day.",
                "Jeannine is down for an interview on 5 March 1990 but has not agreed yet (identified)."
                        + " Confirm the interview or take it off the day.",
                "Friends in Mexico declined the interview but is still down for 5 March 1990."
                        + " Take the interview off the day.");
    }

    @Test
    void anAgreedOrLaterInterviewIsFine() {
        ConflictDay day = day("mexico", MARCH_5, mexico).interviews(
                interview("a", "A", InterviewStatus.AGREED), interview("b", "B", InterviewStatus.PRE_INTERVIEWED),
                interview("c", "C", InterviewStatus.SCHEDULED)).build();

        assertThat(rule(ConflictRule.NOT_AGREED, day)).isEmpty();
    }

    // rule 3: a location without a granted permit

    @Test
    void aDayAtALocationWhosePermitIsNeededAppliedOrRefusedLacksAPermit() {
        List<String> messages = new ArrayList<>();
        for (PermitStatus permit : List.of(PermitStatus.NEEDED, PermitStatus.APPLIED, PermitStatus.REFUSED)) {
            mexico.permit = permit;
            messages.addAll(rule(ConflictRule.PERMIT, day("mexico", MARCH_5, mexico).build()).stream()
                    .map(Conflict::message).toList());
        }
        assertThat(messages).containsExactly(
                "Mexico City needs a filming permit for 5 March 1990 and none has been applied for."
                        + " Apply for it before the shoot.",
                "The filming permit for Mexico City (5 March 1990) is applied for but not granted yet."
                        + " Chase it before the shoot.",
                "The filming permit for Mexico City was refused. Find another place for 5 March 1990 or appeal.");
    }

    @Test
    void aGrantedOrUnneededPermitOrNoLocationIsFine() {
        mexico.permit = PermitStatus.GRANTED;
        assertThat(rule(ConflictRule.PERMIT, day("mexico", MARCH_5, mexico).build(),
                day("mexico", MARCH_5.plusDays(1), paricutin).build(), day("mexico", MARCH_5.plusDays(2), null).build()))
                .isEmpty();
    }

    // rule 4: a filmed interview with no signed release

    @Test
    void aFilmedOrTranscribedInterviewWithoutASignedReleaseIsReportedOnceWithItsDays() {
        Interview vlady = interview("vlady", "Vlady", InterviewStatus.FILMED);
        vlady.release = ReleaseStatus.SENT;
        Interview jeannine = interview("jeannine", "Jeannine", InterviewStatus.TRANSCRIBED);
        ConflictDay first = day("mexico", MARCH_5, mexico).interviews(vlady, jeannine).build();
        ConflictDay second = day("mexico", MARCH_5.plusDays(1), mexico).interviews(vlady).build();

        List<Conflict> conflicts = rule(ConflictRule.NO_RELEASE, second, first);

        assertThat(conflicts).extracting(Conflict::message).containsExactlyInAnyOrder(
                "Vlady: filmed without a signed release form. Get the release signed before the footage is used.",
                "Jeannine: filmed without a signed release form. Get the release signed before the footage is used.");
        assertThat(conflicts).filteredOn(c -> c.message().startsWith("Vlady")).singleElement()
                .satisfies(c -> {
                    assertThat(c.date()).isEqualTo(MARCH_5);
                    assertThat(c.days()).containsExactly(first, second);
                });
    }

    @Test
    void aSignedReleaseOrAnInterviewNotYetFilmedIsFine() {
        Interview signed = interview("vlady", "Vlady", InterviewStatus.FILMED);
        signed.release = ReleaseStatus.SIGNED;
        Interview toFilm = interview("jeannine", "Jeannine", InterviewStatus.SCHEDULED);
        toFilm.date = MARCH_5;

        assertThat(rule(ConflictRule.NO_RELEASE, day("mexico", MARCH_5, mexico).interviews(signed, toFilm).build()))
                .isEmpty();
    }

    // rule 5: a day longer than the limit

    @Test
    void aDayFromCallToWrapLongerThanTheLimitIsTooLong() {
        ConflictDay day = day("mexico", MARCH_5, paricutin).hours("05:00", "17:00").build();

        assertThat(rule(ConflictRule.LONG_DAY, day)).extracting(Conflict::message).containsExactly(
                "5 March 1990 at Paricutin volcano runs 12 h from call (05:00) to wrap (17:00), over the 10 h limit."
                        + " Call later, wrap earlier or split the day.");
    }

    @Test
    void aDayPlanningMoreShotsAndInterviewsThanFitIsTooLong() {
        ConflictDay day = day("mexico", MARCH_5, mexico).shots(13)
                .interviews(interview("a", "A", InterviewStatus.AGREED), interview("b", "B", InterviewStatus.AGREED))
                .build();

        assertThat(rule(ConflictRule.LONG_DAY, day)).extracting(Conflict::message).containsExactly(
                "5 March 1990 at Mexico City plans 10 h 30 min of filming (13 shots × 30 min, 2 interviews × 2 h),"
                        + " over the 10 h limit. Move some shots or an interview to another day.");
    }

    @Test
    void aDayWithinTheLimitIsFineAndTheLimitsAreTheSchedules() {
        ConflictDay tenHours = day("mexico", MARCH_5, mexico).hours("08:30", "18:30").shots(12)
                .interviews(interview("a", "A", InterviewStatus.AGREED)).build();
        ConflictDay lenient = day("mexico", MARCH_5, paricutin).hours("05:00", "17:00").shots(30)
                .limits(new ConflictLimits(720, 20, 120, 500)).build();
        ConflictDay noTimes = day("mexico", MARCH_5, mexico).build();

        assertThat(rule(ConflictRule.LONG_DAY, tenHours, lenient, noTimes)).isEmpty();
    }

    // rule 6: consecutive days too far apart

    @Test
    void consecutiveDaysOfAScheduleAtPlacesTooFarApartAreTooFar() {
        ConflictDay first = day("mexico", MARCH_5, orenburg).build();
        ConflictDay second = day("mexico", MARCH_5.plusDays(1), mexico).build();

        assertThat(rule(ConflictRule.TOO_FAR, first, second)).singleElement().satisfies(c -> {
            assertThat(c.message()).isEqualTo("11,710 km between Orenburg and Mexico City on consecutive days"
                    + " (5 and 6 March 1990), more than the 500 km a crew can travel overnight."
                    + " Add a travel day or reorder the days.");
            assertThat(c.date()).isEqualTo(MARCH_5);
            assertThat(c.days()).containsExactly(first, second);
        });
    }

    @Test
    void nearPlacesDaysApartOtherSchedulesOrUnknownCoordinatesAreNotTooFar() {
        Location nowhere = location("nowhere", "Somewhere", null, null, PermitStatus.NOT_NEEDED);
        List<ConflictDay> days = List.of(
                day("mexico", MARCH_5, mexico).build(),
                day("mexico", MARCH_5.plusDays(1), paricutin).build(), // about 330 km
                day("mexico", MARCH_5.plusDays(3), orenburg).build(), // two days later
                day("mexico", MARCH_5.plusDays(4), nowhere).build(),
                day("other", MARCH_5.plusDays(2), orenburg).build()); // the day after, but another schedule
        assertThat(Conflicts.of(days)).filteredOn(c -> c.rule() == ConflictRule.TOO_FAR).isEmpty();

        ConflictDay far = day("mexico", MARCH_5, orenburg).limits(new ConflictLimits(600, 30, 120, 12_000)).build();
        assertThat(rule(ConflictRule.TOO_FAR, far, day("mexico", MARCH_5.plusDays(1), mexico).build())).isEmpty();
    }

    @Test
    void theGreatCircleDistanceFromOrenburgToMexicoCity() {
        double km = Conflicts.kilometres(51.77, 55.10, 19.43, -99.13);
        // By the haversine formula on a sphere of 6,371 km (the brief's 10,700 km was an estimate).
        assertThat(km).isCloseTo(11_711, Percentage.withPercentage(1));
        assertThat(Conflicts.kilometres(19.43, -99.13, 51.77, 55.10)).isCloseTo(km, within(1e-6));
        assertThat(Conflicts.kilometres(51.77, 55.10, 51.77, 55.10)).isZero();
        // Leningrad – Moscow, about 630 km
        assertThat(Conflicts.kilometres(59.9343, 30.3351, 55.7763, 37.5807)).isCloseTo(630, Percentage.withPercentage(1));
    }

    @Test
    void conflictsComeByDateAndRuleAndTheirRulesHaveLabels() {
        mexico.permit = PermitStatus.APPLIED;
        ConflictDay late = day("mexico", MARCH_5.plusDays(1), mexico).hours("05:00", "20:00").build();
        ConflictDay early = day("mexico", MARCH_5, mexico).build();

        List<Conflict> conflicts = Conflicts.of(List.of(late, early));

        assertThat(conflicts).extracting(Conflict::rule, Conflict::date).containsExactly(
                org.assertj.core.groups.Tuple.tuple(ConflictRule.PERMIT, MARCH_5),
                org.assertj.core.groups.Tuple.tuple(ConflictRule.PERMIT, MARCH_5.plusDays(1)),
                org.assertj.core.groups.Tuple.tuple(ConflictRule.LONG_DAY, MARCH_5.plusDays(1)));
        assertThat(Conflicts.byDate(conflicts).keySet()).containsExactly(MARCH_5, MARCH_5.plusDays(1));
        assertThat(ConflictRule.TOO_FAR.code()).isEqualTo("too-far");
        assertThat(ConflictRule.TOO_FAR.label()).isEqualTo("too far to travel");
        assertThat(early.href("victor-serge")).isEqualTo("/films/victor-serge/schedules/mexico#day-" + early.id());
    }

    private static List<Conflict> rule(ConflictRule rule, ConflictDay... days) {
        return Conflicts.of(List.of(days)).stream().filter(c -> c.rule() == rule).toList();
    }

    private static Location location(String key, String name, Double latitude, Double longitude, PermitStatus permit) {
        Location location = new Location();
        location.key = key;
        location.name = name;
        location.latitude = latitude;
        location.longitude = longitude;
        location.permit = permit;
        return location;
    }

    private static Interview interview(String key, String name, InterviewStatus status) {
        Interview interview = new Interview();
        interview.key = key;
        Person person = new Person();
        person.key = key;
        person.name = name;
        interview.person = person;
        interview.status = status;
        return interview;
    }

    private DayBuilder day(String schedule, LocalDate date, Location location) {
        return new DayBuilder(++ids, schedule, date, location);
    }

    /** A shoot day with only what a test needs. */
    static final class DayBuilder {
        final long id;
        final String schedule;
        final LocalDate date;
        final Location location;
        LocalTime call;
        LocalTime wrap;
        List<String> crew = List.of();
        List<Interview> interviews = List.of();
        int shots;
        ConflictLimits limits = ConflictLimits.DEFAULTS;

        DayBuilder(long id, String schedule, LocalDate date, Location location) {
            this.id = id;
            this.schedule = schedule;
            this.date = date;
            this.location = location;
        }

        DayBuilder crew(String... names) {
            crew = List.of(names);
            return this;
        }

        DayBuilder interviews(Interview... list) {
            interviews = List.of(list);
            return this;
        }

        DayBuilder hours(String from, String to) {
            call = LocalTime.parse(from);
            wrap = LocalTime.parse(to);
            return this;
        }

        DayBuilder shots(int count) {
            shots = count;
            return this;
        }

        DayBuilder limits(ConflictLimits value) {
            limits = value;
            return this;
        }

        ConflictDay build() {
            return new ConflictDay(id, schedule, schedule, date, location, call, wrap, crew, interviews, shots, limits);
        }
    }
}
