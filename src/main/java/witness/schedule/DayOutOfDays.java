package witness.schedule;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A schedule's day-out-of-days: who (and which location) is needed on which shoot day, in the industry's codes —
 * SW start work, W work, WF work finish, SWF the one day worked, H hold (between the first and the last day worked,
 * not needed), T travel (a day that films nothing, which the row is listed on). Totals of work, hold and travel
 * days per row. People are those each day calls and the interviewees of its interviews, once each.
 */
public record DayOutOfDays(Schedule schedule, List<ShootDay> days, List<Row> people, List<Row> locations) {

    /** One person or location across the days: a code a day (empty when not needed) and the totals. */
    public record Row(String name, String kind, List<String> codes) {
        public long work() {
            return codes.stream().filter(c -> c.startsWith("S") || c.startsWith("W")).count();
        }

        public long hold() {
            return codes.stream().filter("H"::equals).count();
        }

        public long travel() {
            return codes.stream().filter("T"::equals).count();
        }
    }

    private static final java.time.format.DateTimeFormatter HEADING = java.time.format.DateTimeFormatter
            .ofPattern("EEE d MMM", java.util.Locale.ENGLISH);

    /** The most day columns one table has: a landscape A4 page holds about this many beside the names. */
    static final int DAYS_A_TABLE = 14;

    /**
     * The days in tables of at most {@link #DAYS_A_TABLE} columns, so that a long shoot stays on the page (openhtmltopdf
     * does not split a table sideways); the totals in the last.
     */
    public record Block(int from, List<String> headings, boolean last) {
        public List<String> codes(Row row) {
            return row.codes().subList(from, from + headings.size());
        }
    }

    public List<Block> blocks() {
        List<String> headings = days.stream().map(d -> HEADING.format(d.date)).toList();
        List<Block> blocks = new ArrayList<>();
        for (int from = 0; from < headings.size(); from += DAYS_A_TABLE) {
            int to = Math.min(headings.size(), from + DAYS_A_TABLE);
            blocks.add(new Block(from, headings.subList(from, to), to == headings.size()));
        }
        return blocks;
    }

    static DayOutOfDays of(Schedule schedule, List<ShootDay> days) {
        Map<String, Needed> people = new LinkedHashMap<>(), locations = new LinkedHashMap<>();
        for (int i = 0; i < days.size(); i++) {
            ShootDay day = days.get(i);
            for (ShootDayCall call : day.called()) {
                people.computeIfAbsent("person:" + call.person.id, k -> new Needed(call.person.name, call.part()))
                        .days.add(i);
            }
            for (var interview : day.interviews) {
                String name = CallSheet.interviewee(interview);
                String key = interview.person == null ? "interviewee:" + name : "person:" + interview.person.id;
                people.computeIfAbsent(key, k -> new Needed(name, "interviewee")).days.add(i);
            }
            if (day.location != null) {
                locations.computeIfAbsent(day.location.key, k -> new Needed(day.location.name, "location")).days.add(i);
            }
        }
        Set<Integer> travel = travelDays(days);
        return new DayOutOfDays(schedule, days, rows(people, days.size(), travel), rows(locations, days.size(), Set.of()));
    }

    /** Days that film nothing: no interview and no shot. */
    private static Set<Integer> travelDays(List<ShootDay> days) {
        Set<Integer> travel = new TreeSet<>();
        for (int i = 0; i < days.size(); i++) {
            if (days.get(i).interviews.isEmpty() && days.get(i).shots.isEmpty()) {
                travel.add(i);
            }
        }
        return travel;
    }

    private static List<Row> rows(Map<String, Needed> needed, int count, Set<Integer> travel) {
        List<Row> rows = new ArrayList<>();
        needed.values().forEach(n -> rows.add(new Row(n.name, n.kind, codes(n.days, count, travel))));
        rows.sort((a, b) -> Integer.compare(first(a), first(b)));
        return rows;
    }

    private static int first(Row row) {
        return row.codes().indexOf(row.codes().stream().filter(c -> !c.isEmpty()).findFirst().orElse(""));
    }

    /**
     * The codes of one row: the days it is needed that film something coded by their place among them (SW, W, WF,
     * or SWF alone), a travel day it is listed on T, any other day between its first and last work days H.
     */
    static List<String> codes(TreeSet<Integer> listed, int count, Set<Integer> travel) {
        TreeSet<Integer> worked = new TreeSet<>(listed);
        worked.removeAll(travel);
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            codes.add(code(i, worked, listed.contains(i), travel.contains(i)));
        }
        return codes;
    }

    private static String code(int day, TreeSet<Integer> worked, boolean listed, boolean travel) {
        if (worked.contains(day)) {
            int first = worked.first(), last = worked.last();
            return first == last ? "SWF" : day == first ? "SW" : day == last ? "WF" : "W";
        }
        if (listed && travel) {
            return "T";
        }
        return !worked.isEmpty() && day > worked.first() && day < worked.last() ? "H" : "";
    }

    private static final class Needed {
        final String name, kind;
        final TreeSet<Integer> days = new TreeSet<>();

        Needed(String name, String kind) {
            this.name = name;
            this.kind = kind;
        }
    }
}
