package witness.script;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import witness.core.Film;
import witness.film.Scene;
import witness.film.Shot;
import witness.film.ShotStatus;
import witness.interview.Interview;
import witness.interview.Testimony;
import witness.person.Person;
import witness.script.FountainReader.Element;
import witness.script.FountainReader.Script;
import witness.script.FountainReader.Type;
import witness.testing.FilmCopies;
import witness.testing.SergeFilm;

@QuarkusTest
class FountainScriptTest {
    static final LocalDate DAY = LocalDate.of(2026, 12, 1);
    static final String HOSTILE = "INT. HOUSE - DAY\n\nVLADY\n\n[[x]] <script>alert(1)</script> *not bold* /* no bone */";
    static final String BRACKETED_NOTE = "Check ]] the [[ brackets";
    static final String CONTROLLED = "Séjourné\u0001 at her \u0007desk\uFFFF, Виктор Серж";
    static final String GORKIN_CYRILLIC = "Хулиан Горкин";
    /** The copy of the Serge film with a Vlady bite, hostile text and a Cyrillic name; made once. */
    private static String edited;

    @Inject
    FountainScript fountain;

    @Test
    void wholeFilmHasTitlePageSectionsAndEveryNumberedSceneHeading() {
        List<Integer> progress = new ArrayList<>();
        Script script = FountainReader.read(write(SergeFilm.SLUG, ScriptOptions.whole(), (done, total) -> {
            assertThat(total).isEqualTo(SergeFilm.query(() -> Scene.ofFilm(serge()).size()));
            progress.add(done);
        }));

        assertThat(script.titlePage()).containsEntry("Title", SergeFilm.query(() -> serge().title))
                .containsEntry("Credit", "Shooting script").containsEntry("Draft date", "Draft, 1 December 2026");
        assertThat(script.titlePage().get("Notes")).startsWith("Channel Four\nWhole film, running time ");
        List<String> headings = SergeFilm.query(() -> Scene.ofFilm(serge()).stream()
                .map(s -> s.number() + " " + s.title).toList());
        assertThat(script.of(Type.SCENE_HEADING).stream().map(e -> e.extra() + " " + e.text().split(" \u2014 ")[0]))
                .containsExactlyElementsOf(headings);
        assertThat(script.texts(Type.SECTION)).hasSize(3).first().isEqualTo("1 Prologue: a death in a Mexico City taxi (1947)");
        assertThat(script.of(Type.PAGE_BREAK)).hasSize(2);
        assertThat(script.texts(Type.SYNOPSIS)).anyMatch(s -> s.startsWith("Open on the end: a stateless exile dies"))
                .anyMatch(s -> s.startsWith("Running time "));
        assertThat(progress).hasSize(headings.size()).last().isEqualTo(headings.size());
    }

    @Test
    void shotsAreActionAndNarrationIsNarratorVoiceOverDialogue() {
        Script script = FountainReader.read(write(SergeFilm.SLUG, ScriptOptions.whole(), Progress.NONE));

        assertThat(script.texts(Type.ACTION)).contains("1.1.1 \u2014 caption, WS, static, 5 s",
                "White on black: Mexico City, Monday 17 November 1947.", "MUSIC");
        assertThat(script.texts(Type.ACTION)).anyMatch(a -> a.startsWith("Source: "));
        assertThat(spoken(script, "NARRATOR", "V.O.")).anyMatch(d -> d.contains("A man gets into a taxi."));
        assertThat(spoken(script, "JULIAN GORKIN", "READ")).anyMatch(d -> d.startsWith("His upturned soles"));
    }

    @Test
    void citationsAreNumberedNotesAfterTheirSceneAndMarksOnTheirShots() {
        Script script = FountainReader.read(write(SergeFilm.SLUG, ScriptOptions.whole(), Progress.NONE));

        assertThat(script.texts(Type.NOTE)).contains("1", "2")
                .anyMatch(n -> n.startsWith("1. ") && n.length() > 10 && !n.contains("<") && !n.contains("&#"));
        int firstNote = indexOf(script, Type.NOTE, n -> n.startsWith("1. "));
        List<Integer> headings = positions(script, Type.SCENE_HEADING);
        assertThat(firstNote).isBetween(headings.get(0), headings.get(1));
        assertThat(script.texts(Type.NOTE)).anyMatch(n -> n.startsWith("Note: Period taxi to find"));
    }

    @Test
    void syncBiteIsDialogueOfItsSpeakerWithTimecodesAndWrittenWordsAreMarkedRead() {
        Script script = FountainReader.read(write(edited(), ScriptOptions.whole(), Progress.NONE));

        int vlady = indexOf(script, Type.CHARACTER, c -> c.equals("VLADY KIBALCHICH"));
        assertThat(script.elements().get(vlady).extra()).isNull();
        assertThat(script.elements().get(vlady + 1)).isEqualTo(new Element(Type.PARENTHETICAL, "00:12:30\u201300:13:05"));
        assertThat(script.elements().get(vlady + 2)).isEqualTo(new Element(Type.DIALOGUE,
                "We spent the winter at the villa.\n\nThen the boat to Mexico."));
        assertThat(spoken(script, GORKIN_CYRILLIC.toUpperCase(), "READ")).anyMatch(d -> d.startsWith("His upturned"));
    }

    @Test
    void userTextThatLooksLikeMarkupStaysActionAndOneNote() {
        Script script = FountainReader.read(write(edited(), ScriptOptions.whole(), Progress.NONE));

        assertThat(script.texts(Type.ACTION)).contains("INT. HOUSE - DAY", "VLADY",
                "[ [x] ] <script>alert(1)</script> *not bold* /* no bone */", "Séjourné at her desk, Виктор Серж");
        assertThat(script.texts(Type.SCENE_HEADING)).noneMatch(h -> h.contains("HOUSE"));
        assertThat(script.texts(Type.CHARACTER)).doesNotContain("VLADY");
        assertThat(script.texts(Type.NOTE)).doesNotContain("x").contains("Note: Check ] ] the [ [ brackets");
        assertThat(script.of(Type.SCENE_HEADING)).hasSize(FountainReader.read(
                write(SergeFilm.SLUG, ScriptOptions.whole(), Progress.NONE)).of(Type.SCENE_HEADING).size());
    }

    @Test
    void optionsLeaveOutCitationsAndNotesAndPutInDroppedShotsVersionAndWatermark() {
        ScriptOptions options = new ScriptOptions(null, List.of(), true, false, false, Watermark.CONFIDENTIAL,
                "Second draft");
        Script whole = FountainReader.read(write(edited(), ScriptOptions.whole(), Progress.NONE));
        Script chosen = FountainReader.read(write(edited(), options, Progress.NONE));

        assertThat(whole.texts(Type.ACTION)).noneMatch(a -> a.contains("(dropped)"));
        assertThat(chosen.texts(Type.ACTION)).contains("1.1.4 \u2014 location, EWS, static, 12 s (dropped)");
        assertThat(chosen.texts(Type.NOTE)).isEmpty();
        assertThat(chosen.titlePage()).containsEntry("Draft date", "Second draft, 1 December 2026");
        assertThat(chosen.titlePage().get("Notes")).endsWith("\nCONFIDENTIAL");
        assertThat(whole.titlePage().get("Notes")).doesNotContain("CONFIDENTIAL");
    }

    @Test
    void oneSequenceHasOnlyItsScenes() {
        ScriptOptions options = SergeFilm.query(() -> ScriptOptions.of(serge(), "orenburg", null, null, null, null,
                null, null));
        Script script = FountainReader.read(write(SergeFilm.SLUG, options, Progress.NONE));

        assertThat(script.texts(Type.SECTION)).containsExactly("2 Orenburg exile (1933\u201336)");
        assertThat(script.of(Type.SCENE_HEADING)).allMatch(h -> h.extra().startsWith("2."));
        assertThat(script.of(Type.PAGE_BREAK)).isEmpty();
    }

    // ---------------------------------------------------------------- helpers

    /** The dialogue of a character with an extension (or none), every time it speaks. */
    static List<String> spoken(Script script, String character, String extension) {
        List<String> words = new ArrayList<>();
        List<Element> all = script.elements();
        for (int i = 0; i < all.size(); i++) {
            Element e = all.get(i);
            if (e.type() == Type.CHARACTER && e.text().equals(character) && java.util.Objects.equals(e.extra(), extension)) {
                int j = i + 1;
                while (j < all.size() && all.get(j).type() == Type.PARENTHETICAL) {
                    j++;
                }
                if (j < all.size() && all.get(j).type() == Type.DIALOGUE) {
                    words.add(all.get(j).text());
                }
            }
        }
        return words;
    }

    static List<Integer> positions(Script script, Type type) {
        List<Integer> found = new ArrayList<>();
        for (int i = 0; i < script.elements().size(); i++) {
            if (script.elements().get(i).type() == type) {
                found.add(i);
            }
        }
        return found;
    }

    static int indexOf(Script script, Type type, java.util.function.Predicate<String> text) {
        List<Element> all = script.elements();
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).type() == type && text.test(all.get(i).text())) {
                return i;
            }
        }
        throw new AssertionError("no " + type + " as expected in " + all);
    }

    String write(String slug, ScriptOptions options, Progress progress) {
        return new String(export(fountain, slug, options, progress), StandardCharsets.UTF_8);
    }

    /** The model is built in a transaction, as the resource builds it; the format writes it afterwards. */
    static byte[] export(ScriptFormat format, String slug, ScriptOptions options, Progress progress) {
        ShootingScript script = QuarkusTransaction.requiringNew().call(() -> ScriptAssembly.of(
                Film.bySlug(slug).orElseThrow(), options, DAY));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            format.write(script, out, progress);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static Film serge() {
        return Film.bySlug(SergeFilm.SLUG).orElseThrow();
    }

    /**
     * A copy of the Serge film with what the dossier lacks: a sync bite of Vlady (two paragraphs, timecoded)
     * in the Marseille scene, a shot description that looks like Fountain markup, a note with brackets, a
     * description with control characters, a Cyrillic name for Gorkin and a dropped shot.
     */
    static synchronized String edited() {
        if (edited == null) {
            String slug = FilmCopies.ofSerge("script-formats");
            QuarkusTransaction.requiringNew().run(() -> edit(Film.bySlug(slug).orElseThrow()));
            edited = slug;
        }
        return edited;
    }

    private static void edit(Film film) {
        Testimony bite = new Testimony();
        bite.film = film;
        bite.key = "vlady-villa";
        bite.person = Person.byKey(film, "vlady").orElseThrow();
        bite.interview = Interview.byKey(film, "vlady").orElseThrow();
        bite.timecodeIn = "00:12:30";
        bite.timecodeOut = "00:13:05";
        bite.text = "We spent the winter\nat the villa.\n\nThen the boat to Mexico.";
        bite.persist();
        Scene.byKey(film, "mexico-marseille").orElseThrow().testimonies.add(bite);
        Shot hostile = Shot.byKey(film, "prologue-taxi-1").orElseThrow();
        hostile.description = HOSTILE;
        hostile.notes = BRACKETED_NOTE;
        Shot.byKey(film, "prologue-taxi-2").orElseThrow().description = CONTROLLED;
        Shot.byKey(film, "prologue-taxi-4").orElseThrow().status = ShotStatus.DROPPED;
        Person.byKey(film, "julian-gorkin").orElseThrow().name = GORKIN_CYRILLIC;
    }
}
