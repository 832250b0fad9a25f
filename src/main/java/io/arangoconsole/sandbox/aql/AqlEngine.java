package io.arangoconsole.sandbox.aql;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.arangoconsole.sandbox.store.Database;

/**
 * The sandbox's AQL: parser, optimizer (persistent indexes for FILTER and SORT on their leading fields) and
 * a pull-based executor. Errors are {@code ApiError}s exactly as ArangoDB reports them (400/1501 parse error with
 * position, 400/1551 missing bind parameter, 404/1203 unknown collection, 400/1501 naming an unsupported construct).
 */
public final class AqlEngine {
    private final QueryTracker tracker;

    public AqlEngine(QueryTracker tracker) {
        this.tracker = tracker;
    }

    public QueryTracker tracker() {
        return tracker;
    }

    /** Parses, plans and starts a query in {@code db}; registered with the tracker until exhausted or closed. */
    public QueryRun start(Database db, QueryRequest request) {
        throw new UnsupportedOperationException("AQL not built yet");
    }

    /**
     * The answer body of {@code POST /_api/explain} without {@code error}/{@code code}: {@code plan} (or
     * {@code plans} when {@code allPlans}), {@code cacheable}, {@code warnings}, {@code stats}.
     */
    public ObjectNode explain(Database db, String query, ObjectNode bindVars, boolean allPlans) {
        throw new UnsupportedOperationException("AQL not built yet");
    }

    /**
     * The answer body of {@code POST /_api/query} (parse only) without {@code error}/{@code code}:
     * {@code parsed:true, collections:[...], bindVars:[...], ast:[...]}.
     */
    public ObjectNode parse(String query) {
        throw new UnsupportedOperationException("AQL not built yet");
    }
}
