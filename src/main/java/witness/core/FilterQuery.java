package witness.core;

import io.quarkus.panache.common.Parameters;
import java.util.List;

/**
 * The query of a list's filter: its start, then one condition for each part of the filter that is given (a part
 * left out selects everything), as the text of a Panache query and its named parameters.
 */
public final class FilterQuery {
    private final StringBuilder query;
    private final Parameters params;

    private FilterQuery(String query, Parameters params) {
        this.query = new StringBuilder(query);
        this.params = params;
    }

    /** The query's start, with its one parameter (the film, usually). */
    public static FilterQuery of(String query, String name, Object value) {
        return new FilterQuery(query, Parameters.with(name, value));
    }

    /** Conditions to add to a query whose parameters are already under way ({@code params}, added to in place). */
    public static FilterQuery of(String query, Parameters params) {
        return new FilterQuery(query, params);
    }

    /** Adds {@code and condition} with the parameter {@code name} when the value is given; nothing when it is null. */
    public FilterQuery and(String condition, String name, Object value) {
        if (value != null) {
            query.append(" and ").append(condition);
            params.and(name, value);
        }
        return this;
    }

    /** Adds {@code and condition}, which takes no parameter, when the filter asks for it. */
    public FilterQuery and(boolean asked, String condition) {
        if (asked) {
            query.append(" and ").append(condition);
        }
        return this;
    }

    /** Adds the condition that every term is somewhere in the fields of x (or its subqueries); nothing for none. */
    public FilterQuery words(List<String> terms, List<String> fields, List<String> also) {
        if (!terms.isEmpty()) {
            query.append(" and ").append(WordSearch.condition(terms, fields, also, params));
        }
        return this;
    }

    public String query() {
        return query.toString();
    }

    public Parameters params() {
        return params;
    }
}
