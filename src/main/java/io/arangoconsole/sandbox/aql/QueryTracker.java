package io.arangoconsole.sandbox.aql;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.function.DoubleConsumer;

/**
 * Query tracking as {@code /_api/query/*} exposes it: running queries, the slow query log (a ring of
 * {@code maxSlowQueries}), the tracking properties, and kill. Every finished query is reported (its runtime in
 * seconds) to the observer, which feeds the {@code arangodb_aql_query_time} histogram.
 */
public final class QueryTracker {
    private final DoubleConsumer finishedSeconds;

    public QueryTracker(DoubleConsumer finishedSeconds) {
        this.finishedSeconds = finishedSeconds;
    }

    /** Bare array of running queries of {@code database} (all databases when null), as ArangoDB answers it. */
    public ArrayNode current(String database) {
        throw new UnsupportedOperationException("not built yet");
    }

    /** Bare array of slow queries of {@code database} (all when null). */
    public ArrayNode slow(String database) {
        throw new UnsupportedOperationException("not built yet");
    }

    public void clearSlow(String database) {
        throw new UnsupportedOperationException("not built yet");
    }

    /** {@code {enabled, trackSlowQueries, trackBindVars, maxSlowQueries, slowQueryThreshold, ...}}. */
    public ObjectNode properties() {
        throw new UnsupportedOperationException("not built yet");
    }

    /** Applies the non-null fields of a PUT body and returns the full new properties; 400/10 on wrong types. */
    public ObjectNode updateProperties(ObjectNode changes) {
        throw new UnsupportedOperationException("not built yet");
    }

    /** Kills a running query; 404/1591 "query ID not found" if there is none with that id in that database. */
    public void kill(String database, String id) {
        throw new UnsupportedOperationException("not built yet");
    }
}
