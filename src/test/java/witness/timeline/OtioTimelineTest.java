package witness.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import witness.timeline.OtioReader.Item;
import witness.timeline.OtioReader.Marker;
import witness.timeline.OtioReader.Time;
import witness.timeline.OtioReader.Timeline;
import witness.timeline.OtioReader.Track;

/** The paper edit as an OpenTimelineIO timeline, read back by a reader of the schema. */
class OtioTimelineTest {

    @Test
    void theTimelineStartsAtTheRecordStartWithAVideoAndAnAudioTrack() throws Exception {
        Timeline timeline = OtioReader.read(OtioTimeline.write(PaperEdits.orenburg()));
        assertThat(timeline.name()).isEqualTo("Witness – Orenburg, cut 1");
        assertThat(timeline.globalStart()).isEqualTo(new Time(90_000, 25));
        assertThat(timeline.tracks()).extracting(Track::name, Track::kind)
                .containsExactly(tuple("V1", "Video"),
                        tuple("A1", "Audio"));
    }

    @Test
    void eachClipTakesItsBiteFromItsRushesFile() throws Exception {
        Timeline timeline = OtioReader.read(OtioTimeline.write(PaperEdits.orenburg()));
        assertThat(timeline.track("Video").items()).extracting(OtioTimelineTest::describe).containsExactly(
                "Clip.2 A001_C003 903330+135@25.0",
                "Gap.1  0+75@25.0",
                "Clip.2 B002_C011 990020+35@25.0",
                "Clip.2 A001_C007 923999+2@25.0");
        assertThat(timeline.track("Audio").items()).extracting(Item::name, i -> (long) i.duration().value())
                .containsExactly(tuple("A001_C003", 135L),
                        tuple("Café Müller ambience", 75L),
                        tuple("B002_C011", 35L),
                        tuple("A001_C007", 2L));
        assertThat(timeline.track("Audio").items()).extracting(Item::targetUrl).containsExactly(
                "file:///rushes/day%201/A001_C003.mov", "SR3_014.wav", "file:///rushes/day2/B002_C011.mov",
                "file:///rushes/day%201/A001_C007.mov");
    }

    @Test
    void theTracksLastTheSameSoTheyStayInSync() throws Exception {
        for (PaperEditTimeline edit : List.of(PaperEdits.orenburg(), PaperEdits.dropFrame(), PaperEdits.film())) {
            Timeline timeline = OtioReader.read(OtioTimeline.write(edit));
            assertThat(timeline.track("Video").frames()).as(edit.title())
                    .isEqualTo(timeline.track("Audio").frames());
        }
        assertThat(OtioReader.read(OtioTimeline.write(PaperEdits.orenburg())).track("Video").frames())
                .isEqualTo(247);
        assertThat(OtioReader.read(OtioTimeline.write(PaperEdits.dropFrame())).track("Audio").frames())
                .isEqualTo(1822);
    }

    @Test
    void eachSceneStartIsAMarkerOnTheVideoTrack() throws Exception {
        Timeline timeline = OtioReader.read(OtioTimeline.write(PaperEdits.orenburg()));
        assertThat(timeline.track("Video").markers()).containsExactly(
                new Marker("2.3 Orenburg, зима", "GREEN", new Time(0, 25), new Time(0, 25)),
                new Marker("2.4 The archive", "GREEN", new Time(210, 25), new Time(0, 25)));
        assertThat(timeline.track("Audio").markers()).isEmpty();
        assertThat(OtioReader.read(OtioTimeline.write(PaperEdits.dropFrame())).track("Video").markers())
                .extracting(Marker::name, m -> (long) m.start().value())
                .containsExactly(tuple("1.1 Steppe", 0L),
                        tuple("1.2 Road", 1818L));
    }

    @Test
    void ntscRatesAreWrittenAsTheirTrueFractions() throws Exception {
        Timeline df = OtioReader.read(OtioTimeline.write(PaperEdits.dropFrame()));
        assertThat(df.globalStart().value()).isEqualTo(107_892);
        assertThat(df.globalStart().rate()).isCloseTo(29.97002997, within(1e-8));
        assertThat(df.track("Video").items()).extracting(i -> (long) i.start().value(),
                i -> (long) i.duration().value(), Item::schema).containsExactly(
                tuple(1790L, 18L, "Clip.2"),
                tuple(17_982L, 1800L, "Clip.2"),
                tuple(0L, 4L, "Gap.1"));
        Timeline film = OtioReader.read(OtioTimeline.write(PaperEdits.film()));
        assertThat(film.globalStart()).satisfies(t -> {
            assertThat(t.value()).isEqualTo(86_400);
            assertThat(t.rate()).isCloseTo(23.976023976, within(1e-8));
        });
        assertThat(film.track("Video").items()).extracting(i -> (long) i.start().value()).containsExactly(260L,
                89_375L);
    }

    /** "Clip.2 A001_C003 903330+135@25.0": schema, name, source start and duration in frames, rate. */
    private static String describe(Item item) {
        return item.schema() + " " + item.name() + " " + (long) item.start().value() + "+"
                + (long) item.duration().value() + "@" + item.start().rate();
    }
}
