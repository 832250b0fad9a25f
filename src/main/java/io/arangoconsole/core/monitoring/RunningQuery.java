package io.arangoconsole.core.monitoring;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A query the server is running now, or one from its slow query log, as {@code /_api/query/current} and
 * {@code /_api/query/slow} describe it.
 *
 * @param runtimeSeconds how long it has run (running) or took (slow log)
 * @param state          the server's execution state, e.g. {@code executing}, {@code finished}
 */
public record RunningQuery(String id, String database, String user, String query, Map<String, Object> bindVars,
                           Instant started, double runtimeSeconds, String state) {

    public RunningQuery {
        // Not Map.copyOf: a bind variable may be null.
        bindVars = bindVars == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(bindVars));
        user = user == null ? "" : user;
        state = state == null ? "" : state;
    }
}
