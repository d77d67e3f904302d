package witness.history;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The names of the items a history refers to by id (a shot's location, a scene's sequence), as each was
 * last recorded, so that an item deleted since still has its name. Collected first, then read with one
 * query per kind.
 */
final class Names {
    private static final int LONGEST = 80;
    private final Map<String, Set<Long>> wanted = new HashMap<>();
    private final Map<String, Map<Long, String>> known = new HashMap<>();
    private final Kinds kinds;

    Names(Kinds kinds) {
        this.kinds = kinds;
    }

    void want(String table, Object id) {
        if (id instanceof Number n) {
            wanted.computeIfAbsent(table, t -> new HashSet<>()).add(n.longValue());
        }
    }

    /** Wants the ids of every reference among the fields of these rows. */
    void wantReferences(Kind kind, List<Map<String, Object>> rows) {
        for (Kind.Field field : kind.fields()) {
            if (field.value() instanceof Value.Reference ref) {
                rows.forEach(row -> want(ref.table(), row.get(field.column())));
            }
        }
    }

    Names load() {
        wanted.forEach((table, ids) -> {
            Kind kind = kinds.byTable(table);
            Map<Long, String> names = known.computeIfAbsent(table, t -> new HashMap<>());
            for (Map<String, Object> row : Sql.rows("select a.id, a." + kind.nameColumn() + " as name from "
                    + kind.aud() + " a where a.id in (?) and a.rev = (select max(b.rev) from " + kind.aud()
                    + " b where b.id = a.id)", List.copyOf(ids))) {
                Object name = row.get("name");
                names.put(((Number) row.get("id")).longValue(), name == null ? null : shortened(name.toString()));
            }
        });
        wanted.clear();
        return this;
    }

    String of(String table, long id) {
        String name = known.getOrDefault(table, Map.of()).get(id);
        return name != null ? name : kinds.byTable(table).one() + " " + id;
    }

    static String shortened(String text) {
        String line = text.strip().replaceAll("\\s+", " ");
        return line.length() > LONGEST ? line.substring(0, LONGEST - 1) + "…" : line;
    }
}
