package witness.dashboard;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import witness.schedule.Conflict;
import witness.schedule.ConflictDay;
import witness.schedule.ConflictRule;

/**
 * The schedule conflicts of one kind about one thing (the permit of Mexico City, Vlady's release), as the
 * dashboard lists them: once, with how many there are and every day they concern.
 */
public record ConflictGroup(ConflictRule rule, String item, List<Conflict> conflicts) {

    /** The conflicts grouped by kind and item, in the order their first conflict comes. */
    public static List<ConflictGroup> of(List<Conflict> conflicts) {
        Map<List<Object>, List<Conflict>> groups = new LinkedHashMap<>();
        for (Conflict c : conflicts) {
            groups.computeIfAbsent(List.of(c.rule(), c.item()), k -> new ArrayList<>()).add(c);
        }
        return groups.values().stream().map(g -> new ConflictGroup(g.get(0).rule(), g.get(0).item(), g)).toList();
    }

    public int count() {
        return conflicts.size();
    }

    /** "The same on 3 more days.", or nothing for a conflict alone. */
    public String more() {
        int more = conflicts.size() - 1;
        return more == 0 ? "" : "The same on " + more + (more == 1 ? " more day." : " more days.");
    }

    /** The first conflict, whose words say what to do for all of them. */
    public Conflict first() {
        return conflicts.get(0);
    }

    /** Every day the conflicts concern, once each, by date. */
    public List<ConflictDay> days() {
        return conflicts.stream().flatMap(c -> c.days().stream()).distinct()
                .sorted(Comparator.comparing(ConflictDay::date)).toList();
    }
}
