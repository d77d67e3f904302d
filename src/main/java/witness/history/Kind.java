package witness.history;

import java.util.List;
import java.util.Map;

/**
 * A kind of audited item as the history shows it, derived from its entity at start-up ({@link Kinds}): its table
 * and audit table, the fields people read (labels, not column names), its collections, the column that keys one,
 * the property and column that name one, and the column of each of its properties. {@code personal} kinds are personal data, shown
 * to producers only. The deleted items page lists the kinds that have a {@code code}, in the order of
 * {@code listed}.
 */
record Kind(Class<?> type, String one, String code, int listed, String table, String aud, String keyColumn,
        String namedBy, String nameColumn, boolean personal, List<Field> fields, List<Part> parts,
        Map<String, String> columns) {

    /** A column as people read it. */
    record Field(String column, String label, Value value) {
    }

    /**
     * A collection (the entity's {@code property}) kept in a table of its own: a join table (element = the id of
     * another item) or embedded values (element columns shown together). {@code order} is its list-position
     * column, if any.
     */
    record Part(String property, String table, String aud, String ownerColumn, String label, String elementTable,
            List<String> columns, String order, Embedded embedded) {
        boolean isJoin() {
            return elementTable != null;
        }

        String elementColumn() {
            return columns.get(0);
        }
    }

    /** The column of a property of one column, shown or not: "scene" is scene_id. */
    String column(String property) {
        String column = columns.get(property);
        if (column == null) {
            throw new IllegalArgumentException(type.getSimpleName() + " has no column for " + property);
        }
        return column;
    }

    /** The collection kept in that property. */
    Part part(String property) {
        return parts.stream().filter(p -> p.property().equals(property)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(type.getSimpleName() + " shows no " + property));
    }

    boolean isListed() {
        return code != null;
    }

    boolean is(Class<?> entity) {
        return type.equals(entity);
    }

    /** "scenes", "research log entries", "people" */
    String many() {
        return plural(one);
    }

    /** "1 scene", "3 scenes" */
    static String count(long n, String one) {
        return n + " " + (n == 1 ? one : plural(one));
    }

    private static String plural(String one) {
        return one.endsWith("y") ? one.substring(0, one.length() - 1) + "ies"
                : one.equals("person") ? "people" : one.endsWith("s") ? one : one + "s";
    }
}
