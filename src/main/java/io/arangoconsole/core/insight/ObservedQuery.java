package io.arangoconsole.core.insight;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One run of a query the console saw: in the server's slow log, its running list, its query log, or the console's
 * own query pane.
 *
 * @param id                 the server's query id; null for the console's own runs
 * @param started            when it started; null when the source does not say
 * @param peakMemoryBytes    the peak memory the server reported, or -1 when it did not
 */
public record ObservedQuery(Source source, String id, String database, String query, Map<String, Object> bindVars,
                            Instant started, double runtimeSeconds, long peakMemoryBytes) {

    /** Where a run was seen. */
    public enum Source { SLOW_LOG, RUNNING, QUERY_LOG, CONSOLE }

    public ObservedQuery {
        // Not Map.copyOf: a bind variable may be null.
        bindVars = bindVars == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(bindVars));
        query = query == null ? "" : query;
        database = database == null ? "" : database;
    }
}
