package witness.script;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import witness.script.DraftSnapshot.AudioEntry;
import witness.script.DraftSnapshot.RowEntry;
import witness.script.DraftSnapshot.SceneEntry;
import witness.script.DraftSnapshot.SequenceEntry;

/**
 * What changed from one issued draft of the script to another ({@link DraftSnapshot} {@code before} and
 * {@code after}, either of them the earlier): the sequences, scenes and shots added, omitted, moved and renumbered;
 * the titles, narration, bites and shot descriptions whose words changed, word by word; and the running time, per
 * scene and for the film. Pure: made from the two snapshots alone.
 *
 * <p>What is the same thing in both drafts:
 * <ul>
 * <li>a sequence, a scene or a shot by its key (keys never change). An OMITTED placeholder (a number kept for what
 * was deleted while the numbers were locked) is not a scene or shot of the draft: a scene or shot that is in the
 * first draft and not in the second, or only as OMITTED, is <em>omitted</em>; one in the second and not in the first
 * is <em>added</em>.</li>
 * <li>a scene is <em>moved</em> when it is in another sequence, or when the scenes its sequence held in both drafts
 * are in another order and it is one of those out of their old order (the fewest: the longest run that kept its order
 * stays put, so that adding a scene before others moves none of them); a shot likewise, by its scene and its place
 * among the shots its scene held in both. <em>Renumbered</em>: the same key, another printed number ("2.3" →
 * "2.3A"), whether or not it moved.</li>
 * <li>a scene's narration by its paragraphs in order, as the script shares them out over its rows: the paragraphs of
 * the two drafts are lined up (the unchanged ones match), and a changed one is set against the changed one in the
 * same place, word by word; the rest are added or removed whole.</li>
 * <li>a bite by its speaker and its order among that speaker's bites in the scene, lined up in the same way by
 * their words (so that adding a bite before another of the same person does not make both "changed"). A bite's
 * timecodes are not compared, nor are cues (MUSIC, VOICE-OVER): they follow from the shots.</li>
 * <li>a shot's description by the shot's key; a scene's and a sequence's title by their key.</li>
 * </ul>
 * The scenes and shots of an added or omitted sequence or scene are listed as added or omitted too. Running times
 * are the script's own (a scene's shots' estimates, or the scene's estimate): an omitted scene counts for nothing.
 *
 * <p>Words are compared as runs of non-blank characters (line breaks inside a paragraph count as spaces); a run of
 * words inserted is one {@code <ins>}, a run removed one {@code <del>}, in {@link Words#html()}, which escapes the
 * words themselves.
 */
public record DraftComparison(int secondsBefore, int secondsAfter, List<SequenceChange> sequences,
        List<SceneChange> scenes) {

    /** What changed in a sequence: added or omitted whole, renumbered, or retitled (title: null when the same). */
    public record SequenceChange(String key, String numberBefore, String numberAfter, String titleBefore,
            String titleAfter, boolean added, boolean omitted, Words title) {
        public boolean renumbered() {
            return !added && !omitted && !Objects.equals(numberBefore, numberAfter);
        }

        /** Its number and title as the newer of the two drafts holding it prints them. */
        public String heading() {
            return omitted ? numberBefore + " " + titleBefore : numberAfter + " " + titleAfter;
        }
    }

    /**
     * A scene that changed in any way: its place (sequence key and heading, and its number, in each draft; null where
     * absent), its
     * title's words when they changed, the narration paragraphs and bites whose words changed, its shots that
     * changed, and its running time in each draft (0 where absent or omitted).
     */
    public record SceneChange(String key, String numberBefore, String numberAfter, String titleBefore,
            String titleAfter, String sequenceBefore, String sequenceAfter, String inSequenceBefore,
            String inSequenceAfter, boolean added, boolean omitted, boolean moved, Words title, List<Words> narration,
            List<BiteChange> bites, List<ShotChange> shots, int secondsBefore, int secondsAfter) {

        public boolean renumbered() {
            return !added && !omitted && !Objects.equals(numberBefore, numberAfter);
        }

        /** Whether it moved into another sequence (rather than to another place in its own). */
        public boolean changedSequence() {
            return moved && !Objects.equals(sequenceBefore, sequenceAfter);
        }

        /** The number it is known by: the new one, or the old one of a scene omitted. */
        public String number() {
            return omitted ? numberBefore : numberAfter;
        }

        public String heading() {
            return omitted ? titleBefore : titleAfter;
        }

        public int difference() {
            return secondsAfter - secondsBefore;
        }

        /** "+0:45", "−1:10", "0:00". */
        public String time() {
            return DraftComparison.signed(difference());
        }

        /** Whether the words (title, narration, bites, shot descriptions) of a scene in both drafts changed. */
        public boolean reworded() {
            return !added && !omitted && (title != null || !narration.isEmpty() || !bites.isEmpty()
                    || shots.stream().anyMatch(ShotChange::reworded));
        }

        /** Whether anything but its running time changed: what the page lists of it. */
        public boolean listed() {
            return added || omitted || moved || renumbered() || title != null || !narration.isEmpty()
                    || !bites.isEmpty() || !shots.isEmpty();
        }

        boolean changed() {
            return listed() || difference() != 0;
        }
    }

    /** A bite whose words changed (or that was added or removed: its words all inserted or all deleted). */
    public record BiteChange(String speaker, Words words) {
    }

    /**
     * A shot that changed: its scene (key and heading) and number in each draft (null where absent), and its
     * description's words when they changed (for an added or omitted shot: all its words).
     */
    public record ShotChange(String key, String numberBefore, String numberAfter, String sceneBefore,
            String sceneAfter, String inSceneBefore, String inSceneAfter, boolean added, boolean omitted,
            boolean moved, Words description) {
        public boolean renumbered() {
            return !added && !omitted && !Objects.equals(numberBefore, numberAfter);
        }

        public boolean changedScene() {
            return moved && !Objects.equals(sceneBefore, sceneAfter);
        }

        public String number() {
            return omitted ? numberBefore : numberAfter;
        }

        /** Whether its description's words changed (an added or omitted shot's description is new or gone). */
        public boolean reworded() {
            return description != null && !added && !omitted;
        }
    }

    /** A text as compared: the words kept, inserted and removed, in reading order. */
    public record Words(List<Piece> pieces) {
        public enum Kind { SAME, INSERTED, REMOVED }

        public record Piece(Kind kind, String text) {
        }

        /** The pieces inserted, each a run of words. */
        public List<String> inserted() {
            return pieces.stream().filter(p -> p.kind == Kind.INSERTED).map(Piece::text).toList();
        }

        public List<String> removed() {
            return pieces.stream().filter(p -> p.kind == Kind.REMOVED).map(Piece::text).toList();
        }

        /** The text as the earlier draft had it. */
        public String before() {
            return text(Kind.INSERTED);
        }

        /** The text as the later draft has it. */
        public String after() {
            return text(Kind.REMOVED);
        }

        private String text(Kind left) {
            return String.join(" ", pieces.stream().filter(p -> p.kind != left).map(Piece::text).toList());
        }

        /** New whole: nothing of it was there before. */
        public boolean allNew() {
            return pieces.stream().allMatch(p -> p.kind == Kind.INSERTED);
        }

        /** Gone whole: nothing of it is left. */
        public boolean allGone() {
            return pieces.stream().allMatch(p -> p.kind == Kind.REMOVED);
        }

        /**
         * The text with {@code <ins>} around each run of words inserted and {@code <del>} around each run removed;
         * every word escaped, so that the markup is the only HTML in it.
         */
        public String html() {
            StringBuilder html = new StringBuilder();
            for (Piece p : pieces) {
                if (!html.isEmpty()) {
                    html.append(' ');
                }
                String words = escaped(p.text);
                switch (p.kind) {
                    case INSERTED -> html.append("<ins>").append(words).append("</ins>");
                    case REMOVED -> html.append("<del>").append(words).append("</del>");
                    default -> html.append(words);
                }
            }
            return html.toString();
        }

        static Words of(String before, String after) {
            List<String> a = words(before);
            List<String> b = words(after);
            List<Piece> pieces = new ArrayList<>();
            int at = 0;
            for (AbstractDelta<String> delta : DiffUtils.diff(a, b).getDeltas()) {
                int from = delta.getSource().getPosition();
                add(pieces, Kind.SAME, a.subList(at, from));
                add(pieces, Kind.REMOVED, delta.getSource().getLines());
                add(pieces, Kind.INSERTED, delta.getTarget().getLines());
                at = from + delta.getSource().size();
            }
            add(pieces, Kind.SAME, a.subList(at, a.size()));
            return new Words(List.copyOf(pieces));
        }

        private static void add(List<Piece> pieces, Kind kind, List<String> words) {
            if (!words.isEmpty()) {
                pieces.add(new Piece(kind, String.join(" ", words)));
            }
        }

        private static List<String> words(String text) {
            if (text == null || text.isBlank()) {
                return List.of();
            }
            return List.of(text.strip().split("\\s+"));
        }
    }

    /** The film's running time in the second draft less that in the first. */
    public int difference() {
        return secondsAfter - secondsBefore;
    }

    /** The film's difference as "+2:05" or "−0:40". */
    public String time() {
        return signed(difference());
    }

    public boolean unchanged() {
        return sequences.isEmpty() && scenes.isEmpty() && difference() == 0;
    }

    public List<SceneChange> scenesAdded() {
        return scenes.stream().filter(SceneChange::added).toList();
    }

    public List<SceneChange> scenesOmitted() {
        return scenes.stream().filter(SceneChange::omitted).toList();
    }

    public List<SceneChange> scenesMoved() {
        return scenes.stream().filter(SceneChange::moved).toList();
    }

    public List<SceneChange> scenesRenumbered() {
        return scenes.stream().filter(SceneChange::renumbered).toList();
    }

    /** The scenes whose title, narration, bites or shot descriptions changed. */
    public List<SceneChange> scenesReworded() {
        return scenes.stream().filter(SceneChange::reworded).toList();
    }

    public List<ShotChange> shots() {
        return scenes.stream().flatMap(s -> s.shots.stream()).toList();
    }

    public List<ShotChange> shotsAdded() {
        return shots().stream().filter(ShotChange::added).toList();
    }

    public List<ShotChange> shotsOmitted() {
        return shots().stream().filter(ShotChange::omitted).toList();
    }

    public List<ShotChange> shotsMoved() {
        return shots().stream().filter(ShotChange::moved).toList();
    }

    public List<ShotChange> shotsRenumbered() {
        return shots().stream().filter(ShotChange::renumbered).toList();
    }

    /** The change of a scene, if it changed. */
    public SceneChange scene(String key) {
        return scenes.stream().filter(s -> s.key.equals(key)).findFirst().orElse(null);
    }

    /** What changed from {@code before} to {@code after}. */
    public static DraftComparison of(DraftSnapshot before, DraftSnapshot after) {
        return new DraftComparison(before.seconds(), after.seconds(), sequences(before, after),
                scenes(before, after));
    }

    private static List<SequenceChange> sequences(DraftSnapshot before, DraftSnapshot after) {
        Map<String, SequenceEntry> was = present(before.sequences(), SequenceEntry::key, SequenceEntry::omitted);
        Map<String, SequenceEntry> is = present(after.sequences(), SequenceEntry::key, SequenceEntry::omitted);
        List<SequenceChange> changes = new ArrayList<>();
        for (SequenceEntry q : is.values()) {
            SequenceEntry old = was.get(q.key());
            if (old == null) {
                changes.add(new SequenceChange(q.key(), null, q.number(), null, q.title(), true, false, null));
            } else {
                Words title = reworded(old.title(), q.title());
                if (title != null || !Objects.equals(old.number(), q.number())) {
                    changes.add(new SequenceChange(q.key(), old.number(), q.number(), old.title(), q.title(), false,
                            false, title));
                }
            }
        }
        was.values().stream().filter(q -> !is.containsKey(q.key())).forEach(q -> changes.add(
                new SequenceChange(q.key(), q.number(), null, q.title(), null, false, true, null)));
        return List.copyOf(changes);
    }

    /** A scene of a draft with the key and heading of its sequence. */
    private record Placed(String sequence, String heading, SceneEntry scene) {
    }

    /** A shot of a draft with the key and heading of its scene. */
    private record Filmed(String scene, String heading, RowEntry row) {
    }

    private static List<SceneChange> scenes(DraftSnapshot before, DraftSnapshot after) {
        Map<String, Placed> was = scenesOf(before);
        Map<String, Placed> is = scenesOf(after);
        Set<String> movedScenes = movedWithin(was, is, Placed::sequence);
        Map<String, Filmed> shotsWere = shotsOf(was);
        Map<String, Filmed> shotsAre = shotsOf(is);
        Set<String> movedShots = movedWithin(shotsWere, shotsAre, Filmed::scene);

        Map<String, List<ShotChange>> shotsByScene = new LinkedHashMap<>();
        for (Filmed f : shotsAre.values()) {
            Filmed old = shotsWere.get(f.row.shot());
            ShotChange change = old == null
                    ? new ShotChange(f.row.shot(), null, f.row.number(), null, f.scene, null, f.heading, true, false,
                            false, Words.of(null, f.row.description()))
                    : new ShotChange(f.row.shot(), old.row.number(), f.row.number(), old.scene, f.scene, old.heading,
                            f.heading, false, false, movedShots.contains(f.row.shot()),
                            reworded(old.row.description(), f.row.description()));
            if (change.added || change.moved || change.renumbered() || change.description != null) {
                shotsByScene.computeIfAbsent(f.scene, k -> new ArrayList<>()).add(change);
            }
        }
        shotsWere.values().stream().filter(f -> !shotsAre.containsKey(f.row.shot())).forEach(f -> shotsByScene
                .computeIfAbsent(f.scene, k -> new ArrayList<>()).add(new ShotChange(f.row.shot(), f.row.number(),
                        null, f.scene, null, f.heading, null, false, true, false,
                        Words.of(f.row.description(), null))));

        List<SceneChange> changes = new ArrayList<>();
        for (Placed p : is.values()) {
            Placed old = was.get(p.scene.key());
            SceneEntry s = p.scene;
            List<ShotChange> shots = shotsByScene.getOrDefault(s.key(), List.of());
            SceneChange change = old == null
                    ? new SceneChange(s.key(), null, s.number(), null, s.title(), null, p.sequence, null, p.heading,
                            true, false, false, null, texts(List.of(), narration(s)), bites(null, s), shots, 0,
                            s.seconds())
                    : new SceneChange(s.key(), old.scene.number(), s.number(), old.scene.title(), s.title(),
                            old.sequence, p.sequence, old.heading, p.heading, false, false,
                            movedScenes.contains(s.key()), reworded(old.scene.title(), s.title()),
                            texts(narration(old.scene), narration(s)), bites(old.scene, s), shots,
                            old.scene.seconds(), s.seconds());
            if (change.changed()) {
                changes.add(change);
            }
        }
        for (Placed p : was.values()) {
            SceneEntry s = p.scene;
            if (!is.containsKey(s.key())) {
                changes.add(new SceneChange(s.key(), s.number(), null, s.title(), null, p.sequence, null, p.heading,
                        null, false, true, false, null, texts(narration(s), List.of()), bites(s, null),
                        shotsByScene.getOrDefault(s.key(), List.of()), s.seconds(), 0));
            }
        }
        return List.copyOf(changes);
    }

    /** The draft's scenes that are not OMITTED, in script order, by key. */
    private static Map<String, Placed> scenesOf(DraftSnapshot draft) {
        Map<String, Placed> scenes = new LinkedHashMap<>();
        for (SequenceEntry q : draft.sequences()) {
            for (SceneEntry s : q.scenes()) {
                if (!s.omitted() && !q.omitted()) {
                    scenes.putIfAbsent(s.key(), new Placed(q.key(), q.number() + " " + q.title(), s));
                }
            }
        }
        return scenes;
    }

    /** The shots of these scenes that are not OMITTED, in script order, by key. */
    private static Map<String, Filmed> shotsOf(Map<String, Placed> scenes) {
        Map<String, Filmed> shots = new LinkedHashMap<>();
        for (Placed p : scenes.values()) {
            for (RowEntry r : p.scene.rows()) {
                if (r.shot() != null && !r.omitted()) {
                    String heading = p.scene.number() + " " + p.scene.title();
                    shots.putIfAbsent(r.shot(), new Filmed(p.scene.key(), heading, r));
                }
            }
        }
        return shots;
    }

    private static <T> Map<String, T> present(List<T> items, Function<T, String> key, Function<T, Boolean> omitted) {
        Map<String, T> present = new LinkedHashMap<>();
        items.stream().filter(i -> !omitted.apply(i)).forEach(i -> present.putIfAbsent(key.apply(i), i));
        return present;
    }

    /**
     * The keys (of things in both drafts) that moved: into another parent, or out of the order of the longest run of
     * their parent's items (of those in both, in that parent in both) that kept their order.
     */
    private static <T> Set<String> movedWithin(Map<String, T> was, Map<String, T> is, Function<T, String> parent) {
        Set<String> moved = new HashSet<>();
        Map<String, List<String>> before = new LinkedHashMap<>();
        Map<String, List<String>> after = new LinkedHashMap<>();
        was.forEach((key, old) -> {
            T now = is.get(key);
            if (now == null) {
                return;
            }
            if (!parent.apply(old).equals(parent.apply(now))) {
                moved.add(key);
            } else {
                before.computeIfAbsent(parent.apply(old), k -> new ArrayList<>()).add(key);
            }
        });
        is.forEach((key, now) -> {
            T old = was.get(key);
            if (old != null && parent.apply(old).equals(parent.apply(now))) {
                after.computeIfAbsent(parent.apply(now), k -> new ArrayList<>()).add(key);
            }
        });
        before.forEach((p, keys) -> {
            for (AbstractDelta<String> delta : DiffUtils.diff(keys, after.get(p)).getDeltas()) {
                moved.addAll(delta.getSource().getLines());
                moved.addAll(delta.getTarget().getLines());
            }
        });
        return moved;
    }

    /** The scene's narration paragraphs, in the order of its rows. */
    private static List<String> narration(SceneEntry scene) {
        List<String> paragraphs = new ArrayList<>();
        for (RowEntry r : scene.rows()) {
            r.audio().stream().filter(a -> a.kind().equals("narration")).forEach(a -> paragraphs.add(a.text()));
        }
        return paragraphs;
    }

    /** The bites whose words changed, speaker by speaker in the order they are first heard. */
    private static List<BiteChange> bites(SceneEntry before, SceneEntry after) {
        Map<String, List<String>> was = bitesBySpeaker(before);
        Map<String, List<String>> is = bitesBySpeaker(after);
        Map<String, Boolean> speakers = new LinkedHashMap<>();
        is.keySet().forEach(s -> speakers.put(s, true));
        was.keySet().forEach(s -> speakers.put(s, true));
        List<BiteChange> changes = new ArrayList<>();
        for (String speaker : speakers.keySet()) {
            texts(was.getOrDefault(speaker, List.of()), is.getOrDefault(speaker, List.of()))
                    .forEach(w -> changes.add(new BiteChange(speaker, w)));
        }
        return List.copyOf(changes);
    }

    private static Map<String, List<String>> bitesBySpeaker(SceneEntry scene) {
        Map<String, List<String>> bites = new LinkedHashMap<>();
        if (scene != null) {
            for (RowEntry r : scene.rows()) {
                for (AudioEntry a : r.audio()) {
                    if (a.kind().equals("bite")) {
                        bites.computeIfAbsent(a.speaker() == null ? "" : a.speaker(), k -> new ArrayList<>())
                                .add(a.text());
                    }
                }
            }
        }
        return bites;
    }

    /**
     * The texts that differ between two lists of texts in order (paragraphs, one speaker's bites): lined up so that
     * equal texts match; in a changed stretch the n-th text before is set against the n-th after, and the others
     * are added or removed whole.
     */
    static List<Words> texts(List<String> before, List<String> after) {
        List<Words> changed = new ArrayList<>();
        for (AbstractDelta<String> delta : DiffUtils.diff(before, after).getDeltas()) {
            List<String> was = delta.getSource().getLines();
            List<String> is = delta.getTarget().getLines();
            for (int i = 0; i < Math.max(was.size(), is.size()); i++) {
                changed.add(Words.of(i < was.size() ? was.get(i) : null, i < is.size() ? is.get(i) : null));
            }
        }
        return List.copyOf(changed);
    }

    /** The words compared, or null when they are the same (blank and absent are the same). */
    private static Words reworded(String before, String after) {
        Words words = Words.of(before, after);
        return words.pieces().stream().allMatch(p -> p.kind() == Words.Kind.SAME) ? null : words;
    }

    /** A difference in seconds as "+0:45", "−1:10" (a minus sign), "+1:02:05", or "0:00". */
    static String signed(int seconds) {
        int abs = Math.abs(seconds);
        String time = abs >= 3600 ? abs / 3600 + ":" + String.format("%02d:%02d", abs % 3600 / 60, abs % 60)
                : abs / 60 + ":" + String.format("%02d", abs % 60);
        return (seconds > 0 ? "+" : seconds < 0 ? "\u2212" : "") + time;
    }

    /** Escapes the characters HTML gives a meaning to. */
    static String escaped(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
