package witness.history;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import witness.core.Film;
import witness.film.Scene;
import witness.film.Shot;
import witness.interview.Interview;
import witness.interview.ReleaseForm;
import witness.interview.Transcript;
import witness.film.Citation;
import witness.source.Source;
import witness.security.Access;

/**
 * Reads the history of a scene (with its shots and citations), an interview (with its transcript and, for
 * producers, its release form scan) or a source (with its authors) from the audit tables: a handful of
 * queries, whatever the number of revisions.
 */
@ApplicationScoped
public class History {
    static final String CREATED = "created", CHANGED = "changed", DELETED = "deleted", RESTORED = "restored",
            BASELINE = "recorded when the history began";
    /** The revision V11 writes for what an installation already held. */
    static final long BASELINE_REVISION = 1;

    @Inject Access access;
    @Inject Kinds kinds;

    @Transactional
    public HistoryPage ofScene(Film film, Scene scene) {
        Kind shots = kinds.of(Shot.class), citations = kinds.of(Citation.class);
        Builder b = new Builder(new Names(kinds));
        b.item(kinds.of(Scene.class), "a.id = ?", scene.id, row -> "The scene");
        b.item(shots, everIn(shots, "scene"), scene.id, row -> "Shot " + row.get(shots.keyColumn()));
        b.item(citations, everIn(citations, "scene"), scene.id,
                row -> "Citation (footnote " + row.get(citations.column("position")) + ")");
        return new HistoryPage("the scene " + scene.number() + " " + scene.title,
                "/films/" + film.slug + "/scenes/" + scene.key, b.build(), null);
    }

    @Transactional
    public HistoryPage ofInterview(Film film, Interview interview) {
        Kind transcripts = kinds.of(Transcript.class), scans = kinds.of(ReleaseForm.class);
        Builder b = new Builder(new Names(kinds));
        b.item(kinds.of(Interview.class), "a.id = ?", interview.id, row -> "The interview");
        b.item(transcripts, ownedBy(transcripts, "interview"), interview.id, row -> "Transcript");
        b.transcriptLines(interview.id);
        String withheld = null;
        if (!scans.personal() || access.personalData()) {
            b.item(scans, ownedBy(scans, "interview"), interview.id, row -> "Release form scan");
        } else {
            withheld = "Changes to the release form scan are personal data: only producers see them.";
        }
        return new HistoryPage("the interview with " + interview.interviewee(),
                "/films/" + film.slug + "/interviews/" + interview.key, b.build(), withheld);
    }

    @Transactional
    public HistoryPage ofSource(Film film, Source source) {
        Builder b = new Builder(new Names(kinds));
        b.item(kinds.of(Source.class), "a.id = ?", source.id, row -> "The source");
        return new HistoryPage("the source " + source.title, "/films/" + film.slug + "/sources/" + source.key,
                b.build(), null);
    }

    /** The condition that an audit row (alias a) belongs to the item named by the parameter. */
    private static String ownedBy(Kind kind, String owner) {
        return "a." + kind.column(owner) + " = ?";
    }

    /** The condition that an audit row (alias a) is of an item that belonged to the parameter's at some point. */
    private static String everIn(Kind kind, String owner) {
        return "a.id in (select e.id from " + kind.aud() + " e where e." + kind.column(owner) + " = ?)";
    }

    /** The audit rows of a kind that match, with who made each and when, in order of item and revision. */
    private static List<Map<String, Object>> rowsOf(Kind kind, String where, Object... params) {
        return Sql.rows("select a.*, r.username as rev_by, r.revision_time as rev_at from " + kind.aud()
                + " a join revision r on r.id = a.rev where " + where + " order by a.id, a.rev", params);
    }

    static long number(Object value) {
        return ((Number) value).longValue();
    }

    static String kindOf(Map<String, Object> row, Map<String, Object> previous) {
        long revtype = number(row.get("revtype"));
        if (revtype == 2) {
            return DELETED;
        }
        if (revtype == 0) {
            if (previous != null && number(previous.get("revtype")) == 2) {
                return RESTORED;
            }
            return number(row.get("rev")) == BASELINE_REVISION ? BASELINE : CREATED;
        }
        return CHANGED;
    }

    /** Gathers the changes of several items and groups them by revision, newest first. */
    private static final class Builder {
        private final Names names;
        private final Map<Long, Meta> revisions = new TreeMap<>(Comparator.reverseOrder());
        private final List<Runnable> renderings = new ArrayList<>();
        private final Map<Long, Map<String, HistoryPage.ItemChange>> items = new TreeMap<>();

        private record Meta(String who, Instant at) {
        }

        Builder(Names names) {
            this.names = names;
        }

        /** The rows of a kind that match (one parameter), each change told under the subject it gives. */
        void item(Kind kind, String where, Object param, Function<Map<String, Object>, String> subject) {
            List<Map<String, Object>> rows = rowsOf(kind, where, param);
            names.wantReferences(kind, rows);
            Map<Long, List<Map<String, Object>>> byId = rows.stream().collect(Collectors.groupingBy(
                    r -> number(r.get("id")), LinkedHashMap::new, Collectors.toList()));
            Map<Long, Map<Long, List<Map<String, Object>>>> parts = new LinkedHashMap<>();
            for (Kind.Part part : kind.parts()) {
                partRows(part, byId.keySet(), parts);
            }
            renderings.add(() -> byId.forEach((id, history) -> {
                Map<String, Object> previous = null;
                Map<Kind.Part, PartState> states = new LinkedHashMap<>();
                for (Map<String, Object> row : history) {
                    long rev = number(row.get("rev"));
                    revisions.putIfAbsent(rev, new Meta((String) row.get("rev_by"), (Instant) row.get("rev_at")));
                    String what = kindOf(row, previous);
                    List<HistoryPage.Change> changes = new ArrayList<>();
                    if (what.equals(CHANGED) && previous != null) {
                        for (Kind.Field field : kind.fields()) {
                            Object before = previous.get(field.column()), after = row.get(field.column());
                            if (!Objects.equals(before, after)) {
                                changes.add(HistoryPage.Change.of(field.label(), field.value().show(before, names),
                                        field.value().show(after, names), field.value().isLong()));
                            }
                        }
                    }
                    for (Kind.Part part : kind.parts()) {
                        PartState state = states.computeIfAbsent(part, p -> new PartState(p));
                        List<Map<String, Object>> elements = parts.getOrDefault(id, Map.of())
                                .getOrDefault(rev, List.of()).stream()
                                .filter(e -> e.get("part_table").equals(part.table())).toList();
                        HistoryPage.Change change = state.apply(elements, names);
                        if (change != null && what.equals(CHANGED)) {
                            changes.add(change);
                        }
                    }
                    if (!what.equals(CHANGED) || !changes.isEmpty() || previous == null) {
                        Object name = what.equals(CHANGED) ? null : row.get(kind.nameColumn());
                        add(rev, new HistoryPage.ItemChange(subject.apply(row), what,
                                name == null ? null : Names.shortened(name.toString()), changes));
                    }
                    previous = row;
                }
            }));
        }

        /** The rows of a part for these owners, by owner and revision, each tagged with its table. */
        private void partRows(Kind.Part part, Collection<Long> owners,
                Map<Long, Map<Long, List<Map<String, Object>>>> parts) {
            List<Map<String, Object>> rows = Sql.rows("select a.* from " + part.aud() + " a where a."
                    + part.ownerColumn() + " in (?) order by a.rev, a.revtype desc", List.copyOf(owners));
            for (Map<String, Object> row : rows) {
                row.put("part_table", part.table());
                if (part.isJoin()) {
                    names.want(part.elementTable(), row.get(part.elementColumn()));
                }
                parts.computeIfAbsent(number(row.get(part.ownerColumn())), o -> new TreeMap<>())
                        .computeIfAbsent(number(row.get("rev")), r -> new ArrayList<>()).add(row);
            }
        }

        /** How many transcript lines each revision added and removed: one line of history, not thousands. */
        void transcriptLines(long interviewId) {
            List<Map<String, Object>> counts = Sql.rows("select l.rev, l.revtype, count(*) as n, r.username as rev_by,"
                    + " r.revision_time as rev_at from transcript_line_aud l join revision r on r.id = l.rev"
                    + " where l.transcript_id in (select t.id from transcript_aud t where t.interview_id = ?)"
                    + " group by l.rev, l.revtype, r.username, r.revision_time order by l.rev", interviewId);
            renderings.add(() -> {
                Map<Long, List<Map<String, Object>>> byRev = counts.stream().collect(Collectors.groupingBy(
                        r -> number(r.get("rev")), TreeMap::new, Collectors.toList()));
                byRev.forEach((rev, rows) -> {
                    revisions.putIfAbsent(rev, new Meta((String) rows.get(0).get("rev_by"),
                            (Instant) rows.get(0).get("rev_at")));
                    List<String> said = new ArrayList<>();
                    for (Map<String, Object> row : rows) {
                        long n = number(row.get("n")), type = number(row.get("revtype"));
                        said.add(Kind.count(n, "line") + (type == 0 ? " added" : type == 1 ? " changed" : " removed"));
                    }
                    add(rev, new HistoryPage.ItemChange("Transcript lines", CHANGED, null,
                            List.of(HistoryPage.Change.noted("Lines", String.join(", ", said)))));
                });
            });
        }

        private void add(long rev, HistoryPage.ItemChange change) {
            items.computeIfAbsent(rev, r -> new LinkedHashMap<>()).merge(change.subject() + "|" + change.kind(),
                    change, (a, b) -> {
                        List<HistoryPage.Change> all = new ArrayList<>(a.changes());
                        all.addAll(b.changes());
                        return new HistoryPage.ItemChange(a.subject(), a.kind(), a.detail(), all);
                    });
        }

        List<HistoryPage.Entry> build() {
            names.load();
            renderings.forEach(Runnable::run);
            List<HistoryPage.Entry> entries = new ArrayList<>();
            revisions.forEach((rev, meta) -> {
                Map<String, HistoryPage.ItemChange> changed = items.get(rev);
                if (changed != null) {
                    entries.add(new HistoryPage.Entry(rev, meta.who(), meta.at(), List.copyOf(changed.values())));
                }
            });
            return entries;
        }
    }

    /**
     * The elements of a collection as they stand after each revision: a revision removes (revtype 2) and adds
     * (revtype 0) elements; a list keeps them by position.
     */
    private static final class PartState {
        private final Kind.Part part;
        private final Map<String, String> elements = new TreeMap<>();

        PartState(Kind.Part part) {
            this.part = part;
        }

        /** Applies a revision's rows; the change people read, or null when there is none. */
        HistoryPage.Change apply(List<Map<String, Object>> rows, Names names) {
            if (rows.isEmpty()) {
                return null;
            }
            List<String> before = List.copyOf(elements.values());
            List<String> added = new ArrayList<>(), removed = new ArrayList<>();
            for (Map<String, Object> row : rows) {
                String key = part.order() != null ? String.format("%09d", number(row.get(part.order())))
                        : String.valueOf(row.get(part.elementColumn()));
                String shown = shown(row, names);
                if (number(row.get("revtype")) == 2) {
                    elements.remove(key);
                    removed.add(shown);
                } else {
                    elements.put(key, shown);
                    added.add(shown);
                }
            }
            if (part.order() != null) {
                List<String> after = List.copyOf(elements.values());
                return before.equals(after) ? null
                        : HistoryPage.Change.of(part.label(), listed(before), listed(after), false);
            }
            removed.removeAll(added);
            List<String> reallyAdded = new ArrayList<>(added);
            reallyAdded.removeAll(before);
            List<String> said = new ArrayList<>();
            if (!reallyAdded.isEmpty()) {
                said.add("added " + quoted(reallyAdded));
            }
            if (!removed.isEmpty()) {
                said.add("removed " + quoted(removed));
            }
            return said.isEmpty() ? null : HistoryPage.Change.noted(part.label(), String.join("; ", said));
        }

        private String shown(Map<String, Object> row, Names names) {
            if (part.isJoin()) {
                return names.of(part.elementTable(), number(row.get(part.elementColumn())));
            }
            if (part.embedded() != null) {
                return part.embedded().show(row);
            }
            return part.columns().stream().map(c -> Objects.toString(row.get(c), "")).collect(Collectors.joining(" "));
        }

        private static String listed(List<String> values) {
            return values.isEmpty() ? null : String.join("; ", values);
        }

        private static String quoted(List<String> values) {
            return values.stream().map(v -> "‘" + v + "’").collect(Collectors.joining(", "));
        }
    }
}
