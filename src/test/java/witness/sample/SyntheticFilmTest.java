package witness.sample;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import witness.film.Scene;
import witness.film.Sequence;
import witness.film.Shot;
import witness.film.ShotAudio;
import witness.film.ShotKind;
import witness.interview.Interview;
import witness.interview.Testimony;
import witness.interview.Timecode;
import witness.interview.Transcript;
import witness.interview.TranscriptLine;
import witness.location.Location;
import witness.person.Person;
import witness.film.Citation;
import witness.research.ResearchLogEntry;
import witness.source.Source;
import witness.sample.SyntheticFilm.Size;
import witness.schedule.ShootDay;
import witness.testing.Pages;
import witness.testing.SergeFilm;

/** The synthetic film the benchmark uses, made small: its counts, its validity, its determinism, its pages. */
@QuarkusTest
class SyntheticFilmTest {
    static final String SLUG = "synthetic-small";
    private static boolean made;

    @Inject
    SyntheticFilm generator;
    @Inject
    GenerateFilmCommand command;
    @Inject
    Validator validator;

    /** One small film for the tests that only read it. */
    private String film() {
        if (!made) {
            generator.generate(SLUG, Size.SMALL);
            made = true;
        }
        return SLUG;
    }

    @Test
    void theSmallSizeGivesExactlyTheCountsAskedFor() {
        String slug = film();
        Size size = Size.SMALL;

        Map<String, Long> counts = SergeFilm.query(() -> Map.ofEntries(
                Map.entry("sequences", Sequence.count("film.slug", slug)),
                Map.entry("scenes", Scene.count("sequence.film.slug", slug)),
                Map.entry("shots", Shot.count("scene.sequence.film.slug", slug)),
                Map.entry("people", Person.count("film.slug", slug)),
                Map.entry("interviews", Interview.count("film.slug", slug)),
                Map.entry("transcripts", Transcript.count("interview.film.slug", slug)),
                Map.entry("sources", Source.count("film.slug", slug)),
                Map.entry("citations", Citation.count("scene.sequence.film.slug", slug)),
                Map.entry("log entries", ResearchLogEntry.count("film.slug", slug)),
                Map.entry("shoot days", ShootDay.count("schedule.film.slug", slug)),
                Map.entry("locations", Location.count("film.slug", slug))));

        assertThat(counts).containsAllEntriesOf(Map.ofEntries(
                Map.entry("sequences", 2L), Map.entry("scenes", 6L), Map.entry("shots", 24L),
                Map.entry("people", (long) size.people()), Map.entry("interviews", (long) size.interviews()),
                Map.entry("transcripts", (long) size.interviews()), Map.entry("sources", (long) size.sources()),
                Map.entry("citations", (long) size.citations()), Map.entry("log entries", (long) size.logEntries()),
                Map.entry("shoot days", (long) size.shootDays()), Map.entry("locations", (long) size.locations())));
        assertThat(Size.LARGE.shots()).isEqualTo(6000);
    }

    @Test
    void everyScenesPaperEditHasSyncShotsOfItsSpeakersNarrationAndCitations() {
        String slug = film();
        List<Scene> scenes = SergeFilm.query(() -> Scene.<Scene>list("from Scene s left join fetch s.testimonies"
                + " where s.sequence.film.slug = ?1", slug).stream().distinct().toList());
        List<Shot> shots = SergeFilm.query(() -> Shot.<Shot>list("from Shot s left join fetch s.person"
                + " where s.scene.sequence.film.slug = ?1", slug));

        assertThat(scenes).allSatisfy(s -> {
            assertThat(s.testimonies).isNotEmpty();
            assertThat(s.narration.split("\n\n")).hasSizeBetween(2, 4);
        });
        assertThat(scenes).extracting(s -> s.narration).anyMatch(n -> n.matches("(?s).*\\p{IsCyrillic}.*"))
                .anyMatch(n -> n.matches("(?s).*[éèáóíñüö].*"));
        assertThat(shots).anyMatch(s -> s.kind == ShotKind.INTERVIEW && s.audio == ShotAudio.SYNC && s.person != null)
                .anyMatch(s -> s.audio == ShotAudio.VOICE_OVER).anyMatch(s -> s.audio == ShotAudio.MUSIC)
                .allMatch(s -> s.framing != null || s.kind == ShotKind.GRAPHIC || s.kind == ShotKind.CAPTION)
                .allMatch(s -> s.seconds != null && s.description != null);
    }

    @Test
    void everythingItMakesIsValidAndTestimonyTimecodesFollowTheTranscripts() {
        String slug = film();
        List<Object> all = SergeFilm.query(() -> {
            List<Object> entities = new ArrayList<>();
            entities.addAll(Location.list("film.slug", slug));
            entities.addAll(Person.list("film.slug", slug));
            entities.addAll(Interview.list("film.slug", slug));
            entities.addAll(Testimony.list("film.slug", slug));
            entities.addAll(Source.list("film.slug", slug));
            entities.addAll(Sequence.list("film.slug", slug));
            entities.addAll(Scene.list("sequence.film.slug", slug));
            entities.addAll(Shot.list("scene.sequence.film.slug", slug));
            entities.addAll(Citation.list("scene.sequence.film.slug", slug));
            entities.addAll(ResearchLogEntry.list("film.slug", slug));
            entities.addAll(ShootDay.list("schedule.film.slug", slug));
            return entities;
        });
        assertThat(all).allSatisfy(e -> assertThat(validator.validate(e)).as(e.toString()).isEmpty());

        List<Testimony> bites = SergeFilm.query(() -> Testimony.list("film.slug = ?1 and interview is not null", slug));
        assertThat(bites).hasSize(Size.SMALL.interviews() * 10).allSatisfy(t -> {
            assertThat(Timecode.secondsBetween(t.timecodeIn, t.timecodeOut)).isPositive();
            assertThat(t.text).isNotBlank();
        });
        long lines = SergeFilm.query(() -> TranscriptLine.count("transcript.interview.film.slug", slug));
        assertThat(lines).isEqualTo(Size.SMALL.interviews() * 20L);
    }

    @Test
    void theSameSizeMakesTheSameFilmWhateverItsSlug() {
        String one = film();
        String other = "synthetic-twin";
        generator.generate(other, Size.SMALL);

        assertThat(titles(other)).isEqualTo(titles(one)).hasSize(6 + 24 + 20);
    }

    private static List<String> titles(String slug) {
        return SergeFilm.query(() -> {
            List<String> titles = new ArrayList<>();
            Scene.<Scene>list("sequence.film.slug = ?1 order by sequence.position, position", slug)
                    .forEach(s -> titles.add(s.number() + " " + s.title + " | " + s.narration));
            Shot.<Shot>list("scene.sequence.film.slug = ?1 order by scene.sequence.position, scene.position, position",
                    slug).forEach(s -> titles.add(s.number() + " " + s.kind + " " + s.description));
            Source.<Source>list("film.slug = ?1 order by key", slug).forEach(s -> titles.add(s.key + " " + s.title));
            return titles;
        });
    }

    @Test
    void itsPagesAndItsScriptAnswer() {
        String slug = film();
        for (String page : List.of("", "/shots", "/research-log", "/interviews", "/sources", "/schedules")) {
            given().get("/films/{slug}" + page, slug).then().statusCode(200);
        }
        assertThat(Pages.get("/films/{slug}/script.html", slug).select(".scene-heading")).hasSize(6);
    }

    @Test
    void aTakenSlugIsRefusedAndNothingIsWritten() {
        String slug = film();
        long films = SergeFilm.query(() -> witness.core.Film.count());

        assertThatThrownBy(() -> generator.generate(slug, Size.SMALL)).isInstanceOf(SyntheticFilm.Refused.class)
                .hasMessage("There is already a film 'synthetic-small'.");
        assertThat(SergeFilm.query(() -> witness.core.Film.count())).isEqualTo(films);
    }

    @Test
    void theCommandMakesAFilmAndRefusesBadSlugsAndSizes() {
        film();
        assertThat(run("generate-film", "made-by-command", "small")).startsWith("0 Generated 'The Long Exile")
                .contains("/films/made-by-command", "24 shots");
        assertThat(run("generate-film", "Not a Slug", "small")).startsWith("1 'Not a Slug' is not a slug");
        assertThat(run("generate-film", SLUG, "small")).startsWith("1 There is already a film 'synthetic-small'");
        assertThat(run("generate-film", "huge-film", "huge")).startsWith("2 Usage:");
        assertThat(run("generate-film")).startsWith("2 Usage:").contains("generate-film <new-slug> [small|large]");
        assertThat(SergeFilm.query(() -> witness.core.Film.count("slug in ?1", List.of("huge-film", "not-a-slug"))))
                .isZero();
    }

    /** The exit code, a space, and what the command printed. */
    private String run(String... args) {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        try (PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8)) {
            int code = command.run(args, out, out);
            return code + " " + printed.toString(StandardCharsets.UTF_8);
        }
    }
}
