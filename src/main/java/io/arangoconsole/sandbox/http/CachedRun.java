package io.arangoconsole.sandbox.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.arangoconsole.sandbox.aql.QueryRun;
import io.arangoconsole.sandbox.store.Json;

import java.util.List;
import java.util.NoSuchElementException;

/** A cursor's "query" when its result came from the query results cache: nothing runs, nothing is tracked. */
final class CachedRun implements QueryRun {
    private final String id;
    private final List<String> dataSources;

    CachedRun(String id, List<String> dataSources) {
        this.id = id;
        this.dataSources = dataSources;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public boolean hasNext() {
        return false;
    }

    @Override
    public JsonNode next() {
        throw new NoSuchElementException();
    }

    /** A cache hit did no work: empty warnings, zero counters. */
    @Override
    public ObjectNode extra() {
        ObjectNode extra = Json.object();
        extra.putArray("warnings");
        ObjectNode stats = extra.putObject("stats");
        for (String counter : new String[] {"writesExecuted", "writesIgnored", "documentLookups", "seeks",
            "scannedFull", "scannedIndex", "cursorsCreated", "cursorsRearmed", "cacheHits", "cacheMisses",
            "filtered", "httpRequests", "peakMemoryUsage", "intermediateCommits"}) {
            stats.put(counter, 0);
        }
        stats.put("executionTime", 0.0);
        return extra;
    }

    @Override
    public boolean modificationQuery() {
        return false;
    }

    @Override
    public List<String> dataSources() {
        return dataSources;
    }

    @Override
    public boolean cacheable() {
        return true;
    }

    @Override
    public void close() {
        // nothing runs
    }
}
