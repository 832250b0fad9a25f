package io.arangoconsole.sandbox.aql;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Iterator;

/**
 * A started query. Rows are produced lazily while iterating (a stream cursor pulls them batch by batch; a normal
 * cursor drains them at once). The query counts as running in {@code /_api/query/current} until it is exhausted or
 * closed; a kill makes {@code hasNext}/{@code next} throw {@code ApiError(410, 1500, "query killed")}.
 */
public interface QueryRun extends Iterator<JsonNode>, AutoCloseable {

    /** The tracking id shown in {@code /_api/query/current}. */
    String id();

    /**
     * {@code extra} of the cursor answer once the query is exhausted: {@code {"warnings":[], "stats":{writesExecuted,
     * writesIgnored, documentLookups, seeks, scannedFull, scannedIndex, cursorsCreated, cursorsRearmed, cacheHits,
     * cacheMisses, filtered, httpRequests, executionTime, peakMemoryUsage, intermediateCommits[, fullCount]}}}, plus
     * {@code profile} (and {@code plan}, {@code stats.nodes} at level 2) when profiling was asked for.
     */
    ObjectNode extra();

    /** Whether the query writes (INSERT/UPDATE/REPLACE/REMOVE/UPSERT). */
    boolean modificationQuery();

    /** The collections the query reads or writes, for the query results cache. */
    default java.util.List<String> dataSources() {
        return java.util.List.of();
    }

    /** Whether its result may be cached: it writes nothing and calls no volatile function (RAND, DATE_NOW, ...). */
    default boolean cacheable() {
        return false;
    }

    @Override
    void close();
}
