package witness.core;

import io.quarkus.panache.common.Parameters;

/**
 * The conditions of a list's filter, written at the end of a query (" and s.kind = :kind") with their values as its
 * parameters; a condition whose value is not given (null) is left out.
 */
public final class Conditions {
    private final StringBuilder query;
    private final Parameters params;

    public Conditions(StringBuilder query, Parameters params) {
        this.query = query;
        this.params = params;
    }

    /** Adds the condition, its value named as the condition names it, when there is a value. */
    public Conditions and(String condition, String name, Object value) {
        if (value != null) {
            query.append(" and ").append(condition);
            params.and(name, value);
        }
        return this;
    }
}
